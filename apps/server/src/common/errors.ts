import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values clients can switch on. They are part of
 * the API contract: never rename one.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  /** Rapport's own database is unreachable for now (e.g. restarting); the same request may succeed later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The operation asks for more than one request may (cost, aliases or tokens); refused before anything runs. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One invalid field of an input, as reported in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Base of every error Rapport returns on purpose; anything else is reported as an internal error. */
export abstract class RapportError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class UserInputError extends RapportError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super(message, ErrorCode.BAD_USER_INPUT, fields.length ? { field: fields[0].field, fields } : {});
  }

  static forField(field: string, message: string): UserInputError {
    return new UserInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

/** A text trimmed, refused as BAD_USER_INPUT on `field` when nothing is left (a name of spaces, a flag of spaces). */
export function notBlank(text: string, field: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw UserInputError.forField(field, 'must not be blank');
  return trimmed;
}

export class AuthenticationError extends RapportError {
  constructor(message = 'You must be logged in (Authorization: Bearer <session token or API key>).') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends RapportError {
  constructor(message = 'You are not allowed to do this.') {
    super(message, ErrorCode.FORBIDDEN);
  }
}

/** Also used for rows of another workspace, so their existence is never revealed. */
export class NotFoundError extends RapportError {
  constructor(entity: string, id?: string) {
    super(id ? `${entity} "${id}" was not found.` : `${entity} was not found.`, ErrorCode.NOT_FOUND, { entity });
  }
}

export class ConflictError extends RapportError {
  constructor(message: string) {
    super(message, ErrorCode.CONFLICT);
  }
}

/** A network or review site did not answer usefully; trying again later may work. */
export class UpstreamUnavailableError extends RapportError {
  constructor(message: string) {
    super(message, ErrorCode.UPSTREAM_UNAVAILABLE);
  }
}

/** Too many attempts or requests; `extensions.retryAfter` says in how many seconds to try again. */
export class RateLimitedError extends RapportError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, ErrorCode.RATE_LIMITED, { retryAfter: retryAfterSeconds });
  }
}

/** An operation over one of the query limits; `extensions` carry the measure and the limit (e.g. `cost`, `maxCost`). */
export class QueryTooComplexError extends RapportError {
  constructor(message: string, measures: Record<string, number | boolean>) {
    super(message, ErrorCode.QUERY_TOO_COMPLEX, measures);
  }
}
