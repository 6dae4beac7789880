import { Inject, Injectable } from '@nestjs/common';
import type { ChannelDriver } from '@rapport/plugin-sdk';
import { DataSource, type EntityManager } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { MAX_PAGES_PER_SYNC } from '../channels/cursor-sync.js';
import type { ChannelSyncResult } from '../channels/dto/channel-sync.types.js';
import { ConflictError, NotFoundError, UserInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { ChannelWorker } from './channel-worker.js';
import { ConversationUpdatedEvent, MessageUpdatedEvent } from './conversation-events.js';
import { Conversation } from './conversation.entity.js';
import { DELETE_MESSAGE, SET_VISIBILITY, SYNC_CHANNEL } from './conversation.jobs.js';
import { DeliveryStatus, MessageDirection, MessageVisibility } from './conversation.enums.js';
import { Message } from './message.entity.js';
import { NetworkAction, networkCall, networkEffectColumns, NetworkEffectState } from './network-effect.js';

const KIND_NAMES: Record<string, string> = { comment: 'comments', mention: 'mentions', direct_message: 'direct messages' };

const UNREACHABLE = "Rapport cannot reach this message's network (its channel was disconnected, or its plugin is not loaded)";

function kindList(kinds: readonly string[] | undefined): string {
  return kinds?.length ? kinds.map((kind) => KIND_NAMES[kind] ?? kind).join(' and ') : 'nothing';
}

/**
 * What agents and ADMINs ask of a network about inbox messages and channels:
 * hide, show, delete, sync now. A request the driver does not declare is
 * refused before anything changes; an accepted one is recorded on the message
 * as PENDING in the same transaction as its job, and the job records DONE or
 * FAILED (see ChannelWorker.carryOut).
 */
@Injectable()
export class NetworkSideEffectsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
    private readonly worker: ChannelWorker,
  ) {}

  /**
   * Hides (or shows again) an inbound message in the inbox, and on the network
   * when its driver can. Hiding a kind the network cannot hide is refused
   * (BAD_USER_INPUT) unless `inboxOnly`, which never asks the network.
   */
  async setVisibility(ctx: RequestContext, messageId: string, hidden: boolean, inboxOnly = false): Promise<Message> {
    const message = await this.dataSource.transaction(async (manager) => {
      const message = await this.lockMessage(ctx, messageId, manager);
      if (message.direction !== MessageDirection.INBOUND) throw new ConflictError('Only inbound messages can be hidden.');
      this.assertNotDeleted(message);
      const action = hidden ? NetworkAction.HIDE : NetworkAction.UNHIDE;
      const driver = await this.driverOf(message, manager);
      const supported = driver !== null && networkCall(driver, message, action) !== null;
      if (hidden && !supported && !inboxOnly) {
        const why = driver
          ? `${driver.displayName} cannot hide ${KIND_NAMES[message.kind ?? ''] ?? 'this message'} (it hides ${kindList(driver.capabilities.hideableKinds)})`
          : UNREACHABLE;
        throw UserInputError.forField('messageId', `${why}; nothing was changed. Pass inboxOnly: true to hide it in Rapport only.`);
      }
      message.visibility = hidden ? MessageVisibility.HIDDEN : MessageVisibility.VISIBLE;
      if (!(hidden && inboxOnly)) Object.assign(message, networkEffectColumns(action, supported ? NetworkEffectState.PENDING : NetworkEffectState.NOT_SUPPORTED));
      await manager.save(message);
      if (supported && !(hidden && inboxOnly)) await this.queue.send(SET_VISIBILITY, { workspaceId: message.workspaceId, messageId: message.id, hidden }, { transaction: manager });
      return message;
    });
    return this.announce(message, true);
  }

  /**
   * Deletes a message from its network: our reply once it is there, or an
   * inbound message of a kind the driver declares deletable. The message stays
   * in Rapport with its DELETE effect.
   */
  async deleteMessage(ctx: RequestContext, messageId: string): Promise<Message> {
    const { message, changed } = await this.dataSource.transaction(async (manager) => {
      const message = await this.lockMessage(ctx, messageId, manager);
      if (message.direction === MessageDirection.NOTE) throw new ConflictError('Notes are never on the network; there is nothing to delete there.');
      if (message.direction === MessageDirection.OUTBOUND && (message.deliveryStatus !== DeliveryStatus.SENT || !message.externalId)) {
        throw new ConflictError(`Only a reply that reached the network can be deleted from it; this one is ${message.deliveryStatus}.`);
      }
      if (message.networkAction === NetworkAction.DELETE && (message.networkState === NetworkEffectState.PENDING || message.networkState === NetworkEffectState.DONE)) {
        return { message, changed: false };
      }
      const driver = await this.driverOf(message, manager);
      if (!driver || !networkCall(driver, message, NetworkAction.DELETE)) {
        const what = message.direction === MessageDirection.OUTBOUND ? 'our replies' : `${KIND_NAMES[message.kind ?? ''] ?? 'messages'} written by others (it deletes ${kindList(driver?.capabilities.deletableKinds)} of theirs)`;
        throw UserInputError.forField('messageId', `${driver ? `${driver.displayName} cannot delete ${what}` : UNREACHABLE}; nothing was changed.`);
      }
      Object.assign(message, networkEffectColumns(NetworkAction.DELETE, NetworkEffectState.PENDING));
      await manager.save(message);
      await this.queue.send(DELETE_MESSAGE, { workspaceId: message.workspaceId, messageId: message.id }, { transaction: manager });
      return { message, changed: true };
    });
    return changed ? this.announce(message, false) : message;
  }

  /**
   * Pulls new activity of a channel now and says how it went (see
   * ChannelSyncResult). A transient failure, or more pages than one run pulls,
   * leaves a background sync queued to carry on.
   */
  async syncChannel(ctx: RequestContext, channelId: string): Promise<ChannelSyncResult> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId, workspaceId: ctx.workspaceId });
    if (!channel) throw new NotFoundError('Channel', channelId);
    if (channel.kind !== 'NETWORK') throw UserInputError.forField('channelId', 'is a review source: sync it with syncReviews');
    if (channel.status !== ChannelStatus.CONNECTED) {
      throw new ConflictError(`The channel is ${channel.status}${channel.statusReason ? ` (${channel.statusReason})` : ''}: reconnect or enable it before syncing.`);
    }
    const provided = this.registry.channelType(channel.type);
    if (!provided) throw new ConflictError(`Channel type "${channel.type}" is not loaded: configure its plugin.`);
    if (!provided.driver.capabilities.polling) throw UserInputError.forField('channelId', `${provided.driver.displayName} cannot be polled: its activity arrives by webhook`);
    const outcome = await this.worker.sync(channel.id);
    // A run already going (busy) carries on by itself: nothing to queue.
    const continuesInBackground = outcome.failure ? outcome.failure.classification === 'retry' : outcome.pages >= MAX_PAGES_PER_SYNC;
    if (continuesInBackground) {
      await this.queue.send(SYNC_CHANNEL, { workspaceId: channel.workspaceId, channelId: channel.id }, { singletonKey: `sync:${channel.id}` });
    }
    return {
      ok: outcome.failure === null,
      itemsSynced: outcome.created,
      pages: outcome.pages,
      failure: outcome.failure && { classification: outcome.failure.classification, message: outcome.failure.message },
      continuesInBackground: continuesInBackground || Boolean(outcome.busy),
      channel: await this.dataSource.getRepository(Channel).findOneByOrFail({ id: channel.id }),
    };
  }

  private async lockMessage(ctx: RequestContext, messageId: string, manager: EntityManager): Promise<Message> {
    const message = await manager
      .createQueryBuilder(Message, 'message')
      .setLock('pessimistic_write')
      .where('message.id = :id AND message.workspaceId = :workspaceId', { id: messageId, workspaceId: ctx.workspaceId })
      .getOne();
    if (!message) throw new NotFoundError('Message', messageId);
    return message;
  }

  private assertNotDeleted(message: Message): void {
    if (message.networkAction === NetworkAction.DELETE && message.networkState !== NetworkEffectState.FAILED) {
      throw new ConflictError(`This message was deleted from the network (${message.networkState}); it can no longer be hidden or shown there.`);
    }
  }

  /** The driver of the message's channel; null when the channel was disconnected (messages outlive it) or its plugin is not loaded. */
  private async driverOf(message: Message, manager: EntityManager): Promise<ChannelDriver | null> {
    const channel = await manager.findOneBy(Channel, { id: message.channelId });
    return (channel && this.registry.channelType(channel.type)?.driver) ?? null;
  }

  private async announce(message: Message, conversationChanged: boolean): Promise<Message> {
    await this.events.publish(new MessageUpdatedEvent(message.workspaceId, message));
    if (conversationChanged) {
      const conversation = await this.dataSource.getRepository(Conversation).findOneByOrFail({ id: message.conversationId, workspaceId: message.workspaceId });
      await this.events.publish(new ConversationUpdatedEvent(message.workspaceId, conversation));
    }
    return message;
  }
}
