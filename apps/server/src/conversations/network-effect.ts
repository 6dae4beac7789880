import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { canActOnKind, type ChannelDriver, type ErrorClassification } from '@rapport/plugin-sdk';
import { NetworkFailure } from '../channels/network-failure.js';
import { DeliveryStatus, MessageDirection } from './conversation.enums.js';
import type { Message } from './message.entity.js';

/** What Rapport asked the network to do with a message. */
export enum NetworkAction {
  SEND = 'SEND',
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
  DELETE = 'DELETE',
}

/** How far the network has done it. */
export enum NetworkEffectState {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  NOT_SUPPORTED = 'NOT_SUPPORTED',
}

registerEnumType(NetworkAction, {
  name: 'NetworkAction',
  description: 'Something Rapport asks a network to do with a message.',
  valuesMap: {
    SEND: { description: 'Post our reply.' },
    HIDE: { description: 'Hide an inbound message on the network.' },
    UNHIDE: { description: 'Show a hidden inbound message again.' },
    DELETE: { description: 'Delete the message from the network (our reply, or an inbound message of a deletable kind).' },
  },
});
registerEnumType(NetworkEffectState, {
  name: 'NetworkEffectState',
  description: 'How far the network has done what Rapport asked.',
  valuesMap: {
    PENDING: { description: 'Queued or being retried; it changes to DONE or FAILED (messageUpdated tells).' },
    DONE: { description: 'The network did it.' },
    FAILED: { description: 'The network refused or could not be reached in time, and Rapport gave up; see failure.' },
    NOT_SUPPORTED: { description: 'The network cannot do this for this kind of message (see channelTypes capabilities): done in Rapport only.' },
  },
});

@ObjectType({ description: 'The latest thing Rapport asked the network to do with a message, and how it went. The same shape for sending a reply, hiding, showing and deleting.' })
export class NetworkEffect {
  @Field(() => NetworkAction, { description: 'What was asked.' })
  action: NetworkAction;

  @Field(() => NetworkEffectState, { description: 'How far it is.' })
  state: NetworkEffectState;

  @Field(() => NetworkFailure, { nullable: true, description: 'When FAILED: why.' })
  failure: NetworkFailure | null;

  @Field({ description: 'When the state last changed.' })
  updatedAt: Date;
}

/** The message columns that record a network effect. */
export type NetworkEffectColumns = Pick<Message, 'networkAction' | 'networkState' | 'networkError' | 'networkErrorClassification' | 'networkUpdatedAt'>;

export function networkEffectColumns(action: NetworkAction, state: NetworkEffectState, failure?: { classification: ErrorClassification | null; message: string }): NetworkEffectColumns {
  return {
    networkAction: action,
    networkState: state,
    networkError: failure?.message ?? null,
    networkErrorClassification: failure?.classification ?? null,
    networkUpdatedAt: new Date(),
  };
}

/**
 * The effect as the API shows it. A reply waiting to be sent has no row of
 * its own yet: its queued delivery is a pending SEND. Fields may be strings
 * when the message came through a pub/sub engine as JSON.
 */
export function networkEffectOf(message: Message): NetworkEffect | null {
  if (message.networkAction && message.networkState) {
    return {
      action: message.networkAction,
      state: message.networkState,
      failure: message.networkState === NetworkEffectState.FAILED ? { classification: message.networkErrorClassification ?? null, message: message.networkError ?? 'unknown' } : null,
      updatedAt: new Date(message.networkUpdatedAt ?? message.updatedAt),
    };
  }
  if (message.direction === MessageDirection.OUTBOUND && message.deliveryStatus === DeliveryStatus.QUEUED) {
    return { action: NetworkAction.SEND, state: NetworkEffectState.PENDING, failure: null, updatedAt: new Date(message.updatedAt) };
  }
  return null;
}

/**
 * The driver call that carries out `action` on this message, or null when the
 * driver does not declare it for the message (its kind, or our own content).
 */
export function networkCall(driver: ChannelDriver, message: Message, action: NetworkAction.HIDE | NetworkAction.UNHIDE | NetworkAction.DELETE): ChannelDriver['hide'] | null {
  const method = action === NetworkAction.HIDE ? driver.hide : action === NetworkAction.UNHIDE ? driver.unhide : driver.delete;
  if (!method) return null;
  if (message.direction === MessageDirection.OUTBOUND) return action === NetworkAction.DELETE && driver.capabilities.delete ? method : null;
  if (message.direction !== MessageDirection.INBOUND || !message.kind) return null;
  return canActOnKind(driver, action === NetworkAction.DELETE ? 'delete' : 'hide', message.kind) ? method : null;
}
