import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Node } from '../common/node/node.interface.js';

/** What kind of row a failed job was about. */
export enum FailedJobSubject {
  POST_TARGET = 'POST_TARGET',
  MESSAGE = 'MESSAGE',
  REVIEW = 'REVIEW',
  CHANNEL = 'CHANNEL',
}

registerEnumType(FailedJobSubject, {
  name: 'FailedJobSubject',
  description: 'What kind of row a failed job was about.',
  valuesMap: {
    POST_TARGET: { description: 'A post target being published (PostTarget id).' },
    MESSAGE: { description: 'An inbox message being sent, hidden or unhidden (Message id).' },
    REVIEW: { description: 'A review whose reply was being sent (Review id).' },
    CHANNEL: { description: 'A channel or review source being synced, or whose webhook delivery was being ingested (Channel id).' },
  },
});

/** Job data keys naming the row a job is about, most specific first (a publish job also names no channel). */
const SUBJECT_KEYS: Array<[string, FailedJobSubject]> = [
  ['targetId', FailedJobSubject.POST_TARGET],
  ['messageId', FailedJobSubject.MESSAGE],
  ['reviewId', FailedJobSubject.REVIEW],
  ['channelId', FailedJobSubject.CHANNEL],
];

/**
 * A job that failed for good: its retries ran out, or it failed in a way
 * retrying cannot help. JobQueue records it from pg-boss's dead-letter queue;
 * it stays until an ADMIN retries or discards it. The id is the job's.
 */
@ObjectType({ description: 'A background job (publishing, syncing, ingesting, replying, hiding) that failed for good; retry or discard it.', implements: () => [Node] })
@Entity('failed_job')
@Index(['workspaceId', 'failedAt'])
export class FailedJob {
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field({ description: 'The kind of job, e.g. `publish-post-target`, `send-reply`, `sync-channel`, `ingest-inbound-items`.' })
  @Column({ type: 'varchar', length: 100 })
  kind: string;

  /** The job's data, sent again as it was by a retry. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The error of its last attempt.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Int, { description: 'How many times it ran.' })
  @Column({ type: 'int' })
  attempts: number;

  @Field({ description: 'When it failed for good.' })
  @Column({ type: 'timestamptz', precision: 3 })
  failedAt: Date;

  @Field(() => FailedJobSubject, { nullable: true, description: 'What kind of row it was about.' })
  get subjectType(): FailedJobSubject | null {
    return this.subject()?.[1] ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'The id of the row it was about (see `subjectType`).' })
  get subjectId(): string | null {
    const key = this.subject()?.[0];
    return key ? String(this.data[key]) : null;
  }

  private subject(): [string, FailedJobSubject] | undefined {
    return SUBJECT_KEYS.find(([key]) => typeof this.data[key] === 'string');
  }
}
