import { Inject, Injectable } from '@nestjs/common';
import { describeInboundReviewProblems, retryAfterOf, type DriverContext, type ErrorClassification, type ReviewSourceDriver } from '@rapport/plugin-sdk';
import { DataSource } from 'typeorm';
import { ChannelUpdatedEvent } from '../channels/channel-updated.event.js';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { ChannelsService } from '../channels/channels.service.js';
import { ChannelSyncProgress } from '../channels/channel-sync-progress.js';
import { MAX_PAGES_PER_SYNC, syncFromCursor } from '../channels/cursor-sync.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { callNetwork, errorReason, networkFailure } from '../channels/network-failure.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue, NotRetryable, RetryLater, type JobInfo } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry, type Provided } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { ReviewIngestionService, type ReviewIngestionResult } from './review-ingestion.service.js';
import { ReviewDispute } from './review-dispute.entity.js';
import { DisputeUpdatedEvent, ReviewReplyUpdatedEvent, ReviewUpdatedEvent } from './review-events.js';
import { Review } from './review.entity.js';
import { DisputeStatus, ReviewReplyStatus } from './review.enums.js';
import { INGEST_REVIEWS, REVIEWS_HOUSEKEEPING, SEND_REVIEW_REPLY, SEND_REVIEW_REPORT, SYNC_REVIEW_SOURCE } from './review.jobs.js';


/** What one sync run of a review source did. */
export interface ReviewSyncOutcome extends ReviewIngestionResult {
  pages: number;
  /** The network's refusal that ended the run, if it ended in one. */
  failure: { classification: ErrorClassification; message: string; retryAfterSeconds?: number } | null;
  /** The run stopped at its page limit; another run was queued to carry on. */
  more: boolean;
  /** Another run was already syncing this source: this one did nothing. */
  busy: boolean;
}

/** A review source channel with its loaded driver and the context to call it. */
export interface ReviewSourceHandle {
  channel: Channel;
  provided: Provided<ReviewSourceDriver>;
  context: DriverContext;
}

/**
 * The reviews' network work, on the durable queue: ingesting webhook
 * deliveries, syncing review sources (stored cursor, also backfill), sending
 * replies (idempotency key = review id + reply revision) and reporting
 * disputes (idempotency key = dispute id). A send the site refuses, or that
 * keeps failing, ends FAILED on its row with the reason, and subscribers are told.
 */
