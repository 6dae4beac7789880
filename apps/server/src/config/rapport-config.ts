import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutboundAllowList, type OutboundPolicy } from '@rapport/plugin-sdk';
import { PROJECT_ROOT } from './project-root.js';

export type RapportEnvironment = 'development' | 'production' | 'test';

/** What a process does: serve the API, run jobs, or both (the default). */
export type RapportRole = 'api' | 'worker' | 'all';

/** Everything the server reads from its environment, typed and defaulted in one place. */
export interface RapportConfig {
  env: RapportEnvironment;
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl?: string;
  embeddedPostgres: { dataDir: string; port: number };
  /** Local state (RAPPORT_STATE_DIR): the embedded database, the development secret, plugins' files. */
  stateDir: string;
  role: RapportRole;
  /** How often idle workers look for due jobs. */
  jobPollingSeconds: number;
  /** Jobs of each kind one process works at once. */
  jobConcurrency: number;
  /** How often pg-boss looks for jobs whose worker died (expired) so they are retried. */
  jobMaintenanceSeconds: number;
  /** Caps every job's expiry (how long a silent worker keeps a job); unset: each job's own. */
  jobExpireSeconds?: number;
  /** Caps every job's first retry delay (0: retry at once, as tests do); unset: each job's own. */
  jobRetryDelaySeconds?: number;
  /** Channels are polled when their last sync is older than this. */
  syncIntervalSeconds: number;
  /** Redis for pub/sub across replicas; in-memory pub/sub when absent. */
  redisUrl?: string;
  /** Secret for JWT signing and credential encryption. */
  secret: string;
  sessionTtlSeconds: number;
  /** Express `trust proxy`: whose X-Forwarded-For to believe for the caller's IP (off by default). */
  trustProxy: boolean | number | string;
  rateLimits: RateLimitConfig;
  webhooks: OutboundWebhooksConfig;
  /** How long audit entries are kept (RAPPORT_AUDIT_RETENTION_DAYS); a daily job deletes older ones. */
  audit: { retentionDays: number };
  metrics: MetricsConfig;
  firstRun: {
    adminEmail?: string;
    adminPassword?: string;
    createDemoWorkspace: boolean;
  };
  logLevel: string;
  /** Which non-public destinations plugins' HTTP may reach (SSRF guard): loopback outside production, plus RAPPORT_OUTBOUND_ALLOW. */
  outbound: OutboundPolicy;
  /** Where the admin UI's static files live: the Vite build of apps/admin (`npm run build`). */
  adminDir: string;
  graphql: GraphQLConfig;
  /** Browser origins allowed to call the API cross-origin (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Where browsers and networks reach this server (RAPPORT_PUBLIC_URL): the OAuth callback is `<publicUrl>/connect/callback`. */
  publicUrl: string;
  /** Where the browser lands after connecting an account by OAuth, with `connect=success|error` (RAPPORT_CONNECT_RETURN_URL). */
  connectReturnUrl: string;
  /** Outgoing mail (client approvals, reports): SMTP when RAPPORT_SMTP_URL is set, else the log and the outbox table only. */
  mail: MailConfig;
}

/** How Rapport sends mail (see mail/). */
export interface MailConfig {
  /** An SMTP URL as nodemailer reads it (`smtps://user:pass@smtp.example.com:465`); unset: mails are only logged and kept in the outbox. */
  smtpUrl?: string;
  /** The From header (RAPPORT_MAIL_FROM). */
  from: string;
}

/** What one GraphQL operation may ask for, and what the schema reveals (see common/query-limits.ts). */
export interface GraphQLConfig {
  /** Highest cost: 1 per field, a list's selection times its page size (`first`, default 20). */
  maxCost: number;
  maxAliases: number;
  /** Lexical tokens in the document (names, punctuation, values). */
  maxTokens: number;
  /** Introspection and "Did you mean ...?" hints; off in production unless switched on. */
  introspection: boolean;
  /** The admin build's trusted (persisted) documents manifest, hash -> document (RAPPORT_GRAPHQL_TRUSTED_DOCUMENTS). */
  trustedDocumentsPath: string;
  /**
   * Stricter limits for operations that are not trusted documents (RAPPORT_GRAPHQL_STRICT_UNTRUSTED, on in
   * production); undefined: every operation has the ordinary limits only.
   */
  untrusted?: { maxCost: number; maxDepth: number; maxAliases: number };
}

