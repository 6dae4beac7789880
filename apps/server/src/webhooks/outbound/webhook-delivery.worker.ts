import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { createHttpClient, isHttpError, isNetworkError, isOutboundBlockedError, signStandardWebhook, type HttpClient } from '@rapport/plugin-sdk';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DriverContextFactory } from '../../channels/driver-context.factory.js';
import { RAPPORT_CONFIG } from '../../config/config.tokens.js';
import type { OutboundWebhooksConfig, RapportConfig } from '../../config/rapport-config.js';
import { isDatabaseUnavailable } from '../../database/database-errors.js';
import { EventBus } from '../../events/event-bus.js';
import { RapportEvent } from '../../events/rapport-event.js';
import { JobQueue, MAX_RETRY_AFTER_SECONDS } from '../../jobs/job-queue.js';
import type { Logger } from '../../logging/logger.js';
import { LOGGER } from '../../logging/logger.tokens.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookEndpointDisabledEvent } from './webhook-endpoint-disabled.event.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { matchesEventType, outboundEventTypesOf, serialisePayload } from './webhook-event-catalogue.js';
import { WebhookSecretsCipher } from './webhook-secrets.js';
import { DELIVER_WEBHOOK, WEBHOOK_HOUSEKEEPING } from './webhook.jobs.js';
import { MetricsService } from '../../metrics/metrics.service.js';

const MAX_EXCERPT_CHARS = 1000;
const MAX_RETRY_DELAY_SECONDS = 8 * 3600;

/** What one attempt came to. */
interface AttemptOutcome {
  ok: boolean;
  responseStatus: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
  retryAfterSeconds?: number;
}

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT_CHARS ? `${text.slice(0, MAX_EXCERPT_CHARS)}…` : text;
}

/**
 * Turns bus events into deliveries and delivers them. Each event the bus
 * publishes (after its transaction committed) becomes one delivery per
 * enabled endpoint of its workspace that takes its type, recorded with its
 * first job in one transaction. Each attempt is signed anew (Standard
 * Webhooks, the previous secret too while a rotation overlaps) and sent
 * through the plugins' outbound guard; a failure schedules the next attempt
 * with exponential backoff (never sooner than the endpoint's Retry-After),
 * and an endpoint that keeps failing is disabled.
 */
