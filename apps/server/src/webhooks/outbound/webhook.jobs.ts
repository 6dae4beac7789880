import { defineJob } from '../../jobs/job-queue.js';

/**
 * One attempt of one delivery. Failed attempts are retried by the delivery
 * itself (a new job at `nextAttemptAt`, sent in the transaction that records
 * the attempt), so the log shows when the next one runs; the queue's own
 * retries only cover a worker that died or a database that failed mid-attempt.
 */
export const DELIVER_WEBHOOK = defineJob<{ workspaceId: string; deliveryId: string }>({ name: 'deliver-webhook', retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 180 });

/** Hourly: deletes finished deliveries older than RAPPORT_WEBHOOK_RETENTION_DAYS. */
export const WEBHOOK_HOUSEKEEPING = defineJob<object>({ name: 'webhook-housekeeping', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 600 });
