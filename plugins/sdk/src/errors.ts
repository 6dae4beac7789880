/**
 * What a failed driver call means for the job that made it:
 * - `retry`: transient (rate limit, outage, network); try again later.
 * - `reauthorize`: credentials were revoked or expired; a human must reconnect the channel.
 * - `invalid`: the request itself was rejected (too long, deleted target); retrying won't help.
 * - `fatal`: anything else; stop and surface the error.
 */
export type ErrorClassification = 'retry' | 'reauthorize' | 'invalid' | 'fatal';

export const ERROR_CLASSIFICATIONS: readonly ErrorClassification[] = ['retry', 'reauthorize', 'invalid', 'fatal'];

// A brand rather than `instanceof`: a plugin may bundle its own copy of the SDK,
// and its errors must still be recognised by the host's copy.
const DRIVER_ERROR = Symbol.for('@rapport/plugin-sdk/DriverError');

/**
 * An error a driver raises when it already knows the classification, e.g. an
 * input the network's API cannot express. `classifyHttpError` honours it.
 */
export class DriverError extends Error {
  override name = 'DriverError';
  readonly [DRIVER_ERROR] = true;
  /** For `retry`: seconds the network asked to wait (e.g. its rate-limit reset); the retry waits at least this long. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    readonly classification: ErrorClassification,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export function isDriverError(error: unknown): error is DriverError {
  return typeof error === 'object' && error !== null && DRIVER_ERROR in error;
}