/** Brute-force and abuse limits, shared by every replica (see auth/rate-limits.ts). */
export interface RateLimitConfig {
  /** Wrong passwords in a row for one e-mail before it is locked. */
  loginFailuresPerAccount: number;
  /** The first lock; every wrong password after a lock doubles it, up to loginMaxLockSeconds. */
  loginLockSeconds: number;
  loginMaxLockSeconds: number;
  /** Failed logins one IP address may make per loginIpWindowSeconds. */
  loginFailuresPerIp: number;
  loginIpWindowSeconds: number;
  /** Requests one API key may make per apiKeyWindowSeconds. */
  apiKeyRequests: number;
  apiKeyWindowSeconds: number;
}

/** How outbound webhooks are retried, disabled, signed and kept (see webhooks/outbound/). */
export interface OutboundWebhooksConfig {
  /** Delay before the first retry; doubled for each later one (up to 8 hours), never sooner than a Retry-After. */
  retryDelaySeconds: number;
  /** Attempts per delivery, the first included, before it is FAILED. */
  maxAttempts: number;
  /** How long one attempt waits for the endpoint's answer. */
  timeoutSeconds: number;
  /** An endpoint whose attempts have all failed for this long is disabled. */
  disableAfterHours: number;
  /** An endpoint is also disabled after this many failed attempts in a row; 0: only the duration counts. */
  disableAfterFailures: number;
  /** After rotateWebhookSecret, how long the previous secret still signs deliveries (unless the call says otherwise). */
  secretOverlapHours: number;
  /** Finished deliveries older than this are deleted. */
  retentionDays: number;
}

/**
 * Who may scrape `/metrics` (see metrics/). Off unless a token or a port is
 * set: with RAPPORT_METRICS_TOKEN the API port serves it to that bearer
 * token only; with RAPPORT_METRICS_PORT a separate listener serves it (and
 * the API port does not), also behind the token when one is set.
 */
