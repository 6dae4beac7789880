import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isTransactionConflict } from '../database/database-errors.js';
import type { Logger } from '../logging/logger.js';
import { ErrorCode, RapportError } from './errors.js';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
};

/**
 * graphql-js's hints such as `Did you mean "posts"?` name fields, arguments and enum values. Apollo cannot ask
 * graphql-js to leave them out while coercing variables, so they are removed here (graphql-ws asks graphql-js).
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?$/s, '');
}

/** Apollo re-codes what validation rules report as GRAPHQL_VALIDATION_FAILED; Rapport's own (QUERY_TOO_COMPLEX) keep their code. */
function unwrapApolloValidationError(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError instanceof RapportError ? error.originalError : error;
}

/**
 * Shapes every error a client sees: Rapport's own errors and GraphQL's
 * validation errors keep their message and code; an unreachable database is
 * SERVICE_UNAVAILABLE; a transaction PostgreSQL rolled back for colliding
 * with another (deadlock, serialization failure) is CONFLICT; anything unexpected is logged and reported as
 * INTERNAL_SERVER_ERROR, without internals in production.
 */
export function createErrorFormatter(logger: Logger, exposeInternals: boolean, hideSchemaHints = false) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (hideSchemaHints) formatted = { ...formatted, message: withoutSuggestions(formatted.message) };
    const original = unwrapApolloValidationError(unwrapResolverError(error));
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (original instanceof RapportError) {
      return { ...formatted, extensions: { ...extensions, code: original.extensions.code } };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const code = extensions.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions }; // GraphQL parse/validation and variable coercion errors
    }
    if (isDatabaseUnavailable(original)) {
      // Not logged on its own: the request line counts this code, the job queue and /health/ready report the outage.
      return {
        message: 'The database is unavailable right now; try again shortly.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isTransactionConflict(original)) {
      // Logged: a path that deadlocks takes its locks in an order another path does not, which is worth fixing.
      logger.warn({ err: original, path: formatted.path }, 'transaction conflict in GraphQL operation');
      return {
        message: 'This change collided with another one made at the same moment and was not saved; try again.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: exposeInternals && original instanceof Error ? original.message : 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