@Injectable()
export class WebhookDeliveryWorker implements BeforeApplicationShutdown {
  private readonly settings: OutboundWebhooksConfig;
  private readonly http: HttpClient;
  /** Events being recorded, so shutdown waits for them instead of losing them to a closed pool. */
  private readonly recording = new Set<Promise<void>>();
  /** Events published since the last flush, recorded together on the next tick (see record). */
  private pending: RapportEvent[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
    private readonly secrets: WebhookSecretsCipher,
    contexts: DriverContextFactory,
    @Inject(RAPPORT_CONFIG) config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: MetricsService,
  ) {
    this.settings = config.webhooks;
    this.http = createHttpClient({ guard: contexts.outbound, timeoutMs: this.settings.timeoutSeconds * 1000 });
    queue.register(DELIVER_WEBHOOK, ({ deliveryId }) => this.deliver(deliveryId));
    queue.register(WEBHOOK_HOUSEKEEPING, async () => {
      const deleted = await this.deleteOldDeliveries();
      if (deleted) this.logger.info({ deleted }, 'deleted old webhook deliveries');
    });
    queue.schedule(WEBHOOK_HOUSEKEEPING, '17 * * * *');
    events.ofType(RapportEvent).subscribe((event) => {
      const recorded = this.record(event);
      this.recording.add(recorded);
      void recorded.finally(() => this.recording.delete(recorded));
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.recording);
  }

  /**
   * One delivery (and its first job) per enabled endpoint of the event's workspace that takes each outbound event it
   * makes. Events published in the same tick (a batch of ingested messages) are recorded together: one endpoint
   * query for all their workspaces (a second, locked, in the insert's transaction when some endpoint takes one),
   * started after every one of them was published (so after their changes and any endpoint created before them
   * committed), and payloads serialised only for events some endpoint takes.
   */
  private record(event: RapportEvent): Promise<void> {
    this.pending.push(event);
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      const events = this.pending;
      this.pending = [];
      this.flushing = null;
      return this.recordAll(events).catch((error: unknown) => {
        // The changes are committed; their deliveries are lost, which an outage of the database explains.
        const log = isDatabaseUnavailable(error) ? this.logger.warn.bind(this.logger) : this.logger.error.bind(this.logger);
        log({ err: error, events: events.length, workspaceIds: [...new Set(events.map((event) => event.workspaceId))] }, 'could not record webhook deliveries');
      });
    });
    return this.flushing;
  }

  private async recordAll(events: RapportEvent[]): Promise<void> {
    const made = events.flatMap((event) => outboundEventTypesOf(event).map((outbound) => ({ event, outbound })));
    if (!made.length) return;
    const where = { workspaceId: In([...new Set(made.map(({ event }) => event.workspaceId))]), enabled: true };
    const select = { id: true, workspaceId: true, eventTypes: true } as const;
    const takersOf = (endpoints: WebhookEndpoint[], { event, outbound }: (typeof made)[number]) =>
      endpoints.filter((endpoint) => endpoint.workspaceId === event.workspaceId && matchesEventType(endpoint.eventTypes, outbound.type));
    // Most events go to no endpoint: one plain read says so, without a transaction.
    const seen = await this.dataSource.getRepository(WebhookEndpoint).find({ where, select });
    // Payloads built now, before the transaction: an event's data as close to its publication as the endpoint read allows.
    const taken = made
      .filter((item) => takersOf(seen, item).length)
      .map((item) => ({ ...item, payload: serialisePayload(item.outbound, item.event.occurredAt, item.event.workspaceId) }));
    if (!taken.length) return;
    await this.dataSource.transaction(async (manager) => {
      // Read again key-share locked: an endpoint deleted meanwhile is skipped rather than failing the batch's inserts.
      const endpoints = await manager.find(WebhookEndpoint, { where, select, order: { id: 'ASC' }, lock: { mode: 'for_key_share' } });
      const now = new Date();
      const deliveries = taken.flatMap((item) => {
        const takers = takersOf(endpoints, item);
        if (!takers.length) return [];
        const { event, outbound, payload } = item;
        const eventId = randomUUID();
        return takers.map((endpoint) => ({ workspaceId: event.workspaceId, endpointId: endpoint.id, eventId, eventType: outbound.type, payload, nextAttemptAt: now }));
      });
      if (deliveries.length) await this.enqueue(manager, deliveries);
    });
  }

  /** Saves new deliveries and queues their first attempts, in the caller's transaction. */
  async enqueue(manager: EntityManager, deliveries: Array<Partial<WebhookDelivery>>): Promise<WebhookDelivery[]> {
    const saved = await manager.save(WebhookDelivery, deliveries.map((delivery) => manager.create(WebhookDelivery, { ...delivery, status: WebhookDeliveryStatus.PENDING, attempts: 0 })));
    for (const delivery of saved) await this.queue.send(DELIVER_WEBHOOK, { workspaceId: delivery.workspaceId, deliveryId: delivery.id }, { transaction: manager });
    return saved;
  }

  /** Makes the next attempt of a PENDING delivery and records it; anything else (done, given up, deleted) is left alone. */
  async deliver(deliveryId: string): Promise<void> {
    const delivery = await this.dataSource.getRepository(WebhookDelivery).findOne({ where: { id: deliveryId }, relations: { endpoint: true } });
    if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return;
    if (!delivery.endpoint.enabled) {
      await this.dataSource.getRepository(WebhookDelivery).update({ id: delivery.id, status: WebhookDeliveryStatus.PENDING }, { status: WebhookDeliveryStatus.FAILED, nextAttemptAt: null, lastError: 'the endpoint is disabled' });
      return;
    }
    const startedAt = new Date();
    const outcome = await this.attempt(delivery, startedAt);
    this.metrics.webhookDeliveries.inc({ outcome: outcome.ok ? 'succeeded' : outcome.responseStatus ? 'http_error' : 'network_error' });
    this.metrics.webhookDeliveryDuration.observe(outcome.latencyMs / 1000);
    const disabled = await this.dataSource.transaction((manager) => this.recordAttempt(manager, delivery, startedAt, outcome));
    if (disabled) {
      this.logger.warn({ endpointId: disabled.id, workspaceId: disabled.workspaceId, reason: disabled.disabledReason }, 'webhook endpoint disabled');
      await this.events.publish(new WebhookEndpointDisabledEvent(disabled.workspaceId, disabled));
    }
  }

  private async attempt(delivery: WebhookDelivery, startedAt: Date): Promise<AttemptOutcome> {
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    const signature = this.secrets
      .signingSecrets(delivery.endpoint, startedAt)
      .map((secret) => signStandardWebhook({ secret, id: delivery.eventId, timestamp, body: delivery.payload }))
      .join(' ');
    const headers = { 'content-type': 'application/json', 'user-agent': 'Rapport-Webhooks/1', 'webhook-id': delivery.eventId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    try {
      // A redirect counts as a failure (Standard Webhooks): the endpoint's URL should be updated instead.
      const response = await this.http.post(delivery.endpoint.url, { body: Buffer.from(delivery.payload, 'utf8'), headers, followRedirects: false });
      return { ok: true, responseStatus: response.status, latencyMs: latency(), responseExcerpt: excerpt(response.text), error: null };
    } catch (error) {
      const latencyMs = latency();
      if (isHttpError(error)) {
        const body = typeof error.body === 'string' ? error.body : JSON.stringify(error.body ?? '');
        return { ok: false, responseStatus: error.status, latencyMs, responseExcerpt: excerpt(body), error: `the endpoint answered HTTP ${error.status}`, retryAfterSeconds: error.retryAfter };
      }
      if (isNetworkError(error) || isOutboundBlockedError(error)) return { ok: false, responseStatus: null, latencyMs, responseExcerpt: null, error: error.message };
      throw error;
    }
  }

  /**
   * Records an attempt and what follows: the next attempt's job, the
   * endpoint's failure streak, and disabling it when the streak is too long
   * (or it answered 410 Gone). Returns the endpoint if it was disabled now.
   */
  private async recordAttempt(manager: EntityManager, delivery: WebhookDelivery, startedAt: Date, outcome: AttemptOutcome): Promise<WebhookEndpoint | null> {
    const attempts = delivery.attempts + 1;
    const gone = outcome.responseStatus === 410;
    const retry = !outcome.ok && !gone && attempts < this.settings.maxAttempts;
    const nextAttemptAt = retry ? new Date(Date.now() + this.retryDelaySeconds(attempts, outcome.retryAfterSeconds) * 1000) : null;
    const status = outcome.ok ? WebhookDeliveryStatus.SUCCEEDED : retry ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED;
    // The endpoint is locked before its delivery, in the order deleting an endpoint (which cascades to its
    // deliveries) takes them: the other order deadlocks with a concurrent deleteWebhookEndpoint.
    const [endpoint] = await manager.query('SELECT id FROM webhook_endpoint WHERE id = $1 FOR NO KEY UPDATE', [delivery.endpointId]);
    if (!endpoint) return null;
    const { affected } = await manager.update(
      WebhookDelivery,
      // Only the attempt this job was for: a job the queue ran twice records once.
      { id: delivery.id, status: WebhookDeliveryStatus.PENDING, attempts: delivery.attempts },
      { status, attempts, nextAttemptAt, lastAttemptAt: startedAt, responseStatus: outcome.responseStatus, latencyMs: outcome.latencyMs, responseExcerpt: outcome.responseExcerpt, lastError: outcome.error },
    );
    if (!affected) return null;
    if (nextAttemptAt) await this.queue.send(DELIVER_WEBHOOK, { workspaceId: delivery.workspaceId, deliveryId: delivery.id }, { startAfter: nextAttemptAt, transaction: manager });
    if (outcome.ok) {
      await manager.update(WebhookEndpoint, { id: delivery.endpointId }, { consecutiveFailures: 0, failingSince: null });
      return null;
    }
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [[streak]]: [Array<{ consecutive_failures: number; failing_since: Date }>, number] = await manager.query(
      `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, $2) WHERE id = $1 RETURNING consecutive_failures, failing_since`,
      [delivery.endpointId, startedAt],
    );
    if (!streak) return null;
    const { disableAfterFailures, disableAfterHours } = this.settings;
    const failingFor = Date.now() - streak.failing_since.getTime();
    const reason = gone
      ? 'the endpoint answered 410 Gone'
      : disableAfterFailures && streak.consecutive_failures >= disableAfterFailures
        ? `${streak.consecutive_failures} attempts in a row failed (the last: ${outcome.error})`
        : failingFor >= disableAfterHours * 3600_000
          ? `every attempt failed since ${streak.failing_since.toISOString()} (${streak.consecutive_failures} attempts; the last: ${outcome.error})`
          : null;
    return reason ? this.disable(manager, delivery.workspaceId, delivery.endpointId, reason) : null;
  }

  /**
   * Disables an enabled endpoint and gives up its waiting deliveries, in the
   * caller's transaction; returns it, or null when it was not enabled.
   */
  async disable(manager: EntityManager, workspaceId: string, endpointId: string, reason: string): Promise<WebhookEndpoint | null> {
    const { affected } = await manager.update(WebhookEndpoint, { id: endpointId, workspaceId, enabled: true }, { enabled: false, disabledAt: new Date(), disabledReason: reason });
    if (!affected) return null;
    await manager.update(
      WebhookDelivery,
      { endpointId, status: WebhookDeliveryStatus.PENDING },
      { status: WebhookDeliveryStatus.FAILED, nextAttemptAt: null, lastError: `given up: the endpoint was disabled (${reason})` },
    );
    return manager.findOneByOrFail(WebhookEndpoint, { id: endpointId });
  }

  /** Exponential backoff from the configured first delay (capped, with a little jitter), never sooner than Retry-After. */
  private retryDelaySeconds(attempts: number, retryAfterSeconds: number | undefined): number {
    const backoff = Math.min(this.settings.retryDelaySeconds * 2 ** (attempts - 1), MAX_RETRY_DELAY_SECONDS);
    // Jitter spreads the retries of many deliveries that failed together (an endpoint's outage).
    const jittered = backoff * (1 + Math.random() * 0.1);
    return Math.max(jittered, Math.min(retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS));
  }

  /** Deletes SUCCEEDED and FAILED deliveries older than the retention; returns how many. */
  async deleteOldDeliveries(): Promise<number> {
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(WebhookDelivery)
      .where(`status IN (:...finished) AND created_at < now() - make_interval(days => :days)`, { finished: [WebhookDeliveryStatus.SUCCEEDED, WebhookDeliveryStatus.FAILED], days: this.settings.retentionDays })
      .execute();
    return affected ?? 0;
  }
}
