import { Inject, Injectable } from '@nestjs/common';
import { countHashtags, mediaLimitProblems, textLength, validateAgainstSchema, type ChannelLimits } from '@rapport/plugin-sdk';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Channel } from '../channels/channel.entity.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError, type FieldProblem } from '../common/errors.js';
import { operationLoader } from '../common/data-loader.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import type { ChannelFit } from './dto/post.types.js';
import { entitiesFrom, selectColumns } from '../common/entity-rows.js';
import { paginate, type Connection } from '../common/pagination.js';
import { selectedProperties, type NodeSelection } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { PoliciesService } from '../policies/policies.service.js';
import { assertNotBlocked, OutboundOutcome, type EvaluatedFinding } from '../policies/policy-engine.js';
import { PolicyScope } from '../policies/policy.enums.js';
import type { BacktestItem } from '../policies/backtest.js';
import { ApprovalMode, needsClientApproval } from '../workspaces/approval-mode.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import type { CalendarArgs, CreatePostInput, PostActionInput, PostFitArgs, PostsArgs, PostTargetOptionsInput, SchedulePostInput, UpdatePostInput } from './dto/post.inputs.js';
import { ChannelHealth, PROMOTIONAL_SHARE_WARNING, QUIET_AFTER_DAYS } from './channel-health.js';
import { PostActivity } from './post-activity.entity.js';
import { PostTarget } from './post-target.entity.js';
import { PostDeletedEvent } from './post-deleted.event.js';
import { PostUpdatedEvent } from './post-updated.event.js';
import { Post } from './post.entity.js';
import { ClientApprovalStatus, PostActivityKind, PostStatus, TargetStatus } from './post.enums.js';
import { cancelPublishJobs, PUBLISH_TARGET } from './publish-target.job.js';
import { readScheduleTime } from './schedule-time.js';

const OUTCOME_RANK: Record<string, number> = { ALLOW: 0, WARN: 1, REQUIRE_APPROVAL: 2, BLOCK: 3 };

/** Which statuses each action may start from; anything else is a CONFLICT naming them. */
const ALLOWED_FROM = {
  edit: [PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.SCHEDULED],
  submit: [PostStatus.DRAFT],
  review: [PostStatus.IN_REVIEW],
  schedule: [PostStatus.DRAFT, PostStatus.APPROVED, PostStatus.SCHEDULED],
  reschedule: [PostStatus.SCHEDULED],
  unschedule: [PostStatus.SCHEDULED],
  cancel: [PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.SCHEDULED],
  // Whatever never reached a network; a post that did stays, with its history.
  delete: [PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.CANCELLED, PostStatus.FAILED],
} as const;

/** What a transition's change may say for the history, in place of the default kind and detail. */
type ChangeOutcome = { kind?: PostActivityKind; detail?: string } | void;

/** What the networks would receive: text and network options per channel, and media. Tags and kind are Rapport's own labels. */
function publishedContent(post: Post): string {
  // A target's network options (e.g. Mastodon's visibility) change what the network shows as much as its text does.
  const targets = post.targets
    .map((t) => [t.channelId, t.variantText, (t.options ?? []).map(({ name, value }) => [name, value]).sort(([a], [b]) => String(a).localeCompare(String(b)))])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  // Field by field: jsonb hands media back with its keys in another order than the input had them.
  const media = post.media.map((m) => [m.url, m.mimeType, m.altText ?? null]);
  return JSON.stringify([post.body, media, targets]);
}

export interface PolicyCheck {
  outcome: OutboundOutcome;
  findings: Array<EvaluatedFinding & { channelId: string | null }>;
}

