import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  isHttpError,
  isOutboundBlockedError,
  retryAfterOf,
  validateAgainstSchema,
  type AccountInfo,
  type ChannelDriver,
  type DriverContext,
  type ErrorClassification,
  type ReviewSourceDriver,
} from '@rapport/plugin-sdk';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, Repository, type EntityManager } from 'typeorm';
import { AuditService, auditSnapshot } from '../audit/audit.service.js';
import { ConflictError, NotFoundError, UpstreamUnavailableError, UserInputError } from '../common/errors.js';
import { paginate, type Connection } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry, type Provided } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { Channel, CHANNEL_ACCOUNT_INDEX, ChannelStatus } from './channel.entity.js';
import { DriverContextFactory } from './driver-context.factory.js';
import { EventBus } from '../events/event-bus.js';
import { ChannelUpdatedEvent } from './channel-updated.event.js';
import { describeFailure, errorReason } from './network-failure.js';
import { RetryLater, type JobInfo } from '../jobs/job-queue.js';
import type { ChannelsArgs, ConnectChannelInput, UpdateChannelInput } from './dto/channel.inputs.js';

type ConnectableDriver = ChannelDriver | ReviewSourceDriver;

interface ResolvedType {
  kind: Channel['kind'];
  provided: Provided<ConnectableDriver>;
}

/** What a failed driver call means for the channel's status. */
const STATUS_AFTER_FAILURE = {
  reauthorize: ChannelStatus.NEEDS_REAUTH,
  fatal: ChannelStatus.ERROR,
} as const;

const UPSTREAM_BODY_LOG_CHARS = 500;


/** The credential field holding the refused URL's host (else any URL field), for `extensions.field`. */
function credentialNamingUrl(credentials: Record<string, unknown>, refusedUrl: string): string {
  const urls = Object.entries(credentials).filter(([, value]) => typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value));
  const host = new URL(refusedUrl).host;
  const field = urls.find(([, value]) => new URL(value as string).host === host) ?? urls[0];
  return field ? `credentials.${field[0]}` : 'credentials';
}

