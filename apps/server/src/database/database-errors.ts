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
 * later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return anyWithin(error, (inner, code, message) => {
    // TypeORM releases a transaction's connection when the database drops it between two queries; the next one reports this.
    if (inner instanceof QueryRunnerAlreadyReleasedError) return true;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERROR_CODES.has(code))) return true;
    return typeof message === 'string' && LOST_CONNECTION_MESSAGE.test(message);
  });
}

/**
 * True when PostgreSQL rolled a transaction back because it collided with a
 * concurrent one (deadlock 40P01, serialization failure 40001): nothing of it
 * was saved, and running it again may well succeed.
 */
export function isTransactionConflict(error: unknown): boolean {
  return anyWithin(error, (_inner, code) => code === '40P01' || code === '40001');
}

/**
 * Runs a save that a unique index guards (a name unique in its workspace): two saves racing for one value both pass
 * their own check, the index decides, and the later one becomes `conflict()` as if it had checked after the first.
 */
export async function savedUnlessTaken<T>(save: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (anyWithin(error, (_inner, code) => code === '23505')) throw conflict();
    throw error;
  }
}

/**
 * Tests an error and what it wraps: TypeORM's `driverError`, `cause`,
 * AggregateError's `errors` and graphql-js's `thrownValue` (what it wraps a
 * non-Error in).
 */
function anyWithin(error: unknown, test: (error: object, code: unknown, message: unknown) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, errors, thrownValue } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  if (test(error, code, message)) return true;
  const nested = [driverError, cause, thrownValue, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => anyWithin(inner, test, depth + 1));
}