@Injectable()
export class PostsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    private readonly policies: PoliciesService,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
    private readonly audit: AuditService,
    private readonly contexts: DriverContextFactory,
  ) {
    policies.registerBacktestSource({ scope: PolicyScope.OUTBOUND_POST, label: 'posts', items: (workspaceId, since, limit) => this.backtestItems(workspaceId, since, limit) });
  }

  /** Each post's text per channel since a date, for replaying OUTBOUND_POST policies. */
  private async backtestItems(workspaceId: string, since: Date, limit: number): Promise<BacktestItem[]> {
    const rows: Array<{ id: string; text: string; channel_id: string; type: string }> = await this.dataSource.query(
      `SELECT p.id, coalesce(t.variant_text, p.body) AS text, t.channel_id, c.type
         FROM post p JOIN post_target t ON t.post_id = p.id JOIN channel c ON c.id = t.channel_id
        WHERE p.workspace_id = $1 AND p.created_at >= $2
        ORDER BY p.created_at, p.id, t.channel_id
        LIMIT $3`,
      [workspaceId, since, limit],
    );
    return rows.map((row) => ({ itemType: 'post', itemId: row.id, text: row.text, channelId: row.channel_id, channelCode: row.type }));
  }

  /** A page of posts with their targets; with `selection` and `targetSelection` (what a query shows of each), only the columns behind them are read. */
  async list(ctx: RequestContext, args: PostsArgs, selection?: NodeSelection, targetSelection?: NodeSelection): Promise<Connection<Post>> {
    // Paged without joining the targets: a LIMIT over a one-to-many join makes TypeORM
    // pre-select DISTINCT ids over every post of the workspace.
    const query = this.dataSource.getRepository(Post).createQueryBuilder('post').where('post.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (args.status) query.andWhere('post.status = :status', { status: args.status });
    if (args.channelId) query.andWhere('EXISTS (SELECT 1 FROM post_target t WHERE t.post_id = post.id AND t.channel_id = :channelId)', { channelId: args.channelId });
    const page = await paginate(query, args, { property: 'createdAt', direction: args.newestFirst ? 'DESC' : 'ASC' }, selection);
    const posts = page.edges.map((edge) => edge.node);
    if (!posts.length) return page;
    // A post field resolver that reads the whole post (limitErrors) reads its targets whole too.
    const targetProperties = selectedProperties(this.dataSource.getMetadata(Post), selection) && selectedProperties(this.dataSource.getMetadata(PostTarget), targetSelection);
    const rows = await this.dataSource.query(`SELECT ${selectColumns(this.dataSource, PostTarget, 'target', targetProperties)} FROM post_target target WHERE target.post_id = ANY($1::uuid[])`, [posts.map((p) => p.id)]);
    const byPost = new Map(posts.map((post) => [post.id, (post.targets = [])] as [string, PostTarget[]]));
    for (const target of entitiesFrom(this.dataSource, PostTarget, 'target', rows)) byPost.get(target.postId)!.push(target);
    return page;
  }

  /** Posts scheduled (or published) in [from, to), by time: the content calendar. */
  calendar(ctx: RequestContext, args: CalendarArgs): Promise<Post[]> {
    const query = this.dataSource
      .getRepository(Post)
      .createQueryBuilder('post')
      .leftJoinAndSelect('post.targets', 'target')
      .where('post.workspaceId = :workspaceId AND post.scheduledAt >= :from AND post.scheduledAt < :to', { workspaceId: ctx.workspaceId, from: args.from, to: args.to })
      .andWhere('post.status <> :cancelled', { cancelled: PostStatus.CANCELLED })
      .orderBy('post.scheduledAt', 'ASC')
      .addOrderBy('post.id', 'ASC');
    if (args.channelId) query.andWhere('EXISTS (SELECT 1 FROM post_target t WHERE t.post_id = post.id AND t.channel_id = :channelId)', { channelId: args.channelId });
    return query.getMany();
  }

  async get(ctx: RequestContext, postId: string, manager: EntityManager = this.dataSource.manager): Promise<Post> {
    const post = await manager.findOne(Post, { where: { id: postId, workspaceId: ctx.workspaceId } });
    if (!post) throw new NotFoundError('Post', postId);
    return post;
  }

  history(ctx: RequestContext, postId: string): Promise<PostActivity[]> {
    return this.dataSource.getRepository(PostActivity).find({ where: { workspaceId: ctx.workspaceId, postId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Creates a DRAFT; with `scheduleAt`, also schedules it in the same transaction (both or neither, as importPosts needs). */
  async create(ctx: RequestContext, input: CreatePostInput, scheduleAt?: Date): Promise<Post> {
    const post = await this.dataSource.transaction(async (manager) => {
      const channels = await this.assertChannels(ctx, input.channelIds, manager);
      this.assertTargetOptions(channels, input.targetOptions);
      const created = manager.create(Post, {
        workspaceId: ctx.workspaceId,
        authorId: ctx.userId,
        body: input.body,
        media: input.media ?? [],
        tags: input.tags ?? [],
        kind: input.kind,
        status: PostStatus.DRAFT,
        targets: this.targetsFor(ctx, input.channelIds, input.variants, input.targetOptions),
      });
      await this.applyPolicies(ctx, created, manager);
      const saved = await manager.save(created);
      await this.record(ctx, saved, PostActivityKind.CREATED, null, manager);
      if (!scheduleAt) return saved;
      await this.makeScheduled(ctx, saved, scheduleAt, manager);
      const scheduled = await manager.save(saved);
      await this.record(ctx, scheduled, PostActivityKind.SCHEDULED, `for ${scheduleAt.toISOString()}`, manager);
      return scheduled;
    });
    return this.announce(post);
  }

  /**
   * Edits a post. Tags and kind change nothing else. Changed content (text,
   * variants, media, channels, network options) was not what was reviewed: a post in review or
   * approved goes back to DRAFT; a SCHEDULED one stays scheduled at the same
   * time when it needs no approval (and still passes the scheduling checks, or
   * the edit is refused), else it goes back to DRAFT, unscheduled.
   */
  async update(ctx: RequestContext, input: UpdatePostInput): Promise<Post> {
    const post = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(ctx, input.postId, manager);
      this.assertFrom('edit', post);
      const before = publishedContent(post);
      const wasScheduled = post.status === PostStatus.SCHEDULED;
      const oldTargetIds = post.targets.map((t) => t.id);
      if (input.body !== undefined) post.body = input.body;
      if (input.media !== undefined) post.media = input.media;
      if (input.tags !== undefined) post.tags = input.tags;
      if (input.kind !== undefined) post.kind = input.kind;
      if (input.channelIds || input.variants || input.targetOptions) {
        const channelIds = input.channelIds ?? post.targets.map((t) => t.channelId);
        const channels = await this.assertChannels(ctx, channelIds, manager);
        // Options given replace the old ones; otherwise each channel kept keeps its own.
        const targetOptions = input.targetOptions ?? post.targets.filter((t) => channelIds.includes(t.channelId) && t.options?.length).map((t) => ({ channelId: t.channelId, options: t.options }));
        this.assertTargetOptions(channels, input.targetOptions);
        await manager.delete(PostTarget, { postId: post.id });
        post.targets = this.targetsFor(
          ctx,
          channelIds,
          input.variants ?? post.targets.map((t) => ({ channelId: t.channelId, text: t.variantText ?? '' })).filter((v) => v.text && channelIds.includes(v.channelId)),
          targetOptions,
        );
      }
      await this.applyPolicies(ctx, post, manager);
      let detail: string | null = null;
      if (publishedContent(post) !== before) {
        // The client approved (or is looking at) other content: their decisions no longer count.
        const clientAsked = post.clientApprovalStatus === ClientApprovalStatus.PENDING || post.clientApprovalStatus === ClientApprovalStatus.APPROVED;
        post.clientApprovalStatus = ClientApprovalStatus.NOT_REQUESTED;
        post.clientApprovalRequestId = null;
        if (clientAsked) detail = "the client's approval no longer applies";
        if (post.status === PostStatus.SCHEDULED && !post.requiresApproval) {
          await this.assertPublishable(post, manager);
          detail = [`still scheduled for ${post.scheduledAt!.toISOString()}`, detail].filter(Boolean).join('; ');
        } else {
          if (post.status === PostStatus.SCHEDULED) {
            detail = [`unscheduled (was for ${post.scheduledAt!.toISOString()}): the new content needs approval`, detail].filter(Boolean).join('; ');
            post.scheduledAt = null;
          }
          post.status = PostStatus.DRAFT;
        }
      }
      const saved = await manager.save(post);
      // New targets (channels or variants given) get new ids: the old ones' jobs are void.
      const targetsReplaced = saved.targets.some((t) => !oldTargetIds.includes(t.id));
      if (wasScheduled && (targetsReplaced || saved.status !== PostStatus.SCHEDULED)) await cancelPublishJobs(manager, oldTargetIds);
      if (targetsReplaced && saved.status === PostStatus.SCHEDULED) await this.sendPublishJobs(ctx, saved, manager);
      await this.record(ctx, saved, PostActivityKind.UPDATED, detail, manager);
      return saved;
    });
    return this.announce(post);
  }

  submit(ctx: RequestContext, input: PostActionInput): Promise<Post> {
    return this.transition(ctx, input.postId, 'submit', PostActivityKind.SUBMITTED, input.comment, async (post, manager) => {
      await this.applyPolicies(ctx, post, manager);
      assertNotBlocked(post.policyCheck.outcome, post.policyCheck.findings as PolicyCheck['findings']);
      post.status = PostStatus.IN_REVIEW;
    });
  }

  approve(ctx: RequestContext, input: PostActionInput): Promise<Post> {
    return this.transition(ctx, input.postId, 'review', PostActivityKind.APPROVED, input.comment, async (post, manager) => {
      assertNotBlocked(post.policyCheck.outcome, post.policyCheck.findings as PolicyCheck['findings']);
      await this.assertMayApprove(ctx, post, manager);
      await this.recordReview(ctx, post, PostStatus.APPROVED, 'post.approved', input.comment, manager);
    });
  }

  requestChanges(ctx: RequestContext, input: PostActionInput): Promise<Post> {
    if (!input.comment?.trim()) throw UserInputError.forField('comment', 'say what should change');
    return this.transition(ctx, input.postId, 'review', PostActivityKind.CHANGES_REQUESTED, input.comment, async (post, manager) => {
      await this.recordReview(ctx, post, PostStatus.DRAFT, 'post.changes_requested', input.comment, manager);
    });
  }

  /** Moves a post out of review and puts the decision in the audit log, in the transition's transaction. */
  private async recordReview(ctx: RequestContext, post: Post, status: PostStatus, action: string, comment: string | undefined, manager: EntityManager): Promise<void> {
    const before = { status: post.status, comment: null };
    post.status = status;
    await this.audit.record(ctx, { action, entityType: 'Post', entityId: post.id, before, after: { status, comment: comment ?? null } }, manager);
  }

  /** Schedules a DRAFT (that needs no approval) or APPROVED post, or moves a SCHEDULED one (history: RESCHEDULED). */
  async schedule(ctx: RequestContext, input: SchedulePostInput): Promise<Post> {
    const at = await this.scheduleTimeOf(ctx, input);
    return this.scheduleAt(ctx, 'schedule', input.postId, at, PostActivityKind.SCHEDULED, `for ${at.toISOString()}`);
  }

  /** Moves a SCHEDULED post to a new time; anything else (e.g. a post that started publishing) is a CONFLICT. */
  async reschedule(ctx: RequestContext, input: SchedulePostInput): Promise<Post> {
    const at = await this.scheduleTimeOf(ctx, input);
    return this.scheduleAt(ctx, 'reschedule', input.postId, at, PostActivityKind.RESCHEDULED, `for ${at.toISOString()}`);
  }

  publishNow(ctx: RequestContext, input: PostActionInput): Promise<Post> {
    return this.scheduleAt(ctx, 'schedule', input.postId, new Date(), PostActivityKind.PUBLISH_REQUESTED, input.comment);
  }

  /** Takes a SCHEDULED post back to DRAFT: its jobs are cancelled and its time cleared, its content and approval findings kept. */
  unschedule(ctx: RequestContext, input: PostActionInput): Promise<Post> {
    return this.transition(ctx, input.postId, 'unschedule', PostActivityKind.UNSCHEDULED, input.comment, async (post, manager) => {
      await cancelPublishJobs(manager, post.targets.map((t) => t.id));
      const detail = [`was scheduled for ${post.scheduledAt!.toISOString()}`, input.comment].filter(Boolean).join('; ');
      post.status = PostStatus.DRAFT;
      post.scheduledAt = null;
      return { detail };
    });
  }

  cancel(ctx: RequestContext, input: PostActionInput): Promise<Post> {
    return this.transition(ctx, input.postId, 'cancel', PostActivityKind.CANCELLED, input.comment, async (post, manager) => {
      if (post.status === PostStatus.SCHEDULED) await cancelPublishJobs(manager, post.targets.map((t) => t.id));
      post.status = PostStatus.CANCELLED;
      for (const target of post.targets) if (target.status === TargetStatus.PENDING) target.status = TargetStatus.CANCELLED;
    });
  }

  /**
   * Deletes a post that never reached a network, with its targets and
   * history, and cancels its waiting publish jobs (a running one finds the
   * post gone). Returns it as it was; subscribers hear of it on postDeleted.
   */
  async remove(ctx: RequestContext, postId: string): Promise<Post> {
    const post = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(ctx, postId, manager);
      this.assertFrom('delete', post);
      const targetIds = post.targets.map((t) => t.id);
      if (post.status === PostStatus.SCHEDULED) await cancelPublishJobs(manager, targetIds);
      // Publish jobs of a FAILED post kept for its ADMINs would only point at targets that are gone.
      await manager.query(`DELETE FROM failed_job WHERE workspace_id = $1 AND kind = $2 AND data->>'targetId' = ANY($3::text[])`, [ctx.workspaceId, PUBLISH_TARGET.name, targetIds]);
      await manager.delete(PostActivity, { workspaceId: ctx.workspaceId, postId });
      await manager.delete(Post, { id: postId, workspaceId: ctx.workspaceId });
      return post;
    });
    await this.events.publish(new PostDeletedEvent(post.workspaceId, post.id));
    return post;
  }

  /**
   * Cadence per channel over rolling windows: last post, posts in the last 7
   * days against the channel's target, promotional share over 30 days, and
   * flags when the channel goes quiet, falls behind or turns into an ad feed.
   * `now` may be in the past (a report's exclusive end): what was published from then on is left out.
   */
  async channelHealth(ctx: RequestContext, now = new Date()): Promise<ChannelHealth[]> {
    const channels = await this.dataSource.getRepository(Channel).find({ where: { workspaceId: ctx.workspaceId, kind: 'NETWORK' }, order: { createdAt: 'ASC' } });
    const rows: Array<{ channel_id: string; last_post_at: Date | null; week: number; month: number; promotional: number }> = await this.dataSource.query(
      `SELECT t.channel_id,
              max(t.published_at) AS last_post_at,
              count(*) FILTER (WHERE t.published_at > $2::timestamptz - interval '7 days')::int AS week,
              count(*) FILTER (WHERE t.published_at > $2::timestamptz - interval '30 days')::int AS month,
              count(*) FILTER (WHERE t.published_at > $2::timestamptz - interval '30 days' AND p.kind = 'PROMOTIONAL')::int AS promotional
         FROM post_target t JOIN post p ON p.id = t.post_id
        WHERE t.workspace_id = $1 AND t.status = 'PUBLISHED' AND t.published_at < $2
        GROUP BY t.channel_id`,
      [ctx.workspaceId, now],
    );
    return channels.map((channel) => {
      const row = rows.find((r) => r.channel_id === channel.id);
      const lastPostAt = row?.last_post_at ?? null;
      const postsThisWeek = row?.week ?? 0;
      const promotionalShare = row?.month ? row.promotional / row.month : null;
      const reasons: string[] = [];
      const quietDays = lastPostAt ? (now.getTime() - lastPostAt.getTime()) / 86_400_000 : Infinity;
      if (quietDays > QUIET_AFTER_DAYS) reasons.push(lastPostAt ? `no post for ${Math.floor(quietDays)} days` : 'nothing published yet');
      if (channel.targetPostsPerWeek && postsThisWeek < channel.targetPostsPerWeek) reasons.push(`${postsThisWeek} of ${channel.targetPostsPerWeek} posts this week`);
      if (promotionalShare !== null && promotionalShare > PROMOTIONAL_SHARE_WARNING) reasons.push(`${Math.round(promotionalShare * 100)}% of last month's posts were promotional`);
      return { channel, lastPostAt, postsThisWeek, targetPostsPerWeek: channel.targetPostsPerWeek, promotionalShare, flagged: reasons.length > 0, reasons };
    });
  }

  /** Text-length and media problems of each target against its network's declared limits. */
  async limitProblems(post: Post, manager: EntityManager = this.dataSource.manager, operation?: object): Promise<Map<string, string[]>> {
    return new Map([...(await this.channelFits(post, manager, operation))].map(([channelId, fit]) => [channelId, fit.problems]));
  }

  /** How a draft (not stored) would fit each of its channels, measured as each network counts: for a composer's live counter. */
  async fit(ctx: RequestContext, args: PostFitArgs): Promise<Map<string, ChannelFit>> {
    await this.assertChannels(ctx, args.channelIds, this.dataSource.manager);
    const variants = new Map((args.variants ?? []).map((v) => [v.channelId, v.text]));
    const post = Object.assign(new Post(), {
      workspaceId: ctx.workspaceId,
      body: args.body,
      media: args.media ?? [],
      targets: [...new Set(args.channelIds)].map((channelId) => Object.assign(new PostTarget(), { channelId, variantText: variants.get(channelId) ?? null })),
    });
    return this.channelFits(post);
  }

  /** Each target's text length and limits as its network counts them, and what does not fit (length, media). */
  private async channelFits(post: Post, manager: EntityManager = this.dataSource.manager, operation?: object): Promise<Map<string, ChannelFit>> {
    const ids = post.targets.map((t) => t.channelId);
    // In a GraphQL operation, the channels of every post it lists are read in one query.
    const channels = operation
      ? (await operationLoader<string, Channel | null>(operation, `channels:${post.workspaceId}`, async (keys) => {
          const found = await this.dataSource.getRepository(Channel).findBy({ id: In([...new Set(keys)]), workspaceId: post.workspaceId });
          return keys.map((id) => found.find((c) => c.id === id) ?? null);
        }).loadMany(ids)).filter((c): c is Channel => c instanceof Channel)
      : await manager.findBy(Channel, { id: In(ids), workspaceId: post.workspaceId });
    // Once per channel for all the posts an operation lists.
    const limitsOf = (channel: Channel) =>
      operation
        ? operationLoader<Channel, ChannelLimits | null>(operation, 'account-limits', (keys) => {
            const byChannel = new Map<string, Promise<ChannelLimits | null>>();
            for (const key of keys) if (!byChannel.has(key.id)) byChannel.set(key.id, this.limitsOf(key));
            return Promise.all(keys.map((key) => byChannel.get(key.id)!));
          }).load(channel)
        : this.limitsOf(channel);
    const fits = new Map<string, ChannelFit>();
    for (const target of post.targets) {
      const channel = channels.find((c) => c.id === target.channelId);
      const limits = channel && (await limitsOf(channel));
      const text = target.variantText ?? post.body;
      if (!channel || !limits) {
        fits.set(target.channelId, { channelId: target.channelId, length: [...text].length, maxLength: null, maxMedia: null, problems: ['this channel cannot publish posts'] });
        continue;
      }
      const found: string[] = [];
      const length = textLength(limits, text);
      if (length > limits.maxLength) found.push(`text is ${length} characters; ${channel.displayName} allows ${limits.maxLength}`);
      if (post.media.length > limits.maxMedia) found.push(`${post.media.length} media attached; ${channel.displayName} allows ${limits.maxMedia}`);
      if (post.media.length < (limits.minMedia ?? 0)) found.push(`${channel.displayName} needs at least ${limits.minMedia} media attached; this post has ${post.media.length}`);
      const hashtags = countHashtags(text);
      if (limits.maxHashtags !== undefined && hashtags > limits.maxHashtags) found.push(`text has ${hashtags} hashtags; ${channel.displayName} allows ${limits.maxHashtags}`);
      const refused = post.media.filter((m) => !limits.mediaTypes.includes(m.mimeType)).map((m) => m.mimeType);
      if (refused.length) found.push(`${channel.displayName} does not accept ${[...new Set(refused)].join(', ')}`);
      // Aspect ratios, sizes and durations the network declares, for media whose dimensions are given.
      found.push(...mediaLimitProblems(limits.mediaRules, post.media, channel.displayName));
      fits.set(target.channelId, { channelId: target.channelId, length, maxLength: limits.maxLength, maxMedia: limits.maxMedia, problems: found });
    }
    return fits;
  }

  /** The channel type's limits with the account's own over them (a Mastodon server's), as the driver last read them; null when it cannot publish. */
  private async limitsOf(channel: Channel): Promise<ChannelLimits | null> {
    const provided = this.registry.channelType(channel.type);
    if (!provided?.driver.limits) return null;
    const { driver, owner } = provided;
    const account = driver.accountLimits ? await driver.accountLimits(this.contexts.forChannel(channel, owner)) : null;
    return { ...driver.limits, ...account };
  }

  private async scheduleTimeOf(ctx: RequestContext, input: SchedulePostInput): Promise<Date> {
    const workspace = await this.dataSource.manager.findOneByOrFail(Workspace, { id: ctx.workspaceId });
    const time = readScheduleTime(input.at, input.timezone ?? workspace.timezone);
    if (time.problem !== undefined) throw UserInputError.forField('at', time.problem);
    return time.at;
  }

  private async scheduleAt(ctx: RequestContext, action: 'schedule' | 'reschedule', postId: string, at: Date, kind: PostActivityKind, detail: string | undefined): Promise<Post> {
    return this.transition(ctx, postId, action, kind, detail, async (post, manager) => {
      const previous = post.status === PostStatus.SCHEDULED ? post.scheduledAt : null;
      await this.applyPolicies(ctx, post, manager);
      await this.makeScheduled(ctx, post, at, manager);
      if (previous && kind !== PostActivityKind.PUBLISH_REQUESTED) return { kind: PostActivityKind.RESCHEDULED, detail: `from ${previous.toISOString()} to ${at.toISOString()}` };
    });
  }

  /** Schedules a post whose policies were just checked: refused when blocked, unapproved or not fitting; its earlier jobs replaced by jobs for `at`. */
  private async makeScheduled(ctx: RequestContext, post: Post, at: Date, manager: EntityManager): Promise<void> {
    const workspace = await manager.findOneByOrFail(Workspace, { id: ctx.workspaceId });
    // A time in the calendar is fine while the client decides; going out is not (the publish job checks again).
    if (needsClientApproval(workspace.approvalMode) && post.clientApprovalStatus !== ClientApprovalStatus.APPROVED && at.getTime() <= Date.now()) {
      throw new ConflictError(`This post needs the client's approval before it is published (it is ${post.clientApprovalStatus}): ask with requestClientApproval, or schedule it for later.`);
    }
    // In CLIENT_ONLY the client's approval stands in for an ADMIN's.
    if (post.requiresApproval && post.status === PostStatus.DRAFT && workspace.approvalMode !== ApprovalMode.CLIENT_ONLY) {
      throw new ConflictError('This post needs approval before it can be scheduled: submit it for review and have an ADMIN approve it.');
    }
    await this.assertPublishable(post, manager);
    if (post.status === PostStatus.SCHEDULED) await cancelPublishJobs(manager, post.targets.map((t) => t.id));
    post.status = PostStatus.SCHEDULED;
    post.scheduledAt = at;
    await this.sendPublishJobs(ctx, post, manager);
  }

  /** The jobs commit with the schedule: a worker never finds a job whose post is not scheduled yet. */
  private async sendPublishJobs(ctx: RequestContext, post: Post, manager: EntityManager): Promise<void> {
    const at = post.scheduledAt!;
    for (const target of post.targets) {
      if (target.status !== TargetStatus.PENDING) continue;
      await this.queue.send(PUBLISH_TARGET, { workspaceId: ctx.workspaceId, targetId: target.id, scheduledAt: at.toISOString() }, { startAfter: at, transaction: manager });
    }
  }

  /** What scheduling requires of the content: no blocking finding, and every channel's limits met. */
  private async assertPublishable(post: Post, manager: EntityManager): Promise<void> {
    assertNotBlocked(post.policyCheck.outcome, post.policyCheck.findings as PolicyCheck['findings']);
    const fields: FieldProblem[] = [...(await this.limitProblems(post, manager))].flatMap(([channelId, messages]) =>
      messages.map((message) => ({ field: `targets.${channelId}`, message })),
    );
    if (fields.length) throw new UserInputError(`The post does not fit its channels. ${fields.map((f) => f.message).join('; ')}`, fields);
  }

  /**
   * With the workspace's requireDifferentApprover on, a post is approved by
   * someone other than whoever wrote or edited it, and by a person: an API
   * key cannot tell who holds it.
   */
  private async assertMayApprove(ctx: RequestContext, post: Post, manager: EntityManager): Promise<void> {
    const workspace = await manager.findOneByOrFail(Workspace, { id: ctx.workspaceId });
    if (!workspace.requireDifferentApprover) return;
    if (!ctx.userId) throw new ForbiddenError('This workspace requires a different approver: approve posts signed in as yourself, not with an API key.');
    const wrote = post.authorId === ctx.userId || (await manager.existsBy(PostActivity, { workspaceId: ctx.workspaceId, postId: post.id, kind: PostActivityKind.UPDATED, actorId: ctx.userId }));
    if (wrote) throw new ForbiddenError('This workspace requires a different approver: you wrote or edited this post, so another ADMIN must approve it.');
  }

  /** Loads and locks a post, checks the action is allowed from its status, applies the change, records it and announces it after commit. */
  private async transition(
    ctx: RequestContext,
    postId: string,
    action: keyof typeof ALLOWED_FROM,
    kind: PostActivityKind,
    detail: string | null | undefined,
    change: (post: Post, manager: EntityManager) => Promise<ChangeOutcome>,
  ): Promise<Post> {
    const post = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(ctx, postId, manager);
      this.assertFrom(action, post);
      const outcome = await change(post, manager);
      const saved = await manager.save(post);
      await this.record(ctx, saved, outcome?.kind ?? kind, outcome?.detail ?? detail ?? null, manager);
      return saved;
    });
    return this.announce(post);
  }

  private async lock(ctx: RequestContext, postId: string, manager: EntityManager): Promise<Post> {
    await manager.createQueryBuilder(Post, 'post').setLock('pessimistic_write').where('post.id = :postId AND post.workspaceId = :workspaceId', { postId, workspaceId: ctx.workspaceId }).getOne();
    return this.get(ctx, postId, manager);
  }

  private assertFrom(action: keyof typeof ALLOWED_FROM, post: Post): void {
    const allowed: readonly PostStatus[] = ALLOWED_FROM[action];
    if (!allowed.includes(post.status)) {
      throw new ConflictError(`Cannot ${action} a ${post.status} post; only from ${allowed.join(', ')}.`);
    }
  }

  /** Runs OUTBOUND_POST policies on the body and each channel's text; stores the outcome and findings on the post. */
  private async applyPolicies(ctx: RequestContext, post: Post, manager: EntityManager): Promise<void> {
    const checks: PolicyCheck['findings'] = [];
    let outcome = OutboundOutcome.ALLOW;
    for (const target of post.targets) {
      const decision = await this.policies.evaluate(ctx, { workspaceId: ctx.workspaceId, scope: PolicyScope.OUTBOUND_POST, text: target.variantText ?? post.body, channelId: target.channelId });
      if (OUTCOME_RANK[decision.outbound!] > OUTCOME_RANK[outcome]) outcome = decision.outbound!;
      checks.push(...decision.findings.map(({ config: _config, ...finding }) => ({ ...finding, channelId: target.channelId }) as PolicyCheck['findings'][number]));
    }
    const workspace = await manager.findOneByOrFail(Workspace, { id: ctx.workspaceId });
    post.policyCheck = { outcome, findings: checks };
    post.requiresApproval = workspace.postApprovalRequired || workspace.approvalMode === ApprovalMode.INTERNAL_THEN_CLIENT || outcome === OutboundOutcome.REQUIRE_APPROVAL;
  }

  private targetsFor(
    ctx: RequestContext,
    channelIds: string[],
    variants: Array<{ channelId: string; text: string }> = [],
    targetOptions: Array<Pick<PostTargetOptionsInput, 'channelId' | 'options'>> = [],
  ): PostTarget[] {
    const unique = [...new Set(channelIds)];
    const stray = variants.find((v) => !unique.includes(v.channelId));
    if (stray) throw UserInputError.forField('variants', `channel ${stray.channelId} has a variant but is not in channelIds`);
    const strayOptions = targetOptions.findIndex((o) => !unique.includes(o.channelId));
    if (strayOptions >= 0) throw UserInputError.forField(`targetOptions.${strayOptions}.channelId`, `channel ${targetOptions[strayOptions]!.channelId} has options but is not in channelIds`);
    return unique.map((channelId) =>
      Object.assign(new PostTarget(), {
        workspaceId: ctx.workspaceId,
        channelId,
        variantText: variants.find((v) => v.channelId === channelId)?.text ?? null,
        options: (targetOptions.find((o) => o.channelId === channelId)?.options ?? []).map(({ name, value }) => ({ name, value })),
        status: TargetStatus.PENDING,
        attempts: 0,
      }),
    );
  }

  /**
   * Each channel's options against its driver's postOptionsSchema: a channel type that declares none takes none,
   * and every problem is BAD_USER_INPUT on `targetOptions.<i>.options.<name>`.
   */
  assertTargetOptions(channels: Channel[], targetOptions: PostTargetOptionsInput[] = []): void {
    const seen = new Set<string>();
    targetOptions.forEach((entry, index) => {
      const field = `targetOptions.${index}.options`;
      if (seen.has(entry.channelId)) throw UserInputError.forField(`targetOptions.${index}.channelId`, `channel ${entry.channelId} has options twice`);
      seen.add(entry.channelId);
      const channel = channels.find((c) => c.id === entry.channelId);
      const driver = channel && this.registry.channelType(channel.type)?.driver;
      if (!driver || !entry.options.length) return; // an unknown channel is refused on channelIds
      const schema = driver.postOptionsSchema as { properties?: Record<string, { enum?: unknown[] }> } | undefined;
      if (!schema) throw UserInputError.forField(field, `${driver.displayName} takes no post options`);
      const values: Record<string, string> = {};
      for (const option of entry.options) {
        if (option.name in values) throw UserInputError.forField(`${field}.${option.name}`, `${option.name} is given twice`);
        values[option.name] = option.value;
      }
      const result = validateAgainstSchema(driver.postOptionsSchema!, values);
      const [problem] = result.errors;
      if (problem) {
        const allowed = schema.properties?.[problem.field]?.enum;
        const known = Object.keys(schema.properties ?? {}).join(', ');
        const message = problem.message === 'is not an allowed property' ? `${driver.displayName} has no post option "${problem.field}" (it has ${known})` : `${problem.field} ${problem.message}${Array.isArray(allowed) ? `: ${allowed.join(', ')}` : ''}`;
        throw UserInputError.forField(`${field}.${problem.field}`, message);
      }
    });
  }

  private async assertChannels(ctx: RequestContext, channelIds: string[], manager: EntityManager): Promise<Channel[]> {
    const found = await manager.findBy(Channel, { id: In(channelIds), workspaceId: ctx.workspaceId });
    const missing = channelIds.filter((id) => !found.some((c) => c.id === id));
    if (missing.length) throw UserInputError.forField('channelIds', `no such channel in this workspace: ${missing.join(', ')}`);
    const notNetworks = found.filter((c) => c.kind !== 'NETWORK');
    if (notNetworks.length) throw UserInputError.forField('channelIds', `${notNetworks.map((c) => c.displayName).join(', ')} is a review source, not a network`);
    return found;
  }

  private async record(ctx: RequestContext, post: Post, kind: PostActivityKind, detail: string | null, manager: EntityManager): Promise<void> {
    await manager.save(manager.create(PostActivity, { workspaceId: post.workspaceId, postId: post.id, kind, actorId: ctx.userId, detail }));
  }

  private async announce(post: Post): Promise<Post> {
    await this.events.publish(new PostUpdatedEvent(post.workspaceId, post));
    return post;
  }
}