@Injectable()
export class ChannelsService {
  constructor(
    @InjectRepository(Channel) private readonly channels: Repository<Channel>,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, args: ChannelsArgs): Promise<Connection<Channel>> {
    const query = this.channels.createQueryBuilder('channel').where('channel.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (args.status) query.andWhere('channel.status = :status', { status: args.status });
    if (args.type) query.andWhere('channel.type = :type', { type: args.type });
    return paginate(query, args);
  }

  async get(ctx: RequestContext, channelId: string): Promise<Channel> {
    const channel = await this.channels.findOneBy({ id: channelId, workspaceId: ctx.workspaceId });
    if (!channel) throw new NotFoundError('Channel', channelId);
    return channel;
  }

  /** Verifies the credentials with the network, then stores them encrypted. Nothing is stored when verification fails. */
  async connect(ctx: RequestContext, input: ConnectChannelInput): Promise<Channel> {
    const { kind, provided } = this.resolveType(input.type);
    this.assertCredentialsShape(provided.driver, input.credentials);
    const id = randomUUID();
    const account = await this.verify(provided, this.contexts.forCredentials(provided.owner, input.credentials, id));
    await this.assertAccountFree(ctx.workspaceId, input.type, provided.driver, account);
    const channel = this.channels.create({
      id,
      workspaceId: ctx.workspaceId,
      type: input.type,
      kind,
      displayName: input.displayName.trim(),
      purpose: input.purpose?.trim() ?? '',
      audience: input.audience?.trim() ?? '',
      credentialsEncrypted: this.contexts.encryptCredentials(id, input.credentials),
    });
    this.markConnected(channel, account);
    const saved = await this.channels.manager.transaction(async (manager) => {
      const saved = await this.saveOwnAccount(channel, provided.driver, account, manager);
      await this.audit.record(ctx, { action: 'channel.connected', entityType: 'Channel', entityId: saved.id, after: saved }, manager);
      return saved;
    });
    this.logger.info({ workspaceId: ctx.workspaceId, channelId: id, type: input.type }, 'channel connected');
    return this.announce(saved);
  }

  /**
   * The account these credentials sign in as, verified with the network, without storing anything (e.g. to show
   * who consented before the user confirms connecting it). Same errors as connect.
   */
  async identify(type: string, credentials: Record<string, unknown>, channelId: string = randomUUID()): Promise<AccountInfo> {
    const { provided } = this.resolveType(type);
    this.assertCredentialsShape(provided.driver, credentials);
    return this.verify(provided, this.contexts.forCredentials(provided.owner, credentials, channelId));
  }

  async update(ctx: RequestContext, input: UpdateChannelInput): Promise<Channel> {
    const channel = await this.get(ctx, input.channelId);
    const before = auditSnapshot(channel);
    if (input.displayName !== undefined) channel.displayName = input.displayName.trim();
    if (input.purpose !== undefined) channel.purpose = input.purpose.trim();
    if (input.audience !== undefined) channel.audience = input.audience.trim();
    if (input.targetPostsPerWeek !== undefined) channel.targetPostsPerWeek = input.targetPostsPerWeek || null;
    const provided = this.resolveType(channel.type).provided;
    let account: AccountInfo | undefined;
    if (input.credentials) {
      this.assertCredentialsShape(provided.driver, input.credentials);
      account = await this.verify(provided, this.contexts.forCredentials(provided.owner, input.credentials, channel.id));
      await this.assertAccountFree(ctx.workspaceId, channel.type, provided.driver, account, channel.id);
      channel.credentialsEncrypted = this.contexts.encryptCredentials(channel.id, input.credentials);
      this.markConnected(channel, account);
    }
    if (input.enabled === false) {
      channel.status = ChannelStatus.DISABLED;
      channel.statusReason = 'Disabled by an admin.';
    } else if (input.enabled === true && channel.status === ChannelStatus.DISABLED && !input.credentials) {
      account = await this.verify(provided, this.contexts.forChannel(channel, provided.owner));
      await this.assertAccountFree(ctx.workspaceId, channel.type, provided.driver, account, channel.id);
      this.markConnected(channel, account);
    }
    const saved = await this.channels.manager.transaction(async (manager) => {
      const saved = account ? await this.saveOwnAccount(channel, provided.driver, account, manager) : await manager.save(channel);
      // The credentials' values never reach the log: their field only shows as changed (redacted).
      await this.audit.record(ctx, { action: input.credentials ? 'channel.credentials_changed' : 'channel.updated', entityType: 'Channel', entityId: saved.id, before, after: saved }, manager);
      return saved;
    });
    return this.announce(saved);
  }

  /** Checks the stored credentials with the network now and records the outcome in the status. */
  async check(ctx: RequestContext, channelId: string): Promise<Channel> {
    const channel = await this.get(ctx, channelId);
    if (channel.status === ChannelStatus.DISABLED) return channel;
    const { provided } = this.resolveType(channel.type);
    let account: AccountInfo | undefined;
    try {
      account = await provided.driver.verifyCredentials(this.contexts.forChannel(channel, provided.owner));
    } catch (error) {
      await this.recordFailure(channel, provided.driver, error);
    }
    if (account) {
      await this.assertAccountFree(ctx.workspaceId, channel.type, provided.driver, account, channel.id);
      this.markConnected(channel, account);
      return this.announce(await this.saveOwnAccount(channel, provided.driver, account));
    }
    return this.announce(await this.channels.save(channel));
  }

  /** Removes the channel and its stored credentials. */
  async disconnect(ctx: RequestContext, channelId: string): Promise<Channel> {
    const channel = await this.get(ctx, channelId);
    await this.channels.manager.transaction(async (manager) => {
      await manager.delete(Channel, { id: channel.id, workspaceId: ctx.workspaceId });
      await this.audit.record(ctx, { action: 'channel.disconnected', entityType: 'Channel', entityId: channel.id, before: channel }, manager);
    });
    this.logger.info({ workspaceId: ctx.workspaceId, channelId }, 'channel disconnected');
    return this.announce({ ...channel, id: channelId }, true);
  }

  /** CONFLICT when the account is already connected as another channel of this type in the workspace. */
  private async assertAccountFree(workspaceId: string, type: string, driver: ConnectableDriver, account: AccountInfo, exceptChannelId?: string): Promise<void> {
    const existing = await this.channels.findOneBy({ workspaceId, type, externalAccountId: account.accountId });
    if (existing && existing.id !== exceptChannelId) throw this.accountTaken(driver, account, existing);
  }

  private accountTaken(driver: ConnectableDriver, account: AccountInfo, existing: Channel | null): ConflictError {
    const where = existing ? ` as "${existing.displayName}" (${existing.id})` : '';
    return new ConflictError(`This ${driver.displayName} account (${account.displayName}) is already connected in this workspace${where}: use that channel, or disconnect it first.`);
  }

  /** Saves a channel whose account was just verified; a concurrent connection of the same account loses with CONFLICT (unique index). */
  private async saveOwnAccount(channel: Channel, driver: ConnectableDriver, account: AccountInfo, manager: EntityManager = this.channels.manager): Promise<Channel> {
    try {
      return await manager.save(channel);
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint !== CHANNEL_ACCOUNT_INDEX) throw error;
      const existing = await this.channels.findOneBy({ workspaceId: channel.workspaceId, type: channel.type, externalAccountId: account.accountId });
      throw this.accountTaken(driver, account, existing);
    }
  }

