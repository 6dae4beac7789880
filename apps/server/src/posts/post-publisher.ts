import { Inject, Injectable } from '@nestjs/common';
import { retryAfterOf, type ChannelDriver } from '@rapport/plugin-sdk';
import { DataSource, EntityManager } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { Semaphore } from '../common/semaphore.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { ChannelsService } from '../channels/channels.service.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue, RetryLater, type JobInfo } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { ApprovalMode, needsClientApproval } from '../workspaces/approval-mode.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { ClientApprovalMissingEvent } from './client-approval-missing.event.js';
import { PostActivity } from './post-activity.entity.js';
import { PostTarget } from './post-target.entity.js';
import { PostTargetUpdatedEvent } from './post-target-updated.event.js';
import { PostUpdatedEvent } from './post-updated.event.js';
import { Post } from './post.entity.js';
import { ClientApprovalStatus, PostActivityKind, PostStatus, TargetStatus } from './post.enums.js';
import { cancelPublishJobs, PUBLISH_TARGET, REQUEUE_LOST_TARGETS, type PublishTargetJob } from './publish-target.job.js';

/** Only targets this overdue are checked: a due job normally starts within seconds, and the sweep stays cheap under load. */
const REQUEUE_AFTER_SECONDS = 60;
const REQUEUE_BATCH = 500;
/** Publish jobs one process works at once, per network call it may have in flight: the claims and results of the others overlap the calls. */
const JOBS_PER_NETWORK_CALL = 3;

/**
 * Publishes one post target per job. Each target publishes at most once:
 * the attempt is recorded (PUBLISHING) before the network call and the
 * result after it, and the driver gets the target id as idempotency key, so a
 * job that runs again after its worker died, or is delivered twice, finds the
 * target PUBLISHED, or asks the network again with the same key and gets the
 * same post back.
 */
