import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { isDriverError, isHttpError, isNetworkError, isOutboundBlockedError, type ErrorClassification } from '@rapport/plugin-sdk';
import { STATUS_CODES } from 'node:http';

/** The SDK's classification of a failed network call; the values are the SDK's own, so no mapping is needed. */
export enum NetworkErrorClassification {
  RETRY = 'retry',
  REAUTHORIZE = 'reauthorize',
  INVALID = 'invalid',
  FATAL = 'fatal',
}

registerEnumType(NetworkErrorClassification, {
  name: 'NetworkErrorClassification',
  description: "What a network's refusal means, as the channel's driver classifies it.",
  valuesMap: {
    RETRY: { description: 'Transient (outage, rate limit, timeout): the same call may work later.' },
    REAUTHORIZE: { description: 'The credentials were revoked or expired: the channel is NEEDS_REAUTH until an ADMIN reconnects it.' },
    INVALID: { description: 'The network refused this request itself (e.g. an item it cannot hide, or one that is gone): trying again will not help.' },
    FATAL: { description: 'Anything else: the channel is ERROR; see its statusReason.' },
  },
});

@ObjectType({ description: 'Why a network did not do what Rapport asked, in words and as the driver classifies it.' })
export class NetworkFailure {
  @Field(() => NetworkErrorClassification, {
    nullable: true,
    description: "The driver's classification; null when unknown (a failure recorded before Rapport kept it).",
  })
  // The SDK's strings, which are the enum's values.
  classification: ErrorClassification | null;

  @Field({ description: 'What went wrong, e.g. "Sandbox network: HTTP 422 Unprocessable Entity". Never the upstream response body.' })
  message: string;
}

/**
 * A failed network call as API callers may see it: the HTTP status, a timeout,
 * a refused destination or the driver's own words, never the upstream body
 * (which could be anything the URL pointed at). Details stay in the log.
 */
export function describeFailure(error: unknown): string {
  if (isHttpError(error)) return `HTTP ${error.status}${STATUS_CODES[error.status] ? ` ${STATUS_CODES[error.status]}` : ''}`;
  if (isNetworkError(error)) return error.timedOut ? 'no answer in time' : 'could not connect';
  if (isOutboundBlockedError(error) || isDriverError(error)) return error.message;
  return 'unexpected response';
}

/** An error's own message (a thrown non-Error as text), as review replies, reports and publishing record a refusal. */
export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure as stored and shown: `<network>: <what happened>`, with the classification. */
export function networkFailure(networkName: string, classification: ErrorClassification, error: unknown): { classification: ErrorClassification; message: string } {
  return { classification, message: `${networkName}: ${describeFailure(error)}` };
}

/** What a call to a network came to: its value, or what it threw (for the driver to classify). */
export type NetworkAnswer<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs a call to a network, keeping what it throws apart from what follows: only the call's own failure is the
 * network's answer, for the driver to classify (retry, reauthorize, invalid, fatal). Recording the outcome is the
 * database's business: a failure there (PostgreSQL restarting) must fail the job for a retry, which repeats the call
 * under the same idempotency key, not be read as the network refusing (that marked a published post or a sent reply
 * FAILED, and the channel in ERROR).
 */
export async function callNetwork<T>(call: () => Promise<T>): Promise<NetworkAnswer<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error };
  }
}