  /** Tells live subscribers (after the write committed); the ciphertext never leaves the database. */
  private async announce(channel: Channel, disconnected = false): Promise<Channel> {
    const { credentialsEncrypted: _ciphertext, ...visible } = channel;
    await this.events.publish(new ChannelUpdatedEvent(channel.workspaceId, { channel: visible, disconnected }));
    return channel;
  }

  /**
   * Applies the driver's classification of a failed call to the channel and
   * saves it: `reauthorize` → NEEDS_REAUTH, `fatal` → ERROR; `retry` and
   * `invalid` concern one call, not the account, and leave the status as it
   * is. Returns the classification, for the caller's retry decision.
   */
  async recordFailure(channel: Channel, driver: ConnectableDriver, error: unknown): Promise<ErrorClassification> {
    return this.recordClassified(channel, driver, driver.classifyError(error), error);
  }

  /**
   * A job's network call that failed: RetryLater while the driver classifies the failure as passing (`retry`) and the
   * job has retries left; otherwise recorded on the channel as recordFailure does, and its classification returned for
   * the job to record on its own row.
   */
  async failedCall(channel: Channel, driver: ConnectableDriver, error: unknown, job: JobInfo, retryLimit: number): Promise<ErrorClassification> {
    const classification = driver.classifyError(error);
    if (classification === 'retry' && job.retryCount < retryLimit) throw new RetryLater(errorReason(error), retryAfterOf(error));
    return this.recordClassified(channel, driver, classification, error);
  }

  private async recordClassified(channel: Channel, driver: ConnectableDriver, classification: ErrorClassification, error: unknown): Promise<ErrorClassification> {
    if (classification === 'reauthorize' || classification === 'fatal') {
      channel.status = STATUS_AFTER_FAILURE[classification];
      channel.statusReason = `${driver.displayName}: ${describeFailure(error)}`;
      await this.channels.update({ id: channel.id }, { status: channel.status, statusReason: channel.statusReason });
    }
    this.logFailure(channel.id, channel.type, classification, error);
    return classification;
  }

  /** The whole reason goes to the log; an upstream body only at debug, truncated. */
  private logFailure(channelId: string | undefined, type: string, classification: ErrorClassification, error: unknown): void {
    const reason = errorReason(error);
    this.logger.warn({ channelId, type, classification, reason }, 'channel call failed');
    if (isHttpError(error) && error.body !== undefined && error.body !== '') {
      const body = typeof error.body === 'string' ? error.body : JSON.stringify(error.body);
      this.logger.debug({ channelId, status: error.status, body: body.slice(0, UPSTREAM_BODY_LOG_CHARS) }, 'upstream error body');
    }
  }

  private resolveType(type: string): ResolvedType {
    const network = this.registry.channelType(type);
    if (network) return { kind: 'NETWORK', provided: network };
    const reviews = this.registry.reviewSourceType(type);
    if (reviews) return { kind: 'REVIEW_SOURCE', provided: reviews };
    const known = [...this.registry.channelTypes, ...this.registry.reviewSourceTypes].map((p) => p.driver.code);
    throw UserInputError.forField('type', `unknown channel type "${type}"; loaded types: ${known.join(', ') || 'none (configure plugins)'}`);
  }

  private assertCredentialsShape(driver: ConnectableDriver, credentials: Record<string, unknown>): void {
    const { valid, errors } = validateAgainstSchema(driver.credentialsSchema, credentials);
    if (valid) return;
    const fields = errors.map((e) => ({ field: e.field ? `credentials.${e.field}` : 'credentials', message: e.message }));
    throw new UserInputError(`Invalid credentials for ${driver.displayName}. ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }

  private async verify(provided: Provided<ConnectableDriver>, context: DriverContext): Promise<AccountInfo> {
    const { driver } = provided;
    try {
      return await driver.verifyCredentials(context);
    } catch (error) {
      const classification = driver.classifyError(error);
      this.logFailure(context.channelId, driver.code, classification, error);
      // A destination the outbound guard refuses is the user's input (a URL in the credentials), not an outage.
      if (isOutboundBlockedError(error)) {
        throw UserInputError.forField(credentialNamingUrl(context.credentials, error.url), `${driver.displayName}: ${error.message}`);
      }
      const reason = describeFailure(error);
      if (classification === 'reauthorize' || classification === 'invalid') {
        throw UserInputError.forField('credentials', `${driver.displayName} rejected these credentials (${reason})`);
      }
      throw new UpstreamUnavailableError(`${driver.displayName} could not be reached to verify the credentials (${reason}); try again.`);
    }
  }

  private markConnected(channel: Channel, account: AccountInfo): void {
    channel.status = ChannelStatus.CONNECTED;
    channel.statusReason = null;
    channel.externalAccountId = account.accountId;
    channel.externalAccountName = account.displayName;
    channel.externalAccountUrl = account.url ?? null;
    channel.verifiedAt = new Date();
  }
}