@Injectable()
export class ReviewSourceWorker {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    private readonly contexts: DriverContextFactory,
    private readonly channels: ChannelsService,
    private readonly ingestion: ReviewIngestionService,
    private readonly events: EventBus,
    private readonly queue: JobQueue,
    private readonly progress: ChannelSyncProgress,
  ) {
    queue.register(INGEST_REVIEWS, async ({ channelId, reviews }) => {
      const source = await this.source(channelId);
      if (!source) return;
      const problems = reviews.flatMap((review, index) => describeInboundReviewProblems(review, `reviews[${index}]`, source.provided.driver.ratingScale));
      // Invalid reviews stay invalid: fail at once rather than retry.
      if (problems.length) throw new NotRetryable(`invalid reviews: ${problems.join('; ')}`);
      await this.ingestion.ingest(source.channel, source.provided.driver.ratingScale, reviews);
    });
    queue.register(SYNC_REVIEW_SOURCE, async ({ channelId }) => {
      const { failure } = await this.sync(channelId);
      if (failure?.classification === 'retry') throw new RetryLater(failure.message, failure.retryAfterSeconds);
    });
    queue.register(SEND_REVIEW_REPLY, ({ reviewId, revision }, job) => this.sendReply(reviewId, revision, job));
    queue.register(SEND_REVIEW_REPORT, ({ disputeId }, job) => this.sendReport(disputeId, job));
    queue.register(REVIEWS_HOUSEKEEPING, () => this.housekeeping());
    queue.schedule(REVIEWS_HOUSEKEEPING, '*/5 * * * *');
    // A newly connected review source backfills at once instead of waiting for housekeeping.
    events.ofType(ChannelUpdatedEvent).subscribe((event) => {
      const { channel, disconnected } = event.payload;
      if (!disconnected && channel.kind === 'REVIEW_SOURCE' && channel.status === ChannelStatus.CONNECTED && !channel.lastSyncedAt) {
        queue.send(SYNC_REVIEW_SOURCE, { workspaceId: channel.workspaceId, channelId: channel.id }).catch((error: unknown) => this.logger.error({ err: error, channelId: channel.id }, 'could not queue the first review sync'));
      }
    });
  }

  /** A review source channel whose driver is loaded, whatever its status; null otherwise. */
  async source(channelId: string, workspaceId?: string): Promise<ReviewSourceHandle | null> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId, kind: 'REVIEW_SOURCE', ...(workspaceId ? { workspaceId } : {}) });
    const provided = channel && this.registry.reviewSourceType(channel.type);
    return channel && provided ? { channel, provided, context: this.contexts.forChannel(channel, provided.owner) } : null;
  }

  async housekeeping(): Promise<void> {
    const stale: Array<{ id: string; workspace_id: string }> = await this.dataSource.query(
      `SELECT id, workspace_id FROM channel WHERE kind = 'REVIEW_SOURCE' AND status = 'CONNECTED' AND (last_synced_at IS NULL OR last_synced_at < now() - make_interval(secs => $1))`,
      [this.config.syncIntervalSeconds],
    );
    for (const { id, workspace_id } of stale) await this.queue.send(SYNC_REVIEW_SOURCE, { workspaceId: workspace_id, channelId: id }, { singletonKey: `sync-reviews:${id}` });
  }

  /**
   * Pulls reviews created or edited after the stored cursor, saving the cursor after each page so progress
   * survives a crash, and the channel's sync progress with it (Channel.sync). A backfill longer than one run
   * queues the next run; one run at a time works on a source (`busy` otherwise). A refusal by the site is
   * recorded on the channel and returned with its classification; an error of Rapport's own is thrown as it is.
   */
  async sync(channelId: string): Promise<ReviewSyncOutcome> {
    const totals: ReviewSyncOutcome = { pages: 0, created: 0, edited: 0, unchanged: 0, failure: null, more: false, busy: false };
    const source = await this.source(channelId);
    if (!source || source.channel.status !== ChannelStatus.CONNECTED) return totals;
    const { channel, provided, context } = source;
    const ran = await this.progress.run(channel, async (recordPage) => {
      let refused: { error: unknown } | undefined;
      const fetchPage = async (cursor: string | null) => {
        try {
          const page = await provided.driver.sync(context, cursor);
          totals.pages += 1;
          return page;
        } catch (error) {
          refused = { error };
          throw error;
        }
      };
      try {
        await syncFromCursor(this.dataSource, channel, fetchPage, async (items, page) => {
          const result = await this.ingestion.ingest(channel, provided.driver.ratingScale, items);
          totals.created += result.created;
          totals.edited += result.edited;
          totals.unchanged += result.unchanged;
          await recordPage(result.created + result.edited, page.estimatedTotal);
        });
      } catch (error) {
        if (refused?.error !== error) throw error;
        const classification = await this.channels.recordFailure(channel, provided.driver, error);
        totals.failure = { ...networkFailure(provided.driver.displayName, classification, error), retryAfterSeconds: retryAfterOf(error) };
      }
      totals.more = !totals.failure && totals.pages >= MAX_PAGES_PER_SYNC;
      return totals;
    });
    if (ran === 'busy') return { ...totals, busy: true };
    if (totals.more) await this.queue.send(SYNC_REVIEW_SOURCE, { workspaceId: channel.workspaceId, channelId });
    this.logger.info({ channelId, ...totals, failure: totals.failure?.classification }, 'review source synced');
    return totals;
  }

  async sendReply(reviewId: string, revision: number, job: JobInfo): Promise<void> {
    const review = await this.dataSource.getRepository(Review).findOneBy({ id: reviewId });
    // A newer reply text (or a deleted one) replaced this revision: its own job sends it.
    if (!review || review.reply.status !== ReviewReplyStatus.QUEUED || review.reply.revision !== revision) return;
    const source = await this.source(review.channelId);
    const reply = source?.provided.driver.reply;
    if (!source || !reply) return this.markReply(review, { status: ReviewReplyStatus.FAILED, error: 'the review source type is not loaded or cannot reply' });
    const { provided, context } = source;
    const answer = await callNetwork(() => reply.call(provided.driver, context, { idempotencyKey: `${review.id}:${revision}`, reviewExternalId: review.externalId, text: review.reply.body ?? '' }));
    if (answer.ok) return this.markReply(review, { status: ReviewReplyStatus.SENT, sentAt: new Date(), externalId: answer.value.externalId ?? null, error: null });
    await this.channels.failedCall(source.channel, provided.driver, answer.error, job, SEND_REVIEW_REPLY.retryLimit);
    await this.markReply(review, { status: ReviewReplyStatus.FAILED, error: errorReason(answer.error) });
  }

  async sendReport(disputeId: string, job: JobInfo): Promise<void> {
    const dispute = await this.dataSource.getRepository(ReviewDispute).findOneBy({ id: disputeId });
    if (dispute?.status !== DisputeStatus.QUEUED) return;
    const review = await this.dataSource.getRepository(Review).findOneByOrFail({ id: dispute.reviewId });
    const source = await this.source(review.channelId);
    const report = source?.provided.driver.capabilities.report ? source.provided.driver.report : undefined;
    if (!source || !report) return this.markDispute(dispute, { status: DisputeStatus.FAILED, error: 'the review source type is not loaded or cannot take reports' });
    const { provided, context } = source;
    const answer = await callNetwork(() => report.call(provided.driver, context, { idempotencyKey: dispute.id, reviewExternalId: review.externalId, reason: dispute.reason, evidence: dispute.evidence }));
    if (answer.ok) return this.markDispute(dispute, { status: DisputeStatus.SUBMITTED, platformReference: answer.value.reference, submittedAt: new Date(), error: null });
    await this.channels.failedCall(source.channel, provided.driver, answer.error, job, SEND_REVIEW_REPORT.retryLimit);
    await this.markDispute(dispute, { status: DisputeStatus.FAILED, error: errorReason(answer.error) });
  }

  /** Writes the report's outcome while the dispute is still QUEUED (one outcome per dispute), then tells subscribers of the review. */
  private async markDispute(dispute: ReviewDispute, fields: Partial<ReviewDispute>): Promise<void> {
    const updated = await this.dataSource.getRepository(ReviewDispute).update({ id: dispute.id, status: DisputeStatus.QUEUED }, fields);
    if (!updated.affected) return;
    await this.events.publish(new ReviewUpdatedEvent(dispute.workspaceId, await this.dataSource.getRepository(Review).findOneByOrFail({ id: dispute.reviewId })));
    await this.events.publish(new DisputeUpdatedEvent(dispute.workspaceId, await this.dataSource.getRepository(ReviewDispute).findOneByOrFail({ id: dispute.id })));
  }

  private async markReply(review: Review, fields: Partial<Review['reply']>): Promise<void> {
    // Only this revision's outcome is written: an agent may have replaced the text meanwhile.
    const updated = await this.dataSource
      .createQueryBuilder()
      .update(Review)
      .set({ reply: fields })
      .where('id = :id AND reply_revision = :revision', { id: review.id, revision: review.reply.revision })
      .execute();
    if (!updated.affected) return;
    const current = await this.dataSource.getRepository(Review).findOneByOrFail({ id: review.id });
    await this.events.publish(new ReviewUpdatedEvent(review.workspaceId, current));
    await this.events.publish(new ReviewReplyUpdatedEvent(review.workspaceId, current));
  }
}
