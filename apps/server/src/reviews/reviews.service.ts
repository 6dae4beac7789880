import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Channel } from '../channels/channel.entity.js';
import { ConflictError, NotFoundError, UpstreamUnavailableError, UserInputError } from '../common/errors.js';
import { paginate, type Connection, type ConnectionArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { assertKnownTemplateVariables, renderTemplate, TemplateContext, templateVariablesProblem } from '../common/template-variables.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PoliciesService } from '../policies/policies.service.js';
import { ChannelsService } from '../channels/channels.service.js';
import type { BacktestItem } from '../policies/backtest.js';
import { assertNotBlocked, OutboundOutcome } from '../policies/policy-engine.js';
import { PolicyScope } from '../policies/policy.enums.js';
import type { RatingCount, Reputation, WeeklyReputation } from './dto/reputation.types.js';
import type { CreateReviewReplyTemplateInput, DisputeReviewInput, FlagReviewInput, ReplyToReviewInput, ReputationArgs, ResolveDisputeInput, ReviewRefInput, ReviewsArgs, UpdateReviewSettingsInput } from './dto/review.inputs.js';
import { ReviewDispute } from './review-dispute.entity.js';
import { ReviewUpdatedEvent } from './review-events.js';
import { templateValues } from './review-ingestion.service.js';
import { ReviewReplyTemplate } from './review-reply-template.entity.js';
import { ReviewRevision } from './review-revision.entity.js';
import { ReviewSettings, reviewSettingsOf } from './review-settings.entity.js';
import { ReviewSourceWorker, type ReviewSourceHandle } from './review-source-worker.js';
import { Review } from './review.entity.js';
import { DisputeStatus, ReviewReplyStatus } from './review.enums.js';
import { SEND_REVIEW_REPLY, SYNC_REVIEW_SOURCE } from './review.jobs.js';

/** The whole-star rating (1–5) compared with reply templates' bands. */
function bandRating(review: Review): number {
  return Math.round(review.rating);
}

/** Reply states in which nobody has answered the review yet. */
const AWAITING_REPLY = [ReviewReplyStatus.DRAFT, ReviewReplyStatus.FAILED];
const UNRESOLVED_DISPUTE = [DisputeStatus.OPEN, DisputeStatus.SUBMITTED];

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly worker: ReviewSourceWorker,
    private readonly channels: ChannelsService,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
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
  list(ctx: RequestContext, args: ReviewsArgs): Promise<Connection<Review>> {
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
    return paginate(query, args, { property: 'sourceCreatedAt', direction: 'DESC' });
  }

  async get(ctx: RequestContext, reviewId: string, manager: EntityManager = this.dataSource.manager): Promise<Review> {
    const review = await manager.findOneBy(Review, { id: reviewId, workspaceId: ctx.workspaceId });
    if (!review) throw new NotFoundError('Review', reviewId);
    return review;
  }

  /** Earlier versions of an (already authorised) review, oldest first. */
  revisions(review: Review, args: ConnectionArgs): Promise<Connection<ReviewRevision>> {
    const query = this.dataSource.getRepository(ReviewRevision).createQueryBuilder('revision').where('revision.reviewId = :id AND revision.workspaceId = :workspaceId', { id: review.id, workspaceId: review.workspaceId });
    return paginate(query, args);
  }

  /** Disputes of an (already authorised) review, oldest first. */
  disputes(review: Review, args: ConnectionArgs): Promise<Connection<ReviewDispute>> {
    const query = this.dataSource.getRepository(ReviewDispute).createQueryBuilder('dispute').where('dispute.reviewId = :id AND dispute.workspaceId = :workspaceId', { id: review.id, workspaceId: review.workspaceId });
    return paginate(query, args);
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
    const maxLength = provided.driver.replyLimits?.maxLength;
    if (maxLength !== undefined && body.length > maxLength) throw UserInputError.forField('body', `is ${body.length} characters long; ${channel.displayName} takes at most ${maxLength}`);
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
    const repository = this.dataSource.getRepository(ReviewReplyTemplate);
    if (await repository.existsBy({ workspaceId: ctx.workspaceId, name: input.name.trim() })) throw new ConflictError(`A template named "${input.name.trim()}" already exists.`);
    return repository.save({ workspaceId: ctx.workspaceId, name: input.name.trim(), minRating: input.minRating, maxRating: input.maxRating, body: input.body });
  }

  async deleteTemplate(ctx: RequestContext, id: string): Promise<ReviewReplyTemplate> {
    const template = await this.template(ctx, id);
    await this.dataSource.getRepository(ReviewReplyTemplate).delete({ id, workspaceId: ctx.workspaceId });
    return { ...template, id };
  }

  /** The reply of the first template whose band holds the review's rating, filled in; null when none does. */
  async suggestedReply(review: Review): Promise<string | null> {
    const template = await this.dataSource
      .getRepository(ReviewReplyTemplate)
      .createQueryBuilder('t')
      .where('t.workspaceId = :ws AND :rating BETWEEN t.minRating AND t.maxRating', { ws: review.workspaceId, rating: bandRating(review) })
      .orderBy('t.maxRating - t.minRating', 'ASC')
      .addOrderBy('t.name', 'ASC')
      .getOne();
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

  private async template(ctx: RequestContext, id: string): Promise<ReviewReplyTemplate> {
    const template = await this.dataSource.getRepository(ReviewReplyTemplate).findOneBy({ id, workspaceId: ctx.workspaceId });
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

  async flag(ctx: RequestContext, input: FlagReviewInput): Promise<Review> {
    const review = await this.dataSource.transaction(async (manager) => {
      const review = await this.locked(ctx, input.reviewId, manager);
      review.flags = [...new Set([...review.flags, input.reason.trim()])];
      return manager.save(review);
    });
    await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, review));
    return review;
  }

  /**
   * Disputes a review with its site: reported through the driver when the site
   * takes reports (SUBMITTED, with the site's reference), else recorded OPEN to
   * follow up by hand. A failed report saves nothing and can be tried again.
   */
  async dispute(ctx: RequestContext, input: DisputeReviewInput): Promise<ReviewDispute> {
    const review = await this.get(ctx, input.reviewId);
    if (await this.dataSource.manager.existsBy(ReviewDispute, UNRESOLVED_DISPUTE.map((status) => ({ reviewId: review.id, workspaceId: ctx.workspaceId, status })))) {
      throw new ConflictError('This review already has an unresolved dispute.');
    }
    const dispute = this.dataSource.manager.create(ReviewDispute, { workspaceId: ctx.workspaceId, reviewId: review.id, reason: input.reason, evidence: input.evidence ?? '', byUserId: ctx.userId, status: DisputeStatus.OPEN });
    const source = await this.worker.source(review.channelId, ctx.workspaceId);
    const report = source?.provided.driver.capabilities.report ? source.provided.driver.report : undefined;
    if (source && report) {
      const { reference } = await this.callSite(source, () => report.call(source.provided.driver, source.context, { reviewExternalId: review.externalId, reason: dispute.reason, evidence: dispute.evidence }));
      Object.assign(dispute, { status: DisputeStatus.SUBMITTED, platformReference: reference, submittedAt: new Date() });
    }
    const saved = await this.dataSource.manager.save(dispute);
    await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, review));
    return saved;
  }

  /** Records the site's verdict on a dispute. */
  async resolveDispute(ctx: RequestContext, input: ResolveDisputeInput): Promise<ReviewDispute> {
    const dispute = await this.dataSource.manager.findOneBy(ReviewDispute, { id: input.disputeId, workspaceId: ctx.workspaceId });
    if (!dispute) throw new NotFoundError('ReviewDispute', input.disputeId);
    if (!UNRESOLVED_DISPUTE.includes(dispute.status)) throw new ConflictError(`This dispute is already ${dispute.status}.`);
    Object.assign(dispute, { status: input.status, resolvedAt: new Date() });
    const saved = await this.dataSource.manager.save(dispute);
    await this.events.publish(new ReviewUpdatedEvent(ctx.workspaceId, await this.get(ctx, dispute.reviewId)));
    return saved;
  }

  /** Queues a sync of a review source now; with a stored cursor it resumes where the last one stopped. */
  async requestSync(ctx: RequestContext, channelId: string): Promise<boolean> {
    if (!(await this.dataSource.manager.existsBy(Channel, { id: channelId, workspaceId: ctx.workspaceId, kind: 'REVIEW_SOURCE' }))) throw new NotFoundError('Channel', channelId);
    await this.queue.send(SYNC_REVIEW_SOURCE, { workspaceId: ctx.workspaceId, channelId });
    return true;
  }

  settings(ctx: RequestContext): Promise<ReviewSettings> {
    return reviewSettingsOf(this.dataSource.manager, ctx.workspaceId);
  }

  /** Changes apply to reviews ingested (or edited) from now on. */
  async updateSettings(ctx: RequestContext, input: UpdateReviewSettingsInput): Promise<ReviewSettings> {
    const settings = await this.settings(ctx);
    if (input.lowRatingThreshold !== undefined) settings.lowRatingThreshold = input.lowRatingThreshold;
    if (input.watchedNames !== undefined) settings.watchedNames = [...new Set(input.watchedNames.map((name) => name.trim()))];
    return this.dataSource.manager.save(settings);
  }

  /** Average, distribution, weekly trend, reply rate, median reply time and share flagged of the reviews written in a period. */
  async reputation(ctx: RequestContext, args: ReputationArgs): Promise<Reputation> {
    const scope = `workspace_id = $1 AND source_created_at >= $2 AND source_created_at < $3 AND ($4::uuid IS NULL OR channel_id = $4)`;
    const params = [ctx.workspaceId, args.from, args.to, args.channelId ?? null];
    const [overall]: Array<{ count: number; average: number | null; replied: number; median: number | null; flagged: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count, avg(rating)::float AS average,
              count(*) FILTER (WHERE reply_status = 'SENT')::int AS replied,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM reply_sent_at - source_created_at)) FILTER (WHERE reply_status = 'SENT') AS median,
              count(*) FILTER (WHERE cardinality(flags) > 0)::int AS flagged
         FROM review WHERE ${scope}`,
      params,
    );
    const stars: Array<{ stars: number; count: number }> = await this.dataSource.query(`SELECT least(5, greatest(1, round(rating)))::int AS stars, count(*)::int AS count FROM review WHERE ${scope} GROUP BY 1`, params);
    const weeks: Array<{ week: string; week_start: Date; count: number; average: number }> = await this.dataSource.query(
      `SELECT to_char(week, 'IYYY-"W"IW') AS week, week AT TIME ZONE 'UTC' AS week_start, count(*)::int AS count, avg(rating)::float AS average
         FROM (SELECT date_trunc('week', source_created_at AT TIME ZONE 'UTC') AS week, rating FROM review WHERE ${scope}) weekly
        GROUP BY weekly.week ORDER BY weekly.week`,
      params,
    );
    const share = (part: number) => (overall.count ? part / overall.count : null);
    return {
      count: overall.count,
      averageRating: overall.average,
      distribution: [1, 2, 3, 4, 5].map((n): RatingCount => ({ stars: n, count: stars.find((row) => row.stars === n)?.count ?? 0 })),
      trend: weeks.map((row): WeeklyReputation => ({ week: row.week, weekStart: row.week_start, count: row.count, averageRating: row.average })),
      replyRate: share(overall.replied),
      medianReplySeconds: overall.median,
      flaggedShare: share(overall.flagged),
    };
  }

  /** The review's source, when its driver is loaded and can do what is asked. */
  private async sourceFor(review: Review, capability: 'reply' | 'deleteReply'): Promise<ReviewSourceHandle> {
    const source = await this.worker.source(review.channelId, review.workspaceId);
    if (!source || !source.provided.driver.capabilities[capability] || !source.provided.driver[capability]) {
      throw new ConflictError(`This review source cannot ${capability === 'reply' ? 'take replies' : 'delete replies'}.`);
    }
    return source;
  }

  /** Calls the review site now (the caller waits for its answer); failures become UPSTREAM_UNAVAILABLE and may mark the channel. */
  private async callSite<T>(source: ReviewSourceHandle, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      await this.channels.recordFailure(source.channel, source.provided.driver, error);
      throw new UpstreamUnavailableError(`The review site did not accept it: ${error instanceof Error ? error.message : String(error)}`);
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
    return review;
  }
}