export interface MetricsConfig {
  token?: string;
  port?: number;
  /** Where the separate metrics listener binds (RAPPORT_METRICS_HOST, default HOST). */
  host: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ConfigError(`${name} must be an integer between 0 and ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * In production RAPPORT_SECRET is required. Elsewhere a random secret is
 * generated once and kept in `.rapport/secret`, so sessions (and later,
 * encrypted credentials) survive restarts.
 */
function resolveSecret(env: NodeJS.ProcessEnv, mode: RapportEnvironment, stateDir: string): string {
  const fromEnv = env.RAPPORT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError('RAPPORT_SECRET must be at least 32 characters long');
    return fromEnv;
  }
  if (mode === 'production') {
    throw new ConfigError('RAPPORT_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }
  const file = join(stateDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Off, `true` (any proxy), a number of hops, or addresses and subnets such as `loopback, 10.0.0.0/8`. */
function trustProxyFromEnv(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function outboundPolicyFromEnv(env: NodeJS.ProcessEnv, mode: RapportEnvironment): OutboundPolicy {
  try {
    return { allowLoopback: mode !== 'production', allow: parseOutboundAllowList(env.RAPPORT_OUTBOUND_ALLOW ?? '') };
  } catch (error) {
    throw new ConfigError(`RAPPORT_OUTBOUND_ALLOW: ${(error as Error).message}`);
  }
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** An absolute http(s) URL from the environment, without a trailing slash. */
function urlFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) throw new ConfigError(`${name} must be an absolute http(s) URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function metricsFromEnv(env: NodeJS.ProcessEnv): MetricsConfig {
  const token = env.RAPPORT_METRICS_TOKEN || undefined;
  if (token && token.length < 16) throw new ConfigError('RAPPORT_METRICS_TOKEN must be at least 16 characters long');
  const port = env.RAPPORT_METRICS_PORT ? intFromEnv(env, 'RAPPORT_METRICS_PORT', 0) : undefined;
  return { token, port, host: env.RAPPORT_METRICS_HOST || env.HOST || '0.0.0.0' };
}

function mailFromEnv(env: NodeJS.ProcessEnv): MailConfig {
  const smtpUrl = env.RAPPORT_SMTP_URL || undefined;
  if (smtpUrl && (!URL.canParse(smtpUrl) || !/^smtps?:$/.test(new URL(smtpUrl).protocol))) throw new ConfigError('RAPPORT_SMTP_URL must be an smtp:// or smtps:// URL');
  return { smtpUrl, from: env.RAPPORT_MAIL_FROM || 'Rapport <rapport@localhost>' };
}

function roleFromEnv(raw: string | undefined): RapportRole {
  if (raw === undefined || raw === '') return 'all';
  if (raw === 'api' || raw === 'worker' || raw === 'all') return raw;
  throw new ConfigError(`RAPPORT_ROLE must be api, worker or all, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RapportConfig {
  const mode: RapportEnvironment =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const stateDir = env.RAPPORT_STATE_DIR ?? join(PROJECT_ROOT, '.rapport');
  const publicUrl = urlFromEnv(env, 'RAPPORT_PUBLIC_URL', `http://localhost:${intFromEnv(env, 'PORT', 3000)}`);
  return {
    env: mode,
    host: env.HOST ?? '0.0.0.0',
    port: intFromEnv(env, 'PORT', 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPostgres: {
      dataDir: env.RAPPORT_EMBEDDED_PG_DIR ?? join(stateDir, 'pgdata'),
      port: intFromEnv(env, 'RAPPORT_EMBEDDED_PG_PORT', 54329),
    },
    stateDir,
    role: roleFromEnv(env.RAPPORT_ROLE),
    jobPollingSeconds: Number(env.RAPPORT_JOB_POLLING_SECONDS ?? (mode === 'test' ? 0.5 : 2)),
    jobConcurrency: intFromEnv(env, 'RAPPORT_JOB_CONCURRENCY', 4, 64) || 1,
    jobMaintenanceSeconds: intFromEnv(env, 'RAPPORT_JOB_MAINTENANCE_SECONDS', 60, 3600) || 60,
    jobExpireSeconds: env.RAPPORT_JOB_EXPIRE_SECONDS ? intFromEnv(env, 'RAPPORT_JOB_EXPIRE_SECONDS', 60, 86_400) : undefined,
    jobRetryDelaySeconds: env.RAPPORT_JOB_RETRY_DELAY_SECONDS ? intFromEnv(env, 'RAPPORT_JOB_RETRY_DELAY_SECONDS', 0, 3600) : undefined,
    syncIntervalSeconds: intFromEnv(env, 'RAPPORT_SYNC_INTERVAL_SECONDS', 300, 86_400),
    redisUrl: env.REDIS_URL || undefined,
    secret: resolveSecret(env, mode, stateDir),
    sessionTtlSeconds: intFromEnv(env, 'RAPPORT_SESSION_TTL_HOURS', 24 * 7, 24 * 365) * 3600,
    trustProxy: trustProxyFromEnv(env.RAPPORT_TRUST_PROXY),
    rateLimits: {
      loginFailuresPerAccount: Math.max(1, intFromEnv(env, 'RAPPORT_LOGIN_MAX_FAILURES', 5, 1000)),
      loginLockSeconds: Math.max(1, intFromEnv(env, 'RAPPORT_LOGIN_LOCK_SECONDS', 60, 86_400)),
      loginMaxLockSeconds: Math.max(1, intFromEnv(env, 'RAPPORT_LOGIN_MAX_LOCK_SECONDS', 3600, 7 * 86_400)),
      loginFailuresPerIp: Math.max(1, intFromEnv(env, 'RAPPORT_LOGIN_IP_MAX_FAILURES', 100, 1_000_000)),
      loginIpWindowSeconds: Math.max(1, intFromEnv(env, 'RAPPORT_LOGIN_IP_WINDOW_SECONDS', 3600, 7 * 86_400)),
      apiKeyRequests: Math.max(1, intFromEnv(env, 'RAPPORT_API_KEY_MAX_REQUESTS', 600, 1_000_000)),
      apiKeyWindowSeconds: Math.max(1, intFromEnv(env, 'RAPPORT_API_KEY_WINDOW_SECONDS', 60, 86_400)),
    },
    webhooks: {
      // RAPPORT_JOB_RETRY_DELAY_SECONDS caps every first retry delay, webhooks' included.
      retryDelaySeconds: Math.min(intFromEnv(env, 'RAPPORT_WEBHOOK_RETRY_DELAY_SECONDS', 30, 86_400), env.RAPPORT_JOB_RETRY_DELAY_SECONDS ? intFromEnv(env, 'RAPPORT_JOB_RETRY_DELAY_SECONDS', 0, 3600) : Infinity),
      maxAttempts: Math.max(1, intFromEnv(env, 'RAPPORT_WEBHOOK_MAX_ATTEMPTS', 15, 100)),
      timeoutSeconds: Math.max(1, intFromEnv(env, 'RAPPORT_WEBHOOK_TIMEOUT_SECONDS', 15, 120)),
      disableAfterHours: Math.max(1, intFromEnv(env, 'RAPPORT_WEBHOOK_DISABLE_AFTER_HOURS', 120, 24 * 365)),
      disableAfterFailures: intFromEnv(env, 'RAPPORT_WEBHOOK_DISABLE_AFTER_FAILURES', 0, 1_000_000),
      secretOverlapHours: intFromEnv(env, 'RAPPORT_WEBHOOK_SECRET_OVERLAP_HOURS', 24, 24 * 30),
      retentionDays: Math.max(1, intFromEnv(env, 'RAPPORT_WEBHOOK_RETENTION_DAYS', 30, 3650)),
    },
    audit: { retentionDays: Math.max(1, intFromEnv(env, 'RAPPORT_AUDIT_RETENTION_DAYS', 365, 36_500)) },
    metrics: metricsFromEnv(env),
    firstRun: {
      adminEmail: env.RAPPORT_ADMIN_EMAIL || undefined,
      adminPassword: env.RAPPORT_ADMIN_PASSWORD || undefined,
      createDemoWorkspace: env.RAPPORT_DEMO_WORKSPACE !== 'false',
    },
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    outbound: outboundPolicyFromEnv(env, mode),
    adminDir: env.RAPPORT_ADMIN_DIR || join(PROJECT_ROOT, 'apps/admin/dist'),
    graphql: {
      maxCost: Math.max(1, intFromEnv(env, 'RAPPORT_GRAPHQL_MAX_COST', 5000, 1_000_000)),
      maxAliases: intFromEnv(env, 'RAPPORT_GRAPHQL_MAX_ALIASES', 30, 10_000),
      maxTokens: Math.max(1, intFromEnv(env, 'RAPPORT_GRAPHQL_MAX_TOKENS', 5000, 1_000_000)),
      introspection: booleanFromEnv(env, 'RAPPORT_GRAPHQL_INTROSPECTION', mode !== 'production'),
      trustedDocumentsPath: env.RAPPORT_GRAPHQL_TRUSTED_DOCUMENTS || join(env.RAPPORT_ADMIN_DIR || join(PROJECT_ROOT, 'apps/admin/dist'), 'persisted-documents.json'),
      untrusted: booleanFromEnv(env, 'RAPPORT_GRAPHQL_STRICT_UNTRUSTED', mode === 'production')
        ? {
            maxCost: Math.max(1, intFromEnv(env, 'RAPPORT_GRAPHQL_UNTRUSTED_MAX_COST', 1000, 1_000_000)),
            maxDepth: Math.max(1, intFromEnv(env, 'RAPPORT_GRAPHQL_UNTRUSTED_MAX_DEPTH', 8, 1000)),
            maxAliases: intFromEnv(env, 'RAPPORT_GRAPHQL_UNTRUSTED_MAX_ALIASES', 5, 10_000),
          }
        : undefined,
    },
    corsOrigins: (env.RAPPORT_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    publicUrl,
    connectReturnUrl: urlFromEnv(env, 'RAPPORT_CONNECT_RETURN_URL', `${publicUrl}/admin/`),
    mail: mailFromEnv(env),
  };
}
