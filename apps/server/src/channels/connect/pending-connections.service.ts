import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, RapportError, UserInputError } from '../../common/errors.js';
import type { RequestContext } from '../../common/request-context.js';
import type { Logger } from '../../logging/logger.js';
import { LOGGER } from '../../logging/logger.tokens.js';
import { Channel } from '../channel.entity.js';
import { ChannelsService } from '../channels.service.js';
import { ChannelConnectService, type HeldConsent } from './channel-connect.service.js';
import type { ChannelConnectionCompletion, CompleteChannelConnectionInput, PendingChannelConnection } from './dto/connect.types.js';
import { ChannelPendingConnection } from './pending-connection.entity.js';

/**
 * The second half of connecting by consent: the callback holds what the network granted, and the user who began,
 * signed in, confirms it here, choosing which of the accounts it covers to connect (one channel each; one account
 * for most networks, several for e.g. a manager of business locations). Each is verified and checked against
 * accounts already connected exactly as connectChannel does; a reconnection updates its channel's credentials.
 */
@Injectable()
export class PendingConnectionsService {
  constructor(
    @InjectRepository(ChannelPendingConnection) private readonly pending: Repository<ChannelPendingConnection>,
    @InjectRepository(Channel) private readonly channelRows: Repository<Channel>,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly connect: ChannelConnectService,
    private readonly channels: ChannelsService,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<PendingChannelConnection> {
    const { row, held } = await this.held(ctx, id);
    const connected = await this.connectedChannels(ctx.workspaceId, row.channelType, held);
    return {
      id: row.id,
      type: row.channelType,
      expiresAt: row.expiresAt,
      reconnectChannelId: held.reconnectChannelId ?? null,
      accounts: held.accounts.map((account) => ({ id: account.id, name: account.name, details: account.details ?? null, connectedChannelId: connected.get(account.id) ?? null })),
    };
  }

  /**
   * Connects each chosen account as a channel, in the order asked. Nothing is created when an id is unknown or an
   * account is already connected (CONFLICT); when connecting one fails after others succeeded (e.g. the network
   * did not answer), the others stay connected and the failure is reported, and the pending connection is kept so
   * it can be tried again. When none could be connected, the first failure is the error.
   */
  async complete(ctx: RequestContext, input: CompleteChannelConnectionInput): Promise<ChannelConnectionCompletion> {
    const { row, held } = await this.held(ctx, input.pendingId);
    const repeated = input.accountIds.filter((id, index) => input.accountIds.indexOf(id) !== index);
    if (repeated.length) throw UserInputError.forField('accountIds', `lists ${[...new Set(repeated)].join(', ')} more than once`);
    const chosen = input.accountIds.map((id) => held.accounts.find((account) => account.id === id));
    const unknown = input.accountIds.filter((_id, index) => !chosen[index]);
    if (unknown.length) throw UserInputError.forField('accountIds', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among the accounts of this connection`);
    const connected = await this.connectedChannels(ctx.workspaceId, row.channelType, held);
    const taken = input.accountIds.filter((id) => connected.has(id) && connected.get(id) !== held.reconnectChannelId);
    if (taken.length) {
      const names = taken.map((id) => held.accounts.find((account) => account.id === id)!.name);
      throw new ConflictError(`Already connected in this workspace: ${names.join(', ')}. Choose others, or disconnect those channels first.`);
    }
    const { provided, flow } = this.connect.resolveFlow(row.channelType);

    const result: ChannelConnectionCompletion = { channels: [], failures: [] };
    let firstError: RapportError | undefined;
    for (const account of chosen.map((found) => found!)) {
      try {
        const credentials = held.credentials ?? flow.credentials(held.tokens, held.connection, account);
        const channel = held.reconnectChannelId
          ? await this.channels.update(ctx, { workspaceId: ctx.workspaceId, channelId: held.reconnectChannelId, credentials })
          : await this.channels.connect(ctx, { workspaceId: ctx.workspaceId, type: row.channelType, displayName: (held.displayName ?? account.name).trim().slice(0, 200), credentials });
        // The grant names the chosen account only where credentials are remade from it on refresh.
        await this.connect.keepGrant(channel, held, held.tokens, held.credentials ? undefined : account);
        result.channels.push(channel);
      } catch (error) {
        if (!(error instanceof RapportError)) throw error;
        firstError ??= error;
        result.failures.push({ accountId: account.id, code: String(error.extensions.code), message: error.message });
      }
    }
    if (!result.channels.length && firstError) throw firstError;
    if (!result.failures.length) await this.pending.delete({ id: row.id });
    this.logger.info({ workspaceId: ctx.workspaceId, type: row.channelType, connected: result.channels.length, failed: result.failures.length, driver: provided.driver.code }, 'accounts chosen and connected');
    return result;
  }

  /** The pending connection, for the user who began it only; NOT_FOUND when it is another workspace's, gone or expired. */
  private async held(ctx: RequestContext, id: string): Promise<{ row: ChannelPendingConnection; held: HeldConsent }> {
    const row = await this.pending.findOneBy({ id, workspaceId: ctx.workspaceId, expiresAt: MoreThan(new Date()) });
    if (!row) throw new NotFoundError('PendingChannelConnection', id);
    if (row.userId !== ctx.user.id) throw new ForbiddenError('Only the user who began this connection can see its accounts and complete it.');
    const held = this.connect.readHeldConsent(row);
    if (!held) throw new NotFoundError('PendingChannelConnection', id);
    return { row, held };
  }

  /** Which of the held accounts are already channels of this workspace and type, by external account id. */
  private async connectedChannels(workspaceId: string, type: string, held: HeldConsent): Promise<Map<string, string>> {
    const found = await this.channelRows.findBy({ workspaceId, type, externalAccountId: In(held.accounts.map((account) => account.id)) });
    return new Map(found.map((channel) => [channel.externalAccountId!, channel.id]));
  }
}
