import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService, auditSnapshot } from '../audit/audit.service.js';
import { operationLoader } from '../common/data-loader.js';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import type { ChannelSyncResult } from '../channels/dto/channel-sync.types.js';
import { ConflictError, notBlank, NotFoundError, UpstreamUnavailableError, UserInputError } from '../common/errors.js';
import { paginate, paginateByParent, type Connection, type ConnectionArgs } from '../common/pagination.js';
import type { NodeSelection } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { assertKnownTemplateVariables, renderTemplate, TemplateContext, templateVariablesProblem } from '../common/template-variables.js';
import { savedUnlessTaken } from '../database/database-errors.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PoliciesService } from '../policies/policies.service.js';
import { ChannelsService } from '../channels/channels.service.js';
import { errorReason } from '../channels/network-failure.js';
import type { BacktestItem } from '../policies/backtest.js';
import { assertNotBlocked, OutboundOutcome } from '../policies/policy-engine.js';
import { PolicyScope } from '../policies/policy.enums.js';
import type { RatingCount, Reputation, WeeklyReputation } from './dto/reputation.types.js';
import type { CreateReviewReplyTemplateInput, UpdateReviewReplyTemplateInput, DisputeReviewInput, FlagReviewInput, ReplyToReviewInput, ReputationArgs, ResolveDisputeInput, ReviewRefInput, ReviewsArgs, UnflagReviewInput, UpdateReviewSettingsInput } from './dto/review.inputs.js';
import { ReviewDispute } from './review-dispute.entity.js';
import { DisputeCreatedEvent, DisputeUpdatedEvent, ReviewReplyUpdatedEvent, ReviewUpdatedEvent } from './review-events.js';
import { ReviewFlagChange } from './review-flag-change.entity.js';
import { templateValues } from './review-ingestion.service.js';
import { ReviewReplyTemplate } from './review-reply-template.entity.js';
import { ReviewRevision } from './review-revision.entity.js';
import { ReviewSettings, reviewSettingsOf } from './review-settings.entity.js';
import { ReviewSourceWorker, type ReviewSourceHandle } from './review-source-worker.js';
import { Review } from './review.entity.js';
import { DisputeStatus, ReviewFlagAction, ReviewReplyStatus } from './review.enums.js';
import { SEND_REVIEW_REPLY, SEND_REVIEW_REPORT, SYNC_REVIEW_SOURCE } from './review.jobs.js';

/** The whole-star rating (1–5) compared with reply templates' bands. */
function bandRating(review: Review): number {
  return Math.round(review.rating);
}

/** Reply states in which nobody has answered the review yet. */
const AWAITING_REPLY = [ReviewReplyStatus.DRAFT, ReviewReplyStatus.FAILED];
/** A review has at most one of these at a time; a FAILED dispute does not stop a new one. */
const UNRESOLVED_DISPUTE = [DisputeStatus.OPEN, DisputeStatus.QUEUED, DisputeStatus.SUBMITTED];
/** The site can only give a verdict on a dispute it received (or one filed by hand). */
const RESOLVABLE_DISPUTE = [DisputeStatus.OPEN, DisputeStatus.SUBMITTED];

/** What a review source is asked to do, in the words of the refusal when its driver cannot. */
const CANNOT = {
  reply: 'take replies',
  deleteReply: 'delete replies',
  report: 'take reports; dispute the review on the site yourself and record it with manual: true',
} as const;

