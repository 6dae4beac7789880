import { Inject, Injectable } from '@nestjs/common';
import { generateStandardWebhookSecret } from '@rapport/plugin-sdk';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { DriverContextFactory } from '../../channels/driver-context.factory.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { paginate, type Connection, type ConnectionArgs } from '../../common/pagination.js';
import type { RequestContext } from '../../common/request-context.js';
import { RAPPORT_CONFIG } from '../../config/config.tokens.js';
import type { RapportConfig } from '../../config/rapport-config.js';
import type { CreateWebhookEndpointInput, RotateWebhookSecretInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs } from './dto/webhook.types.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { eventTypePatternProblem } from './webhook-event-catalogue.js';
import { WebhookSecretsCipher } from './webhook-secrets.js';
import { webhookUrlProblem } from './webhook-url.js';

/** Enough for every system of one brand; more is more likely a loop of scripts gone wrong. */
const MAX_ENDPOINTS_PER_WORKSPACE = 50;

/** A workspace's webhook endpoints (ADMIN): registration, secrets, enabling, and their delivery log. */
@Injectable()
export class OutboundWebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: WebhookSecretsCipher,
    private readonly worker: WebhookDeliveryWorker,
    private readonly contexts: DriverContextFactory,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<WebhookEndpoint>> {
    const query = this.dataSource.getRepository(WebhookEndpoint).createQueryBuilder('endpoint').where('endpoint.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    return paginate(query, args);
  }

  async get(ctx: RequestContext, endpointId: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpoint> {
    const endpoint = await manager.findOneBy(WebhookEndpoint, { id: endpointId, workspaceId: ctx.workspaceId });
    if (!endpoint) throw new NotFoundError('WebhookEndpoint', endpointId);
    return endpoint;
  }

  async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const url = await this.checkedUrl(input.url);
    const eventTypes = this.checkedEventTypes(input.eventTypes);
    const secret = generateStandardWebhookSecret();
    const endpoint = await this.dataSource.transaction(async (manager) => {
      // Serialises creations in one workspace, so two at once cannot both pass the limit.
      await manager.query('SELECT id FROM workspace WHERE id = $1 FOR UPDATE', [ctx.workspaceId]);
      if ((await manager.countBy(WebhookEndpoint, { workspaceId: ctx.workspaceId })) >= MAX_ENDPOINTS_PER_WORKSPACE) {
        throw new ConflictError(`A workspace has at most ${MAX_ENDPOINTS_PER_WORKSPACE} webhook endpoints; delete one first.`);
      }
      // The id is chosen first: the secret's ciphertext is bound to it.
      const id = randomUUID();
      await manager.insert(WebhookEndpoint, {
        id,
        workspaceId: ctx.workspaceId,
        url,
        description: input.description?.trim() ?? '',
        eventTypes,
        secretsEncrypted: this.secrets.seal(id, { current: secret, previous: null }),
      });
      const created = await manager.findOneByOrFail(WebhookEndpoint, { id });
      await this.audit.record(ctx, { action: 'webhook_endpoint.created', entityType: 'WebhookEndpoint', entityId: id, after: created }, manager);
      return created;
    });
    return { endpoint, secret };
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const changes: Partial<WebhookEndpoint> = {};
    if (input.url !== undefined) changes.url = await this.checkedUrl(input.url);
    if (input.eventTypes !== undefined) changes.eventTypes = this.checkedEventTypes(input.eventTypes);
    if (input.description !== undefined) changes.description = input.description.trim();
    const endpoint = await this.get(ctx, input.endpointId);
    if (!Object.keys(changes).length) return endpoint;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(WebhookEndpoint, { id: endpoint.id, workspaceId: ctx.workspaceId }, changes);
      const updated = await this.get(ctx, endpoint.id, manager);
      await this.audit.record(ctx, { action: 'webhook_endpoint.updated', entityType: 'WebhookEndpoint', entityId: endpoint.id, before: endpoint, after: updated }, manager);
      return updated;
    });
  }

  /** Deletes an endpoint and its delivery log; waiting retries are dropped. Returns it as it was. */
  async remove(ctx: RequestContext, endpointId: string): Promise<WebhookEndpoint> {
    return this.dataSource.transaction(async (manager) => {
      // Locked first, as every path that touches an endpoint and its deliveries does: the delete cascades to them.
      const endpoint = await manager.findOne(WebhookEndpoint, { where: { id: endpointId, workspaceId: ctx.workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!endpoint) throw new NotFoundError('WebhookEndpoint', endpointId);
      await manager.delete(WebhookEndpoint, { id: endpoint.id });
      await this.audit.record(ctx, { action: 'webhook_endpoint.deleted', entityType: 'WebhookEndpoint', entityId: endpoint.id, before: endpoint }, manager);
      return endpoint;
    });
  }

  /** A new secret signs from now on; the previous one also signs for `keepPreviousForHours` (an older one is dropped). */
  async rotateSecret(ctx: RequestContext, input: RotateWebhookSecretInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const hours = input.keepPreviousForHours ?? this.config.webhooks.secretOverlapHours;
    const secret = generateStandardWebhookSecret();
    const endpoint = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(WebhookEndpoint, { where: { id: input.endpointId, workspaceId: ctx.workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw new NotFoundError('WebhookEndpoint', input.endpointId);
      const { current } = this.secrets.open(locked);
      const previous = hours > 0 ? current : null;
      await manager.update(WebhookEndpoint, { id: locked.id }, {
        secretsEncrypted: this.secrets.seal(locked.id, { current: secret, previous }),
        previousSecretExpiresAt: previous ? new Date(Date.now() + hours * 3600_000) : null,
      });
      const rotated = await manager.findOneByOrFail(WebhookEndpoint, { id: locked.id });
      // The secrets' field only shows as changed (redacted); when the previous one stops signing does show.
      await this.audit.record(ctx, { action: 'webhook_endpoint.secret_rotated', entityType: 'WebhookEndpoint', entityId: locked.id, before: locked, after: rotated }, manager);
      return rotated;
    });
    return { endpoint, secret };
  }

  /** Turns an endpoint back on with a clean failure streak; events from now on are delivered (those missed can be redelivered). */
  async enable(ctx: RequestContext, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(ctx, endpointId);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(WebhookEndpoint, { id: endpoint.id, workspaceId: ctx.workspaceId }, { enabled: true, disabledAt: null, disabledReason: null, failingSince: null, consecutiveFailures: 0 });
      const enabled = await this.get(ctx, endpoint.id, manager);
      await this.audit.record(ctx, { action: 'webhook_endpoint.enabled', entityType: 'WebhookEndpoint', entityId: endpoint.id, before: endpoint, after: enabled }, manager);
      return enabled;
    });
  }

  /** Pauses an endpoint by hand: nothing new is recorded for it and its waiting retries are given up. */
  async disable(ctx: RequestContext, endpointId: string): Promise<WebhookEndpoint> {
    const before = await this.get(ctx, endpointId);
    return this.dataSource.transaction(async (manager) => {
      await this.worker.disable(manager, ctx.workspaceId, endpointId, 'disabled by hand');
      const disabled = await this.get(ctx, endpointId, manager);
      await this.audit.record(ctx, { action: 'webhook_endpoint.disabled', entityType: 'WebhookEndpoint', entityId: endpointId, before, after: disabled }, manager);
      return disabled;
    });
  }

  async deliveries(ctx: RequestContext, args: WebhookDeliveriesArgs): Promise<Connection<WebhookDelivery>> {
    await this.get(ctx, args.endpointId);
    const query = this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('delivery')
      .where('delivery.workspaceId = :workspaceId AND delivery.endpointId = :endpointId', { workspaceId: ctx.workspaceId, endpointId: args.endpointId });
    if (args.status) query.andWhere('delivery.status = :status', { status: args.status });
    if (args.eventType) query.andWhere('delivery.eventType = :eventType', { eventType: args.eventType });
    return paginate(query, args, { property: 'createdAt', direction: 'DESC' });
  }

  /**
   * Sends a delivery's event to its endpoint again, as a new delivery with
   * the same `webhook-id` and body and all its attempts anew.
   */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
    return this.dataSource.transaction(async (manager) => {
      const original = await manager.findOne(WebhookDelivery, { where: { id: deliveryId, workspaceId: ctx.workspaceId }, relations: { endpoint: true } });
      if (!original) throw new NotFoundError('WebhookDelivery', deliveryId);
      if (original.status === WebhookDeliveryStatus.PENDING) throw new ConflictError('This delivery is still being attempted; wait for it to succeed or fail.');
      // Locked: a concurrent disable must not slip between this check and the new delivery.
      const endpoint = await manager.findOne(WebhookEndpoint, { where: { id: original.endpointId }, lock: { mode: 'pessimistic_read' } });
      if (!endpoint?.enabled) throw new ConflictError('The endpoint is disabled; enable it (enableWebhookEndpoint) before redelivering.');
      const [redelivery] = await this.worker.enqueue(manager, [
        { workspaceId: ctx.workspaceId, endpointId: original.endpointId, eventId: original.eventId, eventType: original.eventType, payload: original.payload, nextAttemptAt: new Date(), redeliveryOfId: original.id },
      ]);
      return redelivery;
    });
  }

  private async checkedUrl(raw: string): Promise<string> {
    const url = raw.trim();
    const problem = await webhookUrlProblem(url, this.contexts.outbound);
    if (problem) throw UserInputError.forField('url', problem);
    return url;
  }

  private checkedEventTypes(patterns: string[]): string[] {
    const unique = [...new Set(patterns.map((pattern) => pattern.trim()))];
    const problems = unique.flatMap((pattern) => {
      const problem = eventTypePatternProblem(pattern);
      return problem ? [{ field: `eventTypes.${patterns.findIndex((p) => p.trim() === pattern)}`, message: problem }] : [];
    });
    if (problems.length) throw new UserInputError(`eventTypes: ${problems.map((p) => p.message).join('; ')}`, problems);
    return unique;
  }
}
