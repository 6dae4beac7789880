import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/**
 * SQLSTATEs of a database that cannot serve right now: connection exceptions
 * (class 08), the server shutting down or starting up (57P01-57P03) and
 * running out of connection slots (53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** node-postgres reports a lost or refused connection with these messages and no code. */
const LOST_CONNECTION_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * True when an error means PostgreSQL is unreachable (down, restarting, cut
 * off) rather than that the query was wrong: such a request may succeed
 * later. Looks through TypeORM's `driverError`, `cause`, AggregateError's
 * `errors` and graphql-js's `thrownValue` (what it wraps a non-Error in).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  // TypeORM releases a transaction's connection when the database drops it between two queries; the next one reports this.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const { code, message, driverError, cause, errors, thrownValue } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERROR_CODES.has(code))) return true;
  if (typeof message === 'string' && LOST_CONNECTION_MESSAGE.test(message)) return true;
  const nested = [driverError, cause, thrownValue, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
