import { Inject, Injectable } from '@nestjs/common';
import { retryAfterOf, type ChannelDriver } from '@rapport/plugin-sdk';
import { DataSource, EntityManager, In } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { callNetwork, errorReason } from '../channels/network-failure.js';
import { Coalescer, ItemFailure } from '../common/coalescer.js';
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
const JOBS_PER_NETWORK_CALL = 6;

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
  /** Claims and results of the jobs running in this process, each group in one transaction. */
  private readonly claims = new Coalescer<PublishTargetJob, Work | null>((jobs) => this.claimAll(jobs));
  private readonly results = new Coalescer<{ data: PublishTargetJob; status: TargetStatus; fields: TargetFields }, null>((results) => this.finishAll(results));

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
    const answer = await callNetwork(() =>
      this.calls.run(() =>
        driver.publish(this.contexts.forChannel(channel, this.registry.channelType(channel.type)!.owner), {
          idempotencyKey: target.id,
          text: target.variantText ?? post.body,
          media: post.media,
          ...(target.options?.length ? { options: Object.fromEntries(target.options.map(({ name, value }) => [name, value])) } : {}),
        }),
      ),
    );
    if (!answer.ok) return this.fail(data, job, channel, driver, answer.error);
    const result = answer.value;
    await this.finish(data, TargetStatus.PUBLISHED, { externalId: result.externalId, url: result.url ?? null, publishedAt: new Date(), lastError: null });
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
  private claim(data: PublishTargetJob): Promise<Work | null> {
    return this.claims.submit(data);
  }

  /**
   * Claims publish jobs together, in one transaction (see Coalescer): every
   * job's checks run as they would alone, on the rows locked here, and the
   * writes of all of them go out in a few statements.
   */
  private async claimAll(jobs: PublishTargetJob[]): Promise<Array<Work | null | ItemFailure>> {
    const announce: Array<{ data: PublishTargetJob; post: Post }> = [];
    const held: Post[] = [];
    const outcomes = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockAll(manager, jobs);
      const channels = new Map(
        (await manager.find(Channel, { where: { id: In([...new Set([...locked.values()].map(({ target }) => target.channelId))]) } })).map((channel) => [channel.id, channel]),
      );
      const changes = new Changes();
      const seen = new Set<string>();
      const outcomes: Array<Work | null | ItemFailure> = [];
      for (const data of jobs) {
        const found = locked.get(data.targetId);
        // The same target twice in one group (a requeued job next to its original): the first one works it.
        if (!found || found.target.workspaceId !== data.workspaceId || seen.has(data.targetId)) {
          outcomes.push(null);
          continue;
        }
        seen.add(data.targetId);
        const { target, post, approvalMode } = found;
        if (target.status === TargetStatus.PUBLISHED || target.status === TargetStatus.FAILED || target.status === TargetStatus.CANCELLED) {
          outcomes.push(null);
          continue;
        }
        // Unscheduled, edited back to DRAFT or cancelled since the job was sent: nothing to publish. Jobs
        // commit with their schedule, so a job never finds its post before it was SCHEDULED.
        if (post.status !== PostStatus.SCHEDULED && post.status !== PostStatus.PUBLISHING) {
          outcomes.push(null);
          continue;
        }
        const scheduledFor = new Date(data.scheduledAt).getTime();
        if (!post.scheduledAt || post.scheduledAt.getTime() < scheduledFor) {
          // Jobs commit with their schedule under this same lock, so this job was sent outside
          // the post's transaction (e.g. by an older process) and overtook it: retry, never drop it.
          this.logger.info({ targetId: data.targetId, scheduledAt: data.scheduledAt }, 'publish job is ahead of its post; retrying');
          outcomes.push(new ItemFailure(new RetryLater(`post ${post.id} is not scheduled for ${data.scheduledAt} yet`)));
          continue;
        }
        if (post.scheduledAt.getTime() > scheduledFor) {
          this.logger.debug({ targetId: data.targetId, scheduledAt: data.scheduledAt }, 'ignoring the job of an earlier schedule');
          outcomes.push(null);
          continue;
        }
        if (await this.holdForClient(manager, post, approvalMode)) {
          held.push(post);
          outcomes.push(null);
          continue;
        }
        const channel = channels.get(target.channelId);
        if (!channel || channel.workspaceId !== data.workspaceId) throw new Error(`channel ${target.channelId} of target ${target.id} not found`);
        const driver = this.registry.channelType(channel.type)?.driver;
        announce.push({ data, post });
        if (!driver || channel.status !== ChannelStatus.CONNECTED) {
          const reason = driver ? `channel ${channel.displayName} is ${channel.status}` : `channel type ${channel.type} is not loaded`;
          changes.set(post, target, TargetStatus.FAILED, { lastError: reason });
          outcomes.push(null);
          continue;
        }
        changes.set(post, target, TargetStatus.PUBLISHING, { attempts: target.attempts + 1 });
        outcomes.push({ target, post, channel, driver });
      }
      await changes.write(manager);
      return outcomes;
    });
    for (const post of held) await this.events.publish(new ClientApprovalMissingEvent(post.workspaceId, { post: await this.reload(post.id), reason: 'DUE' }));
    for (const { data, post } of announce) await this.announce(data, post);
    return outcomes;
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
    post.status = PostStatus.DRAFT;
    post.scheduledAt = null;
    await manager.save(manager.create(PostActivity, { workspaceId: post.workspaceId, postId: post.id, kind: PostActivityKind.CLIENT_APPROVAL_MISSING, actorId: null, detail }));
    this.logger.warn({ workspaceId: post.workspaceId, postId: post.id, clientApprovalStatus: post.clientApprovalStatus }, 'post not published: the client has not approved it');
    return true;
  }

  /**
   * Locks the jobs' posts (in id order), then all their targets (in id
   * order). Everything that changes a post's targets takes the post first
   * (PostsService locks it too), so deriving a post's status sees every
   * sibling target committed, and the order never deadlocks. Two statements
   * for any number of jobs; by target id.
   */
  private async lockAll(manager: EntityManager, jobs: Array<{ targetId: string }>): Promise<Map<string, { target: PostTarget; post: Post; approvalMode: ApprovalMode }>> {
    const { entities: posts, raw } = await manager
      .createQueryBuilder(Post, 'p')
      .innerJoin(Workspace, 'w', 'w.id = p.workspaceId')
      .addSelect('w.approval_mode', 'approval_mode')
      .where('p.id IN (SELECT t.post_id FROM post_target t WHERE t.id IN (:...targetIds))', { targetIds: [...new Set(jobs.map((job) => job.targetId))] })
      .orderBy('p.id')
      .setLock('pessimistic_write', undefined, ['p'])
      .getRawAndEntities<{ p_id: string; approval_mode: ApprovalMode }>();
    const locked = new Map<string, { target: PostTarget; post: Post; approvalMode: ApprovalMode }>();
    if (!posts.length) return locked;
    const approval = new Map(raw.map((row) => [row.p_id, row.approval_mode]));
    const byPost = new Map(posts.map((post) => [post.id, post]));
    for (const post of posts) post.targets = [];
    const targets = await manager.find(PostTarget, { where: { postId: In([...byPost.keys()]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const target of targets) byPost.get(target.postId)?.targets.push(target);
    for (const target of targets) {
      const post = byPost.get(target.postId)!;
      locked.set(target.id, { target, post, approvalMode: approval.get(post.id)! });
    }
    return locked;
  }

  private async fail(data: PublishTargetJob, job: JobInfo, channel: Channel, driver: ChannelDriver, error: unknown): Promise<void> {
    const classification = driver.classifyError(error);
    const message = errorReason(error);
    this.logger.warn({ targetId: data.targetId, classification, attempt: job.retryCount + 1, reason: message }, 'publishing failed');
    if (classification === 'retry' && job.retryCount < PUBLISH_TARGET.retryLimit) {
      await this.finish(data, TargetStatus.PENDING, { lastError: message });
      throw new RetryLater(message, retryAfterOf(error));
    }
    await this.channels.recordFailure(channel, driver, error);
    await this.finish(data, TargetStatus.FAILED, { lastError: message });
  }

  /** Records a network call's result (grouped with others, see Coalescer). */
  private async finish(data: PublishTargetJob, status: TargetStatus, fields: TargetFields): Promise<void> {
    await this.results.submit({ data, status, fields });
  }

  private async finishAll(results: Array<{ data: PublishTargetJob; status: TargetStatus; fields: TargetFields }>): Promise<null[]> {
    const announce: Array<{ data: PublishTargetJob; post: Post }> = [];
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockAll(manager, results.map(({ data }) => data));
      const changes = new Changes();
      for (const { data, status, fields } of results) {
        const found = locked.get(data.targetId);
        if (!found || found.target.workspaceId !== data.workspaceId) continue;
        changes.set(found.post, found.target, status, fields);
        announce.push({ data, post: found.post });
      }
      await changes.write(manager);
    });
    for (const { data, post } of announce) await this.announce(data, post);
    return results.map(() => null);
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

/** What a claimed job goes on to publish. */
interface Work {
  target: PostTarget;
  post: Post;
  channel: Channel;
  driver: ChannelDriver;
}

/**
 * The writes of a group of publish steps, applied to the locked rows in
 * memory as they are set and written at the end in at most three statements:
 * the targets, their history entries (published or failed), and the posts
 * whose derived status changed. The rows in memory end as committed,
 * updated_at included, for the events.
 */
class Changes {
  private readonly targets = new Map<string, PostTarget>();
  private readonly posts = new Map<string, Post>();
  private readonly activities: Array<Partial<PostActivity>> = [];

  set(post: Post, target: PostTarget, status: TargetStatus, fields: TargetFields): void {
    Object.assign(target, fields, { status });
    this.targets.set(target.id, target);
    this.posts.set(post.id, post);
    if (status === TargetStatus.PUBLISHED || status === TargetStatus.FAILED) {
      this.activities.push({
        workspaceId: post.workspaceId,
        postId: post.id,
        kind: status === TargetStatus.PUBLISHED ? PostActivityKind.TARGET_PUBLISHED : PostActivityKind.TARGET_FAILED,
        actorId: null,
        detail: status === TargetStatus.PUBLISHED ? `${target.channelId}: ${target.externalId}` : `${target.channelId}: ${target.lastError}`,
      });
    }
  }

  async write(manager: EntityManager): Promise<void> {
    const targets = [...this.targets.values()];
    if (!targets.length) return;
    const updated = returned<{ id: string; updated_at: Date }>(await manager.query(
      `UPDATE post_target t
          SET status = v.status::post_target_status, attempts = v.attempts, external_id = v.external_id, url = v.url,
              published_at = v.published_at, last_error = v.last_error, updated_at = CURRENT_TIMESTAMP
         FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::timestamptz[], $7::text[])
              AS v(id, status, attempts, external_id, url, published_at, last_error)
        WHERE t.id = v.id
      RETURNING t.id, t.updated_at`,
      [
        targets.map((t) => t.id),
        targets.map((t) => t.status),
        targets.map((t) => t.attempts),
        targets.map((t) => t.externalId),
        targets.map((t) => t.url),
        targets.map((t) => t.publishedAt),
        targets.map((t) => t.lastError),
      ],
    ));
    for (const row of updated) this.targets.get(row.id)!.updatedAt = row.updated_at;
    if (this.activities.length) await manager.insert(PostActivity, this.activities);
    const posts = [...this.posts.values()].map((post) => ({ post, status: derivePostStatus(post.targets.map((t) => t.status)) })).filter(({ post, status }) => status !== post.status);
    if (!posts.length) return;
    const saved = returned<{ id: string; updated_at: Date }>(await manager.query(
      `UPDATE post p SET status = v.status::post_status, updated_at = CURRENT_TIMESTAMP
         FROM unnest($1::uuid[], $2::text[]) AS v(id, status)
        WHERE p.id = v.id
      RETURNING p.id, p.updated_at`,
      [posts.map(({ post }) => post.id), posts.map(({ status }) => status)],
    ));
    const byId = new Map(posts.map(({ post, status }) => [post.id, { post, status }]));
    for (const row of saved) {
      const { post, status } = byId.get(row.id)!;
      post.status = status;
      post.updatedAt = row.updated_at;
    }
  }
}

/** The rows of an UPDATE … RETURNING: TypeORM's query() answers [rows, affected count] for one on PostgreSQL. */
function returned<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
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
