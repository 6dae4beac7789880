import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { AppModule } from './app.module.js';
import { securityHeaders } from './common/security-headers.js';
import { limitWebSocketMessages } from './common/websocket-limits.js';
import { createValidationPipe } from './common/validation.js';
import type { RapportConfig } from './config/rapport-config.js';
import { openDatabase, type DatabaseTarget } from './database/database-target.js';
import { runMigrations } from './database/migrate.js';
import { createLogger, PinoNestLogger, requestLogging, type Logger } from './logging/logger.js';
import { MetricsService } from './metrics/metrics.service.js';
import { PROJECT_ROOT } from './config/project-root.js';
import { readPluginEntries } from './plugins/plugin-config.js';
import { loadPlugins } from './plugins/plugin-loader.js';
import { PluginRegistry } from './plugins/plugin-registry.js';
import { startPluginServices } from './plugins/plugin-services.js';

/** Migrates the database (see runMigrations), then builds the Nest application on it. */
export async function createApp(
  config: RapportConfig,
  databaseUrl: string,
  logger: Logger,
  registry: PluginRegistry = new PluginRegistry(),
): Promise<NestExpressApplication> {
  const applied = await runMigrations(databaseUrl, registry);
  if (applied.length) logger.info({ migrations: applied }, 'applied database migrations');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, logger, registry }), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bufferLogs: true,
    // Webhook signatures are computed over the exact bytes received.
    rawBody: true,
  });
  // Which client IP login throttling sees: X-Forwarded-For only from the proxies named in RAPPORT_TRUST_PROXY.
  app.set('trust proxy', config.trustProxy);
  // No ETag hashed over every JSON answer (GraphQL POSTs, webhook receipts): no client revalidates them. The admin UI's
  // files keep theirs (the static middleware makes its own).
  app.set('etag', false);
  app.use(requestLogging(logger));
  app.use(app.get(MetricsService).httpMiddleware);
  app.use(securityHeaders(config.graphql.introspection));
  // Cross-origin browser callers only from RAPPORT_CORS_ORIGINS: the admin UI is same-origin, tokens never ride in
  // cookies, and Apollo's CSRF prevention refuses simple (preflight-free) cross-origin POSTs anyway.
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, maxAge: 600 });
  app.useGlobalPipes(createValidationPipe());
  app.useStaticAssets(config.adminDir, { prefix: '/admin', index: 'index.html' });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path === '/' ? res.redirect('/admin/') : next()));
  await app.init();
  limitWebSocketMessages(app, logger);
  return app;
}

export interface RunningServer {
  app: INestApplication;
  database: DatabaseTarget;
  registry: PluginRegistry;
  logger: Logger;
  apiUrl: string;
  adminUrl: string;
  /** Drains HTTP, closes the app and stops the embedded database. */
  close(): Promise<void>;
}

/**
 * Everything `npm start` does: load the configured plugins (before anything
 * else, so a bad plugin stops the boot at once) and start their services,
 * open the database (embedded or external), run migrations, serve HTTP.
 */
export async function startServer(config: RapportConfig, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const registry = await loadPlugins(await readPluginEntries(env, PROJECT_ROOT));
  const logger = createLogger(config.logLevel);
  const services = await startPluginServices(registry, logger, config.stateDir);
  const pgLogger = logger.child({ component: 'embedded-postgres' });
  let database: DatabaseTarget | undefined;
  let app: NestExpressApplication;
  try {
    database = await openDatabase(config, (line) => pgLogger.debug(line.trim()));
    app = await createApp(config, database.url, logger, registry);
    await app.listen(config.port, config.host);
  } catch (error) {
    await database?.stop();
    await services.stop();
    throw error;
  }
  const db = database;
  const publicHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${publicHost}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    app,
    database: db,
    registry,
    logger,
    apiUrl: `${base}/graphql`,
    adminUrl: `${base}/admin`,
    close: () =>
      (closing ??= (async () => {
        const http = app.getHttpServer() as Server;
        http.closeIdleConnections();
        await app.close();
        await db.stop();
        await services.stop();
      })()),
  };
}
