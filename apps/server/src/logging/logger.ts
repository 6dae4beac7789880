import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Principal } from '../common/request-context.js';

export type { Logger };

/**
 * Fields of database errors that carry the values of a query (password and
 * API-key hashes, credential ciphertext, anything a row holds): TypeORM's
 * `parameters` and `criteria`, PostgreSQL's `detail` ("Key (email)=(...)").
 */
const QUERY_VALUE_FIELDS = new Set(['parameters', 'criteria', 'detail']);

/** node-postgres attaches the whole `client` (connection settings, password included) to a pool error. */
const DROPPED_FIELDS = new Set(['client']);

function withoutQueryValues(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 5) return value;
  if (Array.isArray(value)) return value.map((item) => withoutQueryValues(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DROPPED_FIELDS.has(key))
      .map(([key, inner]) => [key, QUERY_VALUE_FIELDS.has(key) ? '[redacted]' : withoutQueryValues(inner, depth + 1)]),
  );
}

/** pino's error serializer, with the query values of database errors (and of their causes) left out. */
function serializeError(error: unknown): unknown {
  return withoutQueryValues(pino.stdSerializers.err(error as Error));
}

/** Structured JSON logs on stdout. Credentials must never be passed in log fields; errors are logged as `err`. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'rapport' },
      serializers: { err: serializeError },
      redact: { paths: ['req.headers.authorization', '*.password', '*.credentials', '*.secret', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
}

/** Nest's own log lines (bootstrap, module init) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Paths whose last segment is a credential (a client's approval link): logged without it. */
const SECRET_PATH = /^(\/client\/approve\/)[^/]+/;

/** What later stages learn about a request, for its request line. */
export interface RequestLogFields {
  /** The GraphQL operation, as named in the document or by the client. */
  operationName?: string;
  /** The caller: a user, or an API key (with its workspace). */
  userId?: string;
  apiKeyId?: string;
  /** The workspace the operation acted in, if any. */
  workspaceId?: string;
  /** How many GraphQL errors of each `extensions.code` the response carried. */
  errorCodes?: Record<string, number>;
}

const requestLogFields = new WeakMap<object, RequestLogFields>();

/** Who called, for the request line: a user's id, or an API key's id and workspace. */
export function callerLogFields(principal: Principal): RequestLogFields {
  return principal.kind === 'user' ? { userId: principal.user.id } : { apiKeyId: principal.apiKey.id, workspaceId: principal.apiKey.workspaceId };
}

/** Adds fields to the request line of `req` (the HTTP request; WebSocket operations have none). */
export function annotateRequestLog(req: object, fields: RequestLogFields): void {
  requestLogFields.set(req, { ...requestLogFields.get(req), ...fields });
}

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is sane),
 * echoes it in the response and logs one line per request when it finishes,
 * with what the GraphQL layer annotated (see annotateRequestLog).
 */
export function requestLogging(logger: Logger) {
  return (req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    req.id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          requestId: req.id,
          method: req.method,
          path: req.originalUrl.split('?')[0].replace(SECRET_PATH, '$1[token]'),
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          ...requestLogFields.get(req),
        },
        'request',
      );
    });
    next();
  };
}
