import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Catch, Module, type ArgumentsHost } from '@nestjs/common';
import { APP_FILTER, BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { annotateRequestLog } from './logger.js';

/** What an HTTP route (webhooks, the connect callback, client pages) answers while the database is down. */
const DATABASE_DOWN_RETRY_AFTER_SECONDS = 5;

interface GraphqlContext {
  req?: object;
}

/**
 * Puts the operation's name and its errors' codes on the request line, so a
 * request is one line however many errors it has (an aliased query may have
 * a thousand). Unexpected errors are also logged on their own by formatError.
 */
@Plugin()
export class GraphqlRequestLog implements ApolloServerPlugin<GraphqlContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      async willSendResponse({ contextValue, operationName, request, response }) {
        if (!contextValue.req) return;
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const errorCodes: Record<string, number> = {};
        for (const error of errors) {
          const code = String(error.extensions?.code ?? 'UNKNOWN');
          errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        }
        annotateRequestLog(contextValue.req, {
          operationName: operationName ?? request.operationName ?? undefined,
          ...(errors.length ? { errorCodes } : {}),
        });
      },
    };
  }
}

/**
 * Nest logs every exception a resolver throws at error level, a client's
 * mistakes included. GraphQL errors go back to Apollo untouched instead
 * (formatError shapes them and logs the unexpected ones). HTTP routes keep
 * Nest's usual handling, except during a database outage: 503 with
 * Retry-After, so a network's webhook sender retries the delivery later
 * rather than counting a server error.
 */
@Catch()
export class GraphqlErrorsToApollo extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    // Rethrown as it came, as Nest's own GraphQL handler does after logging.
    if (host.getType<string>() === 'graphql') throw exception;
    if (host.getType() === 'http' && isDatabaseUnavailable(exception)) {
      const res = host.switchToHttp().getResponse<Response>();
      if (!res.headersSent) {
        res.status(503).setHeader('Retry-After', String(DATABASE_DOWN_RETRY_AFTER_SECONDS)).json({ error: 'the database is unavailable; retry later' });
        return;
      }
    }
    super.catch(exception, host);
  }
}

@Module({ providers: [GraphqlRequestLog, { provide: APP_FILTER, useClass: GraphqlErrorsToApollo }] })
export class GraphqlLoggingModule {}