@Injectable()
export class PostPublisher {
  /** Network publishes in flight in this process: RAPPORT_JOB_CONCURRENCY. */
  private readonly calls: Semaphore;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly channels: ChannelsService,
    private readonly events: EventBus,
    private readonly queue: JobQueue,
    @Inject(RAPPORT_CONFIG) config: RapportConfig,
  ) {
    this.calls = new Semaphore(config.jobConcurrency);
    // RAPPORT_JOB_CONCURRENCY bounds the calls to the networks; a job's two short transactions (claim, result) are
    // not network time, so up to JOBS_PER_NETWORK_CALL times as many jobs run, and a freed call slot never waits for them.
    queue.register(PUBLISH_TARGET, (data, job) => this.publish(data, job), { slots: config.jobConcurrency * JOBS_PER_NETWORK_CALL });
    queue.register(REQUEUE_LOST_TARGETS, async () => {
      await this.requeueLostTargets();
    });
    queue.schedule(REQUEUE_LOST_TARGETS, '* * * * *');
  }

  async publish(data: PublishTargetJob, job: JobInfo): Promise<void> {
    const claimed = await this.claim(data);
    if (!claimed) return;
    const { target, post, channel, driver } = claimed;
    try {
      const result = await this.calls.run(() =>
        driver.publish(this.contexts.forChannel(channel, this.registry.channelType(channel.type)!.owner), {
          idempotencyKey: target.id,
          text: target.variantText ?? post.body,
          media: post.media,
          ...(target.options?.length ? { options: Object.fromEntries(target.options.map(({ name, value }) => [name, value])) } : {}),
        }),
      );
      await this.finish(data, TargetStatus.PUBLISHED, { externalId: result.externalId, url: result.url ?? null, publishedAt: new Date(), lastError: null });
    } catch (error) {
      await this.fail(data, job, channel, driver, error);
    }
  }

  /**
   * The safety net behind the queue: every due target of a scheduled or
   * publishing post must have a job waiting, running or retrying; one that has
   * none (its job was lost or ran out of retries on a database error) gets a
   * new one. One sweep runs at a time, so a target is never enqueued twice.
   */
  async requeueLostTargets(): Promise<number> {
    const requeued = await this.dataSource.transaction(async (manager) => {
      const [{ alone }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS alone', [REQUEUE_LOST_TARGETS.name]);
      if (!alone) return [];
      // pgboss.job is pg-boss's own table (JobQueue keeps its default schema).
      const lost: Array<{ id: string; workspace_id: string; scheduled_at: Date }> = await manager.query(
        `SELECT t.id, t.workspace_id, p.scheduled_at
           FROM post_target t JOIN post p ON p.id = t.post_id
          WHERE p.status IN ('SCHEDULED', 'PUBLISHING') AND p.scheduled_at <= now() - make_interval(secs => $2)
            AND t.status IN ('PENDING', 'PUBLISHING')
            AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.data->>'targetId' = t.id::text AND j.state IN ('created', 'retry', 'active'))
          ORDER BY p.scheduled_at
          LIMIT $3`,
        [PUBLISH_TARGET.name, REQUEUE_AFTER_SECONDS, REQUEUE_BATCH],
      );
      for (const target of lost) {
        await this.queue.send(PUBLISH_TARGET, { workspaceId: target.workspace_id, targetId: target.id, scheduledAt: target.scheduled_at.toISOString() }, { transaction: manager });
      }
      return lost.map((target) => target.id);
    });
    if (requeued.length) this.logger.warn({ requeued: requeued.length, targetIds: requeued }, 'due post targets had no publish job; requeued them');
    return requeued.length;
  }

  /** Records the attempt before the network call; null when there is nothing (left) to do. */
  private async claim(data: PublishTargetJob) {
    const claimed = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, data);
      if (!locked) return null;
      const { target, post, approvalMode } = locked;
      if (target.status === TargetStatus.PUBLISHED || target.status === TargetStatus.FAILED || target.status === TargetStatus.CANCELLED) return null;
      // Unscheduled, edited back to DRAFT or cancelled since the job was sent: nothing to publish. Jobs
      // commit with their schedule, so a job never finds its post before it was SCHEDULED.
      if (post.status !== PostStatus.SCHEDULED && post.status !== PostStatus.PUBLISHING) return null;
      const scheduledFor = new Date(data.scheduledAt).getTime();
      if (!post.scheduledAt || post.scheduledAt.getTime() < scheduledFor) {
        // Jobs commit with their schedule under this same lock, so this job was sent outside
        // the post's transaction (e.g. by an older process) and overtook it: retry, never drop it.
        this.logger.info({ targetId: data.targetId, scheduledAt: data.scheduledAt }, 'publish job is ahead of its post; retrying');
        throw new RetryLater(`post ${post.id} is not scheduled for ${data.scheduledAt} yet`);
      }
      if (post.scheduledAt.getTime() > scheduledFor) {
        this.logger.debug({ targetId: data.targetId, scheduledAt: data.scheduledAt }, 'ignoring the job of an earlier schedule');
        return null;
      }
      if (await this.holdForClient(manager, post, approvalMode)) return { post, work: null, held: true };
      const channel = await manager.findOneByOrFail(Channel, { id: target.channelId, workspaceId: data.workspaceId });
      const driver = this.registry.channelType(channel.type)?.driver;
      if (!driver || channel.status !== ChannelStatus.CONNECTED) {
        const reason = driver ? `channel ${channel.displayName} is ${channel.status}` : `channel type ${channel.type} is not loaded`;
        await this.settle(manager, target, post, TargetStatus.FAILED, { lastError: reason });
        return { post, work: null };
      }
      await this.settle(manager, target, post, TargetStatus.PUBLISHING, { attempts: target.attempts + 1 });
      return { post, work: { target, post, channel, driver } };
    });
    if (!claimed) return null;
    if ('held' in claimed) await this.events.publish(new ClientApprovalMissingEvent(data.workspaceId, { post: await this.reload(claimed.post.id), reason: 'DUE' }));
    else await this.announce(data, claimed.post);
    return claimed.work;
  }

  /**
   * In a workspace whose approvalMode involves the client, a post goes out
   * only once the client approved it. One that falls due without that approval
   * (before any of its targets started) goes back to DRAFT, unscheduled, its
   * other jobs cancelled, and the team is told (history, log, event, mail).
   */
  private async holdForClient(manager: EntityManager, post: Post, approvalMode: ApprovalMode): Promise<boolean> {
    if (post.status !== PostStatus.SCHEDULED || post.clientApprovalStatus === ClientApprovalStatus.APPROVED) return false;
    if (!needsClientApproval(approvalMode)) return false;
    const detail = `not published at ${post.scheduledAt!.toISOString()}: the client has not approved it (${post.clientApprovalStatus})`;
    await cancelPublishJobs(manager, post.targets.map((t) => t.id));
    await manager.update(Post, { id: post.id }, { status: PostStatus.DRAFT, scheduledAt: null });
    await manager.save(manager.create(PostActivity, { workspaceId: post.workspaceId, postId: post.id, kind: PostActivityKind.CLIENT_APPROVAL_MISSING, actorId: null, detail }));
    this.logger.warn({ workspaceId: post.workspaceId, postId: post.id, clientApprovalStatus: post.clientApprovalStatus }, 'post not published: the client has not approved it');
    return true;
  }

  /**
   * Locks the target's post, then its targets (this one and its siblings).
   * Everything that changes a post's targets takes the post first
   * (PostsService locks it too), so deriving the post's status sees every
   * sibling target committed, and the order never deadlocks. Two statements:
   * the post (with its workspace's approval mode), then its targets.
   */
  private async lock(manager: EntityManager, data: PublishTargetJob): Promise<{ target: PostTarget; post: Post; approvalMode: ApprovalMode } | null> {
    const { entities, raw } = await manager
      .createQueryBuilder(Post, 'p')
      .innerJoin(PostTarget, 't', 't.postId = p.id AND t.id = :targetId AND t.workspaceId = :workspaceId', { targetId: data.targetId, workspaceId: data.workspaceId })
      .innerJoin(Workspace, 'w', 'w.id = p.workspaceId')
      .addSelect('w.approval_mode', 'approval_mode')
      .setLock('pessimistic_write', undefined, ['p'])
      .getRawAndEntities<{ approval_mode: ApprovalMode }>();
    const [post] = entities;
    if (!post) return null;
    post.targets = await manager.find(PostTarget, { where: { postId: post.id }, lock: { mode: 'pessimistic_write' } });
    const target = post.targets.find((candidate) => candidate.id === data.targetId);
    if (!target) return null;
    return { target, post, approvalMode: raw[0].approval_mode };
  }

  private async fail(data: PublishTargetJob, job: JobInfo, channel: Channel, driver: ChannelDriver, error: unknown): Promise<void> {
    const classification = driver.classifyError(error);
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn({ targetId: data.targetId, classification, attempt: job.retryCount + 1, reason: message }, 'publishing failed');
    if (classification === 'retry' && job.retryCount < PUBLISH_TARGET.retryLimit) {
      await this.finish(data, TargetStatus.PENDING, { lastError: message });
      throw new RetryLater(message, retryAfterOf(error));
    }
    await this.channels.recordFailure(channel, driver, error);
    await this.finish(data, TargetStatus.FAILED, { lastError: message });
  }

  private async finish(data: PublishTargetJob, status: TargetStatus, fields: TargetFields): Promise<void> {
    const locked = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, data);
      if (locked) await this.settle(manager, locked.target, locked.post, status, fields);
      return locked;
    });
    if (locked) await this.announce(data, locked.post);
  }

  /**
   * Saves a target's new state, records it, and derives the post status from
   * all its targets (locked and loaded by lock). The post and target in
   * memory end as committed, updated_at included, for announce.
   */
  private async settle(manager: EntityManager, target: PostTarget, post: Post, status: TargetStatus, fields: TargetFields): Promise<void> {
    Object.assign(target, fields, { status });
    const updated = await manager.createQueryBuilder().update(PostTarget).set({ ...fields, status }).where('id = :id', { id: target.id }).returning('updated_at').execute();
    target.updatedAt = (updated.raw as Array<{ updated_at: Date }>)[0].updated_at;
    if (status === TargetStatus.PUBLISHED || status === TargetStatus.FAILED) {
      await manager.insert(PostActivity, {
        workspaceId: post.workspaceId,
        postId: post.id,
        kind: status === TargetStatus.PUBLISHED ? PostActivityKind.TARGET_PUBLISHED : PostActivityKind.TARGET_FAILED,
        actorId: null,
        detail: status === TargetStatus.PUBLISHED ? `${target.channelId}: ${target.externalId}` : `${target.channelId}: ${target.lastError}`,
      });
    }
    const derived = derivePostStatus(post.targets.map((t) => t.status));
    if (derived === post.status) return;
    const saved = await manager.createQueryBuilder().update(Post).set({ status: derived }).where('id = :id', { id: post.id }).returning('updated_at').execute();
    post.status = derived;
    post.updatedAt = (saved.raw as Array<{ updated_at: Date }>)[0].updated_at;
  }

  /** Tells subscribers of the post, then of the target this job works on, as committed. */
  private async announce(data: PublishTargetJob, post: Post): Promise<void> {
    await this.events.publish(new PostUpdatedEvent(data.workspaceId, post));
    const target = post.targets.find((candidate) => candidate.id === data.targetId);
    if (target) await this.events.publish(new PostTargetUpdatedEvent(data.workspaceId, target));
  }

  private reload(postId: string): Promise<Post> {
    return this.dataSource.getRepository(Post).findOneOrFail({ where: { id: postId } });
  }
}

/** What a publish step writes on a target besides its status. */
type TargetFields = Partial<Pick<PostTarget, 'attempts' | 'externalId' | 'url' | 'publishedAt' | 'lastError'>>;

/** The post's status from its targets' statuses once publishing has started. */
export function derivePostStatus(statuses: TargetStatus[]): PostStatus {
  if (statuses.some((s) => s === TargetStatus.PUBLISHING || s === TargetStatus.PENDING)) return PostStatus.PUBLISHING;
  const published = statuses.filter((s) => s === TargetStatus.PUBLISHED).length;
  if (published === statuses.length) return PostStatus.PUBLISHED;
  return published > 0 ? PostStatus.PARTIALLY_PUBLISHED : PostStatus.FAILED;
}
