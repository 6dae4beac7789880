import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column } from 'typeorm';

export enum ChannelSyncState {
  IDLE = 'IDLE',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(ChannelSyncState, {
  name: 'ChannelSyncState',
  description: 'Where the latest sync of a channel (a backfill of its history, or a poll for what is new) stands.',
  valuesMap: {
    IDLE: { description: 'Never synced yet.' },
    RUNNING: { description: 'Pulling pages now, or waiting to carry on in the background (more pages, or a retry after a transient failure: see error).' },
    DONE: { description: 'Everything the network had was pulled.' },
    FAILED: { description: 'Stopped on a refusal that retrying cannot fix (see error; the channel status says when it needs reconnecting).' },
  },
});

/**
 * The latest sync of a channel, kept on its row (columns `sync_*`) and announced page by page on
 * `channelSyncProgress`. One sync may span several runs: a backfill longer than one run carries on in the
 * background and keeps counting until it is DONE.
 */
@ObjectType({ description: 'How far the latest sync of a channel got: a large backfill shows its progress here, page by page.' })
export class ChannelSync {
  @Field(() => ChannelSyncState, { description: 'Where it stands.' })
  @Column({ type: 'enum', enum: ChannelSyncState, enumName: 'channel_sync_state', default: ChannelSyncState.IDLE })
  state: ChannelSyncState;

  @Field(() => Int, { description: 'Items stored so far by this sync: new ones, and for reviews also edited ones (repeats are not counted).' })
  @Column({ type: 'int', default: 0 })
  itemsSynced: number;

  @Field(() => Int, { description: 'Pages pulled from the network so far by this sync.' })
  @Column({ type: 'int', default: 0 })
  pages: number;

  @Field(() => Int, { nullable: true, description: 'How many items the network says the whole sync holds (e.g. all reviews of a location), when it says; null otherwise.' })
  @Column({ type: 'int', nullable: true })
  estimatedTotal: number | null;

  @Field(() => Date, { nullable: true, description: 'When this sync began.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ended (DONE or FAILED); null while RUNNING.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it stopped or is waiting to retry, e.g. "Google Business Profile: HTTP 503 Service Unavailable"; never the upstream body.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The run working on the channel now (see ChannelSyncProgress); null when none is. */
  @Column({ type: 'uuid', nullable: true })
  runId: string | null;

  /** Until when that run holds the channel; renewed page by page, so a run that died lets another in once it passes. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  leaseUntil: Date | null;

  /** Another sync was asked for while that run worked: it goes round once more before letting go. */
  @Column({ type: 'boolean', default: false })
  rerunRequested: boolean;
}