function templateNameTaken(name: string): ConflictError {
  return new ConflictError(`A template named "${name}" already exists.`);
}

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly worker: ReviewSourceWorker,
    private readonly channels: ChannelsService,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {
    policies.registerBacktestSource({ scope: PolicyScope.REVIEW, label: 'reviews', items: (workspaceId, since, limit) => this.backtestItems(workspaceId, since, limit) });
  }

  /** Stored reviews since a date (title and text together, as at ingestion), for replaying REVIEW policies. */
  private async backtestItems(workspaceId: string, since: Date, limit: number): Promise<BacktestItem[]> {
    const rows: Array<{ id: string; text: string; channel_id: string; type: string }> = await this.dataSource.query(
      `SELECT r.id, concat_ws(E'\n', r.title, r.body) AS text, r.channel_id, c.type FROM review r JOIN channel c ON c.id = r.channel_id
        WHERE r.workspace_id = $1 AND r.created_at >= $2 ORDER BY r.created_at, r.id LIMIT $3`,
      [workspaceId, since, limit],
    );
    return rows.map((row) => ({ itemType: 'review', itemId: row.id, text: row.text, channelId: row.channel_id, channelCode: row.type }));
  }

  /** Reviews of the workspace, newest first, filtered for triage. */
  list(ctx: RequestContext, args: ReviewsArgs, selection?: NodeSelection): Promise<Connection<Review>> {
    const query = this.dataSource.getRepository(Review).createQueryBuilder('review').where('review.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (args.channelId) query.andWhere('review.channelId = :channelId', { channelId: args.channelId });
    if (args.urgent !== undefined) query.andWhere('review.urgent = :urgent', { urgent: args.urgent });
    if (args.awaitingReply !== undefined) {
      const awaiting = '(review.reply_status IS NULL OR review.reply_status IN (:...awaiting))';
      query.andWhere(args.awaitingReply ? awaiting : `NOT ${awaiting}`, { awaiting: AWAITING_REPLY });
    }
    if (args.flagged !== undefined) query.andWhere(`cardinality(review.flags) ${args.flagged ? '>' : '='} 0`);
    if (args.minSuspicion !== undefined) query.andWhere('review.suspicion >= :minSuspicion', { minSuspicion: args.minSuspicion });
    if (args.maxRating !== undefined) query.andWhere('review.rating <= :maxRating', { maxRating: args.maxRating });
    if (args.sentiment) query.andWhere('review.sentiment = :sentiment', { sentiment: args.sentiment });
    if (args.replyStatus) query.andWhere('review.reply_status = :replyStatus', { replyStatus: args.replyStatus });
    return paginate(query, args, { property: 'sourceCreatedAt', direction: 'DESC' }, selection);
  }

  async get(ctx: RequestContext, reviewId: string, manager: EntityManager = this.dataSource.manager): Promise<Review> {
    const review = await manager.findOneBy(Review, { id: reviewId, workspaceId: ctx.workspaceId });
    if (!review) throw new NotFoundError('Review', reviewId);
    return review;
  }

  /** Earlier versions of an (already authorised) review, oldest first; those of every review the operation lists come from one query. */
  revisions(review: Review, args: ConnectionArgs, operation: object): Promise<Connection<ReviewRevision>> {
    return this.childPage(operation, 'revisions', ReviewRevision, review, args);
  }

  /** Flags put on and taken off an (already authorised) review, oldest first (one query per operation, as revisions). */
  flagHistory(review: Review, args: ConnectionArgs, operation: object): Promise<Connection<ReviewFlagChange>> {
    return this.childPage(operation, 'flagHistory', ReviewFlagChange, review, args);
  }

  /** Disputes of an (already authorised) review, oldest first (one query per operation, as revisions). */
  disputes(review: Review, args: ConnectionArgs, operation: object): Promise<Connection<ReviewDispute>> {
    return this.childPage(operation, 'disputes', ReviewDispute, review, args);
  }

  private childPage<T extends ObjectLiteral & { id: string }>(operation: object, name: string, entity: EntityTarget<T>, review: Review, args: ConnectionArgs): Promise<Connection<T>> {
    const loader = operationLoader<Review, Connection<T>>(operation, `${name}:${args.first ?? ''}:${args.after ?? ''}`, async (reviews) => {
      const pages = await paginateByParent(this.dataSource.getRepository(entity), 'reviewId', reviews.map((r) => r.id), review.workspaceId, args);
      return reviews.map((r) => pages.get(r.id)!);
    });
    return loader.load(review);
  }

  /**
   * Answers a review publicly, replacing an earlier answer. The text must fit
   * the site's limit; OUTBOUND_REPLY policies may refuse it (BLOCK) or hold it
   * for an ADMIN (REQUIRE_APPROVAL). Sending happens on the queue.
   */
  async reply(ctx: RequestContext, input: ReplyToReviewInput): Promise<Review> {
    const review = await this.get(ctx, input.reviewId);
    const { provided, channel } = await this.sourceFor(review, 'reply');
    if (!input.body === !input.templateId) throw UserInputError.forField('body', 'give either body or templateId');
    const body = input.body
      ? renderTemplate(input.body, TemplateContext.REVIEW, templateValues(review), 'body')
      : renderTemplate(this.assertFits(await this.template(ctx, input.templateId!), review, input.allowOutsideRatingBand ?? false).body, TemplateContext.REVIEW, templateValues(review), 'templateId');
    const { maxLength, maxBytes } = provided.driver.replyLimits ?? {};
    const field = input.body ? 'body' : 'templateId';
    if (maxLength !== undefined && body.length > maxLength) throw UserInputError.forField(field, `is ${body.length} characters long; ${channel.displayName} takes at most ${maxLength}`);
    const bytes = Buffer.byteLength(body, 'utf8');
    if (maxBytes !== undefined && bytes > maxBytes) throw UserInputError.forField(field, `is ${bytes} bytes long in UTF-8; ${channel.displayName} takes at most ${maxBytes}`);
    const decision = await this.policies.evaluateIn(ctx.workspaceId, { scope: PolicyScope.OUTBOUND_REPLY, text: body, channelId: review.channelId });
    assertNotBlocked(decision.outbound, decision.findings);
    const status = decision.outbound === OutboundOutcome.REQUIRE_APPROVAL ? ReviewReplyStatus.PENDING_APPROVAL : ReviewReplyStatus.QUEUED;
    return this.changeReply(ctx, review.id, (current) => ({ body, status, revision: current.revision + 1, byUserId: ctx.userId, sentAt: null, error: null, externalId: current.externalId }));
  }

  listTemplates(ctx: RequestContext): Promise<ReviewReplyTemplate[]> {
    return this.dataSource.getRepository(ReviewReplyTemplate).find({ where: { workspaceId: ctx.workspaceId }, order: { minRating: 'ASC', name: 'ASC' } });
  }

  async createTemplate(ctx: RequestContext, input: CreateReviewReplyTemplateInput): Promise<ReviewReplyTemplate> {
    if (input.minRating > input.maxRating) throw UserInputError.forField('maxRating', 'must not be below minRating');
    assertKnownTemplateVariables(input.body, TemplateContext.REVIEW, 'body');
    const name = notBlank(input.name, 'name');
    const repository = this.dataSource.getRepository(ReviewReplyTemplate);
    if (await repository.existsBy({ workspaceId: ctx.workspaceId, name })) throw templateNameTaken(name);
    return savedUnlessTaken(() => repository.save({ workspaceId: ctx.workspaceId, name, minRating: input.minRating, maxRating: input.maxRating, body: input.body }), () => templateNameTaken(name));
  }

  /** Renames a template, moves its rating band or rewrites it, checked as when it was created. */
  async updateTemplate(ctx: RequestContext, input: UpdateReviewReplyTemplateInput): Promise<ReviewReplyTemplate> {
    if (input.body !== undefined) assertKnownTemplateVariables(input.body, TemplateContext.REVIEW, 'body');
    return this.dataSource.transaction(async (manager) => {
      const template = await this.template(ctx, input.id, manager);
      const name = input.name === undefined ? template.name : notBlank(input.name, 'name');
      const minRating = input.minRating ?? template.minRating;
      const maxRating = input.maxRating ?? template.maxRating;
      if (minRating > maxRating) throw UserInputError.forField(input.maxRating === undefined ? 'minRating' : 'maxRating', `the band would be ${minRating}–${maxRating}: minRating must not be above maxRating`);
      if (await manager.existsBy(ReviewReplyTemplate, { workspaceId: ctx.workspaceId, name, id: Not(template.id) })) throw templateNameTaken(name);
      Object.assign(template, { name, minRating, maxRating, body: input.body ?? template.body });
      return savedUnlessTaken(() => manager.save(template), () => templateNameTaken(name));
    });
  }

  async deleteTemplate(ctx: RequestContext, id: string): Promise<ReviewReplyTemplate> {
    const template = await this.template(ctx, id);
    await this.dataSource.getRepository(ReviewReplyTemplate).delete({ id, workspaceId: ctx.workspaceId });
    return { ...template, id };
  }

  /** The reply of the first template whose band holds the review's rating, filled in; null when none does. */
  async suggestedReply(review: Review, operation: object): Promise<string | null> {
    // The workspace's templates are read once for every review the operation lists.
    const templates = await operationLoader<string, ReviewReplyTemplate[]>(operation, 'replyTemplates', async (workspaceIds) => {
      const found = await this.dataSource.getRepository(ReviewReplyTemplate).findBy({ workspaceId: In([...new Set(workspaceIds)]) });
      return workspaceIds.map((id) => found.filter((t) => t.workspaceId === id));
    }).load(review.workspaceId);
    const rating = bandRating(review);
    // The narrowest band holding the rating, then by name.
    const template = templates.filter((t) => rating >= t.minRating && rating <= t.maxRating).sort((a, b) => a.maxRating - a.minRating - (b.maxRating - b.minRating) || a.name.localeCompare(b.name))[0];
    // A template saved before variables were checked is not suggested with a raw {{variable}} in it.
    return template && !templateVariablesProblem(template.body, TemplateContext.REVIEW) ? renderTemplate(template.body, TemplateContext.REVIEW, templateValues(review), 'templateId') : null;
  }

  /** A template sent on a review outside its band (a 5★ thank-you on a 1★ complaint) is refused unless allowed on purpose. */
  private assertFits(template: ReviewReplyTemplate, review: Review, allowOutsideRatingBand: boolean): ReviewReplyTemplate {
    const rating = bandRating(review);
    if (allowOutsideRatingBand || (rating >= template.minRating && rating <= template.maxRating)) return template;
    throw UserInputError.forField(
      'templateId',
      `"${template.name}" is for ${template.minRating}–${template.maxRating}★ reviews and this one is rated ${rating}★; pick a template for its rating, or set allowOutsideRatingBand: true to send it anyway`,
    );
  }

  private async template(ctx: RequestContext, id: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewReplyTemplate> {
    const template = await manager.findOneBy(ReviewReplyTemplate, { id, workspaceId: ctx.workspaceId });
    if (!template) throw new NotFoundError('ReviewReplyTemplate', id);
    return template;
  }

  /** Releases a reply held by a REQUIRE_APPROVAL policy (ADMIN). */
  approveReply(ctx: RequestContext, input: ReviewRefInput): Promise<Review> {
    return this.changeReply(ctx, input.reviewId, (current) => {
      if (current.status !== ReviewReplyStatus.PENDING_APPROVAL) throw new ConflictError(`Only replies waiting for approval can be approved; this one is ${current.status ?? 'missing'}.`);
      return { ...current, status: ReviewReplyStatus.QUEUED };
    });
  }

  /** Removes our reply: from the site when it was sent there, and here. */
  async deleteReply(ctx: RequestContext, input: ReviewRefInput): Promise<Review> {
    const review = await this.get(ctx, input.reviewId);
    if (!review.reply.status) throw new ConflictError('This review has no reply.');
    if (review.reply.status === ReviewReplyStatus.SENT) {
      const source = await this.sourceFor(review, 'deleteReply');
      await this.callSite(source, () => source.provided.driver.deleteReply!(source.context, review.externalId));
    }
    // The revision still goes up, so a send job still queued for the old text does nothing.
    return this.changeReply(ctx, review.id, (current) => ({ body: null, status: null, revision: current.revision + 1, byUserId: null, sentAt: null, error: null, externalId: null }));
  }

  /** Puts a flag on a review; one it already has is left as it is. */
  flag(ctx: RequestContext, input: FlagReviewInput): Promise<Review> {
    return this.changeFlag(ctx, input.reviewId, input.reason, ReviewFlagAction.ADDED);
  }

  /**
   * Takes a flag off a review. Taking off "suspicious" overrules the suspicion
   * check: it does not put it back when the review is edited (see ingestion).
   */
  unflag(ctx: RequestContext, input: UnflagReviewInput): Promise<Review> {
    return this.changeFlag(ctx, input.reviewId, input.flag, ReviewFlagAction.REMOVED, 'flag');
  }

  /** Changes one flag under the review's row lock and records who did it in the flag history. */
  private async changeFlag(ctx: RequestContext, reviewId: string, text: string, action: ReviewFlagAction, field = 'reason'): Promise<Review> {
    const flag = notBlank(text, field);
    let changed = false;
    const review = await this.dataSource.transaction(async (manager) => {
      const review = await this.locked(ctx, reviewId, manager);
      const present = review.flags.includes(flag);
      if (action === ReviewFlagAction.REMOVED && !present) {
        throw new ConflictError(`This review has no flag "${flag}"; its flags are: ${review.flags.map((f) => `"${f}"`).join(', ') || 'none'}.`);
      }
      if (action === ReviewFlagAction.ADDED && present) return review;
      review.flags = action === ReviewFlagAction.ADDED ? [...review.flags, flag] : review.flags.filter((f) => f !== flag);
      await manager.save(manager.create(ReviewFlagChange, { workspaceId: ctx.workspaceId, reviewId: review.id, flag, action, byUserId: ctx.userId, bySuspicionCheck: false }));
      changed = true;
      return manager.save(review);
    });
    if (changed) await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, review));
    return review;
  }

  /**
   * Disputes a review with its site. Reported through the driver on the queue
   * (QUEUED, then SUBMITTED with the site's reference, or FAILED with the
   * reason); a source whose driver cannot take reports is refused before
   * anything is saved, unless `manual` records a dispute filed by hand (OPEN).
   */
  async dispute(ctx: RequestContext, input: DisputeReviewInput): Promise<ReviewDispute> {
    const review = await this.get(ctx, input.reviewId);
    const reported = !input.manual;
    if (reported) await this.sourceFor(review, 'report');
    const dispute = await this.dataSource.transaction(async (manager) => {
      // Locked: two disputes of one review arriving at once must not both pass the check.
      await this.locked(ctx, review.id, manager);
      if (await manager.existsBy(ReviewDispute, UNRESOLVED_DISPUTE.map((status) => ({ reviewId: review.id, workspaceId: ctx.workspaceId, status })))) {
        throw new ConflictError('This review already has an unresolved dispute.');
      }
      const status = reported ? DisputeStatus.QUEUED : DisputeStatus.OPEN;
      const saved = await manager.save(manager.create(ReviewDispute, { workspaceId: ctx.workspaceId, reviewId: review.id, reason: input.reason, evidence: input.evidence ?? '', byUserId: ctx.userId, status }));
      if (reported) await this.queue.send(SEND_REVIEW_REPORT, { workspaceId: ctx.workspaceId, disputeId: saved.id }, { transaction: manager });
      return saved;
    });
    await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, review));
    await this.events.publish(new DisputeCreatedEvent(ctx.workspaceId, dispute));
    return dispute;
  }

  /** Records the site's verdict on a dispute it received (or one filed by hand). */
  async resolveDispute(ctx: RequestContext, input: ResolveDisputeInput): Promise<ReviewDispute> {
    const dispute = await this.dataSource.manager.findOneBy(ReviewDispute, { id: input.disputeId, workspaceId: ctx.workspaceId });
    if (!dispute) throw new NotFoundError('ReviewDispute', input.disputeId);
    if (!RESOLVABLE_DISPUTE.includes(dispute.status)) throw new ConflictError(`Only OPEN or SUBMITTED disputes can be resolved; this one is ${dispute.status}.`);
    Object.assign(dispute, { status: input.status, resolvedAt: new Date() });
    const saved = await this.dataSource.manager.save(dispute);
    await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, await this.get(ctx, dispute.reviewId)));
    await this.events.publish(new DisputeUpdatedEvent(ctx.workspaceId, saved));
    return saved;
  }

  /**
   * Syncs a review source now, from its stored cursor, and says how it went (see ChannelSyncResult): a refusal
   * is data (ok: false), a backfill longer than one run (or a retry after a transient failure, or a sync another
   * run is already doing) carries on in the background.
   */
  async requestSync(ctx: RequestContext, channelId: string): Promise<ChannelSyncResult> {
    const channel = await this.dataSource.manager.findOneBy(Channel, { id: channelId, workspaceId: ctx.workspaceId, kind: 'REVIEW_SOURCE' });
    if (!channel) throw new NotFoundError('Channel', channelId);
    if (channel.status !== ChannelStatus.CONNECTED) {
      throw new ConflictError(`The review source is ${channel.status}${channel.statusReason ? ` (${channel.statusReason})` : ''}: reconnect or enable it before syncing.`);
    }
    if (!(await this.worker.source(channel.id, ctx.workspaceId))) throw new ConflictError(`Review source type "${channel.type}" is not loaded: configure its plugin.`);
    const outcome = await this.worker.sync(channel.id);
    const retrying = outcome.failure?.classification === 'retry';
    if (retrying) {
      const wait = outcome.failure?.retryAfterSeconds;
      await this.queue.send(SYNC_REVIEW_SOURCE, { workspaceId: ctx.workspaceId, channelId }, wait ? { startAfter: new Date(Date.now() + wait * 1000) } : {});
    }
    return {
      ok: outcome.failure === null,
      itemsSynced: outcome.created + outcome.edited,
      pages: outcome.pages,
      failure: outcome.failure && { classification: outcome.failure.classification, message: outcome.failure.message },
      continuesInBackground: outcome.busy || outcome.more || retrying,
      channel: await this.dataSource.manager.findOneByOrFail(Channel, { id: channel.id }),
    };
  }

  settings(ctx: RequestContext): Promise<ReviewSettings> {
    return reviewSettingsOf(this.dataSource.manager, ctx.workspaceId);
  }

  /** Changes apply to reviews ingested (or edited) from now on. */
  async updateSettings(ctx: RequestContext, input: UpdateReviewSettingsInput): Promise<ReviewSettings> {
    const settings = await this.settings(ctx);
    const before = auditSnapshot(settings);
    if (input.lowRatingThreshold !== undefined) settings.lowRatingThreshold = input.lowRatingThreshold;
    if (input.watchedNames !== undefined) settings.watchedNames = [...new Set(input.watchedNames.map((name) => name.trim()))];
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(settings);
      await this.audit.record(ctx, { action: 'review_settings.updated', entityType: 'ReviewSettings', entityId: ctx.workspaceId, before, after: saved }, manager);
      return saved;
    });
  }

  /**
   * Average, distribution, weekly trend, reply rate, median reply time and share flagged of the reviews written in a period.
   * A review whose dispute the site upheld (it removed or corrected it) counts in none of them, only in `upheldDisputeCount`.
   */
  async reputation(ctx: RequestContext, args: ReputationArgs): Promise<Reputation> {
    const period = `workspace_id = $1 AND source_created_at >= $2 AND source_created_at < $3 AND ($4::uuid IS NULL OR channel_id = $4)`;
    const upheld = `EXISTS (SELECT 1 FROM review_dispute d WHERE d.review_id = review.id AND d.status = 'UPHELD')`;
    const scope = `${period} AND NOT ${upheld}`;
    const params = [ctx.workspaceId, args.from, args.to, args.channelId ?? null];
    const [excluded]: Array<{ count: number }> = await this.dataSource.query(`SELECT count(*)::int AS count FROM review WHERE ${period} AND ${upheld}`, params);
    const [overall]: Array<{ count: number; average: number | null; replied: number; median: number | null; flagged: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count, avg(rating)::float AS average,
              count(*) FILTER (WHERE reply_status = 'SENT')::int AS replied,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM reply_sent_at - source_created_at)) FILTER (WHERE reply_status = 'SENT') AS median,
              count(*) FILTER (WHERE cardinality(flags) > 0)::int AS flagged
         FROM review WHERE ${scope}`,
      params,
    );
    const stars: Array<{ stars: number; count: number }> = await this.dataSource.query(`SELECT least(5, greatest(1, round(rating)))::int AS stars, count(*)::int AS count FROM review WHERE ${scope} GROUP BY 1`, params);
    const weeks: Array<{ week: string; week_start: Date; count: number; average: number; replied: number; median: number | null }> = await this.dataSource.query(
      `SELECT to_char(week, 'IYYY-"W"IW') AS week, week AT TIME ZONE 'UTC' AS week_start, count(*)::int AS count, avg(rating)::float AS average,
              count(*) FILTER (WHERE reply_status = 'SENT')::int AS replied,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY reply_seconds) FILTER (WHERE reply_status = 'SENT') AS median
         FROM (SELECT date_trunc('week', source_created_at AT TIME ZONE 'UTC') AS week, rating, reply_status,
                      extract(epoch FROM reply_sent_at - source_created_at) AS reply_seconds
                 FROM review WHERE ${scope}) weekly
        GROUP BY weekly.week ORDER BY weekly.week`,
      params,
    );
    const share = (part: number) => (overall.count ? part / overall.count : null);
    return {
      count: overall.count,
      averageRating: overall.average,
      distribution: [1, 2, 3, 4, 5].map((n): RatingCount => ({ stars: n, count: stars.find((row) => row.stars === n)?.count ?? 0 })),
      trend: weeks.map((row): WeeklyReputation => ({ week: row.week, weekStart: row.week_start, count: row.count, averageRating: row.average, replyRate: row.replied / row.count, medianReplySeconds: row.median })),
      replyRate: share(overall.replied),
      medianReplySeconds: overall.median,
      flaggedShare: share(overall.flagged),
      upheldDisputeCount: excluded.count,
    };
  }

  /** The review's source, when its driver is loaded and declares it can do what is asked; CONFLICT otherwise. */
  private async sourceFor(review: Review, capability: keyof typeof CANNOT): Promise<ReviewSourceHandle> {
    const source = await this.worker.source(review.channelId, review.workspaceId);
    if (!source || !source.provided.driver.capabilities[capability] || !source.provided.driver[capability]) {
      throw new ConflictError(`This review source cannot ${CANNOT[capability]}.`);
    }
    return source;
  }

  /**
   * Calls the review site now (the caller waits for its answer). A transient
   * failure is UPSTREAM_UNAVAILABLE (try again later); a refusal, or revoked
   * credentials, is CONFLICT, since trying again will not help until something changes.
   */
  private async callSite<T>(source: ReviewSourceHandle, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const classification = await this.channels.recordFailure(source.channel, source.provided.driver, error);
      const reason = errorReason(error);
      if (classification === 'retry') throw new UpstreamUnavailableError(`The review site could not be reached (${reason}); try again later.`);
      if (classification === 'reauthorize') throw new ConflictError(`The review site refused our credentials (${reason}); reconnect the review source.`);
      throw new ConflictError(`The review site refused it: ${reason}`);
    }
  }

  private async locked(ctx: RequestContext, reviewId: string, manager: EntityManager): Promise<Review> {
    const review = await manager.createQueryBuilder(Review, 'review').setLock('pessimistic_write').where('review.id = :id AND review.workspaceId = :workspaceId', { id: reviewId, workspaceId: ctx.workspaceId }).getOne();
    if (!review) throw new NotFoundError('Review', reviewId);
    return review;
  }

  /** Replaces the reply under a row lock, queues it when it is ready to send, and tells subscribers. */
  private async changeReply(ctx: RequestContext, reviewId: string, next: (current: Review['reply']) => Review['reply']): Promise<Review> {
    const review = await this.dataSource.transaction(async (manager) => {
      const review = await this.locked(ctx, reviewId, manager);
      review.reply = next(review.reply);
      return manager.save(review);
    });
    if (review.reply.status === ReviewReplyStatus.QUEUED) await this.queue.send(SEND_REVIEW_REPLY, { workspaceId: review.workspaceId, reviewId: review.id, revision: review.reply.revision });
    await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, review));
    await this.events.publish(new ReviewReplyUpdatedEvent(ctx.workspaceId, review));
    return review;
  }
}
