import { Injectable } from '@nestjs/common';
import type { InboundReview, RatingScale } from '@rapport/plugin-sdk';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Channel } from '../channels/channel.entity.js';
import { contactValues, renderTemplate, TemplateContext, templateVariablesProblem, type TemplateValues } from '../common/template-variables.js';
import { EventBus } from '../events/event-bus.js';
import { PoliciesService } from '../policies/policies.service.js';
import { PolicyScope } from '../policies/policy.enums.js';
import { ReviewAddedEvent, ReviewUpdatedEvent } from './review-events.js';
import { ReviewFlagChange } from './review-flag-change.entity.js';
import { ReviewRevision } from './review-revision.entity.js';
import { ReviewSentiment } from './review-sentiment.js';
import { reviewSettingsOf } from './review-settings.entity.js';
import { Review } from './review.entity.js';
import { ReviewFlagAction, ReviewReplyStatus } from './review.enums.js';
import { BURST_MAX_RATING, BURST_WINDOW_HOURS, SUSPICIOUS_AT, SUSPICIOUS_FLAG, jaccard, mentionedNames, suspicionReasons, suspicionScore, textTokens } from './suspicion.js';

/** How many of the workspace's latest reviews a new text is compared with for near-duplicates. */
const DUPLICATE_CANDIDATES = 500;
/** How many of an author's other reviews rules see (repetition, spam). */
const RECENT_TEXTS = 10;

export interface ReviewIngestionResult {
  created: number;
  edited: number;
  unchanged: number;
}

/** A rating on the site's scale, on 1–5. */
export function normaliseRating(raw: number, scale: RatingScale): number {
  const span = scale.max - scale.min;
  const rating = span > 0 ? 1 + ((raw - scale.min) * 4) / span : raw;
  return Math.round(Math.min(5, Math.max(1, rating)) * 100) / 100;
}

/** The text rules and similarity look at: the title reads as part of the review. */
function reviewText(review: Pick<Review, 'title' | 'body'>): string {
  return review.title ? `${review.title}\n${review.body}` : review.body;
}

/**
 * Turns a review site's reviews into Review rows. Idempotent: a review is
 * unique per (channel, externalId), so replayed webhooks and overlapping
 * syncs never duplicate one. An edit (changed rating, title or text, not
 * older than what we have) updates the row in place and keeps the previous
 * version as a ReviewRevision. REVIEW policies, the tone and the suspicion
 * signals are computed in the same transaction as the write.
 */
@Injectable()
export class ReviewIngestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly sentiment: ReviewSentiment,
    private readonly events: EventBus,
  ) {}

  async ingest(channel: Channel, scale: RatingScale, items: InboundReview[]): Promise<ReviewIngestionResult> {
    const result: ReviewIngestionResult = { created: 0, edited: 0, unchanged: 0 };
    const ordered = [...items].sort((a, b) => (a.updatedAt ?? a.createdAt).localeCompare(b.updatedAt ?? b.createdAt));
    for (const item of ordered) {
      const outcome = await this.dataSource.transaction((manager) => this.ingestOne(manager, channel, scale, item));
      result[outcome.kind] += 1;
      if (outcome.kind === 'created') await this.events.publish(new ReviewAddedEvent(channel.workspaceId, outcome.review));
      if (outcome.kind === 'edited') await this.events.publish(new ReviewUpdatedEvent(channel.workspaceId, outcome.review));
    }
    return result;
  }

  private async ingestOne(manager: EntityManager, channel: Channel, scale: RatingScale, item: InboundReview): Promise<{ kind: keyof ReviewIngestionResult; review: Review }> {
    const incoming = {
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      externalId: item.externalId,
      author: { externalId: item.author.externalId, handle: item.author.handle, name: item.author.name ?? null },
      rating: normaliseRating(item.rating, scale),
      rawRating: item.rating,
      title: item.title ?? null,
      body: item.text,
      language: item.language ?? null,
      sourceCreatedAt: new Date(item.createdAt),
      sourceUpdatedAt: new Date(item.updatedAt ?? item.createdAt),
      metadata: item.metadata ?? {},
    };
    const inserted = await manager.createQueryBuilder().insert().into(Review).values(incoming as QueryDeepPartialEntity<Review>).orIgnore().returning('id').execute();
    const created = inserted.raw.length > 0;
    // Locked: a webhook and a sync carrying the same edit must not both record a revision.
    const review = await manager
      .createQueryBuilder(Review, 'review')
      .setLock('pessimistic_write')
      .where('review.channelId = :channelId AND review.externalId = :externalId', { channelId: channel.id, externalId: item.externalId })
      .getOneOrFail();
    if (!created) {
      const changed = review.rawRating !== incoming.rawRating || review.title !== incoming.title || review.body !== incoming.body;
      // An older copy arriving late (sync after a newer webhook) must not undo the edit.
      if (!changed || incoming.sourceUpdatedAt < review.sourceUpdatedAt) return { kind: 'unchanged', review };
      await manager.save(
        manager.create(ReviewRevision, {
          workspaceId: review.workspaceId,
          reviewId: review.id,
          previousRating: review.rating,
          previousRawRating: review.rawRating,
          previousTitle: review.title,
          previousBody: review.body,
          editedAt: incoming.sourceUpdatedAt,
        }),
      );
      // When it was written does not change with an edit (a site that dates only the latest version, as Google Play, would move it).
      Object.assign(review, { ...incoming, sourceCreatedAt: review.sourceCreatedAt });
    }
    await this.assess(manager, review);
    return { kind: created ? 'created' : 'edited', review: await manager.save(review) };
  }

  /** REVIEW policies, tone, urgency and suspicion of the review's current version. */
  private async assess(manager: EntityManager, review: Review): Promise<void> {
    const settings = await reviewSettingsOf(manager, review.workspaceId);
    const text = reviewText(review);
    const authored: Array<{ body: string }> = await manager.query(
      `SELECT body FROM review WHERE channel_id = $1 AND author_external_id = $2 AND id <> $3 ORDER BY source_created_at DESC LIMIT ${RECENT_TEXTS}`,
      [review.channelId, review.author.externalId, review.id],
    );
    const decision = await this.policies.evaluateIn(review.workspaceId, {
      scope: PolicyScope.REVIEW,
      text,
      channelId: review.channelId,
      authorExternalId: review.author.externalId,
      recentTexts: authored.map((r) => r.body),
    });
    // Review sites do not let us hide reviews: HIDE is kept only as its labels; ESCALATE makes the review urgent.
    const inbound = decision.inbound!;
    review.labels = inbound.labels;
    review.findings = decision.findings.map(({ config: _config, ...finding }) => finding);
    const tone = await this.sentiment.classify(text, inbound.labels);
    review.sentiment = tone.label;
    review.sentimentScore = tone.score;
    review.urgent = review.rating <= settings.lowRatingThreshold || inbound.escalate || inbound.hideWithheldForCriticism;

    const [{ low }] = await manager.query(
      `SELECT count(*)::int AS low FROM review WHERE channel_id = $1 AND rating <= $2 AND source_created_at > $3::timestamptz - make_interval(hours => $4) AND source_created_at <= $3`,
      [review.channelId, BURST_MAX_RATING, review.sourceCreatedAt, BURST_WINDOW_HOURS],
    );
    const reasons = suspicionReasons({
      rating: review.rating,
      sentiment: tone.label,
      lowRatingsInWindow: low,
      authorsOtherReviews: authored.length,
      closestText: await this.closestText(manager, review),
      watchedNamesMentioned: mentionedNames(text, settings.watchedNames),
    });
    review.suspicion = suspicionScore(reasons);
    review.suspicionReasons = reasons;
    await this.flagIfSuspicious(manager, review);

    // Policies check their templates when saved; one saved before that check drafts nothing rather than a raw {{variable}}.
    if (inbound.autoReply && !review.reply.status && !templateVariablesProblem(inbound.autoReply, TemplateContext.REVIEW)) {
      // A policy's answer is only a draft: a person sends it (replyToReview), so it still passes OUTBOUND_REPLY policies.
      review.reply = { ...review.reply, status: ReviewReplyStatus.DRAFT, body: renderTemplate(inbound.autoReply, TemplateContext.REVIEW, templateValues(review), 'template'), byUserId: null, error: null };
    }
  }

  /**
   * Puts the "suspicious" flag on or off by the score, unless a person (or API key) last put it
   * on or took it off themselves: their judgement stands when the review is edited.
   */
  private async flagIfSuspicious(manager: EntityManager, review: Review): Promise<void> {
    const [decided]: Array<{ action: ReviewFlagAction }> = await manager.query(
      `SELECT action FROM review_flag_change WHERE review_id = $1 AND flag = $2 AND NOT by_suspicion_check ORDER BY created_at DESC LIMIT 1`,
      [review.id, SUSPICIOUS_FLAG],
    );
    const flagged = review.flags.includes(SUSPICIOUS_FLAG);
    const wanted = decided ? decided.action === ReviewFlagAction.ADDED : review.suspicion >= SUSPICIOUS_AT;
    if (wanted === flagged) return;
    review.flags = wanted ? [...review.flags, SUSPICIOUS_FLAG] : review.flags.filter((flag) => flag !== SUSPICIOUS_FLAG);
    await manager.save(
      manager.create(ReviewFlagChange, { workspaceId: review.workspaceId, reviewId: review.id, flag: SUSPICIOUS_FLAG, action: wanted ? ReviewFlagAction.ADDED : ReviewFlagAction.REMOVED, byUserId: null, bySuspicionCheck: true }),
    );
  }

  private async closestText(manager: EntityManager, review: Review): Promise<{ externalId: string; similarity: number } | null> {
    const candidates: Array<{ external_id: string; title: string | null; body: string }> = await manager.query(
      `SELECT external_id, title, body FROM review WHERE workspace_id = $1 AND id <> $2 ORDER BY source_created_at DESC LIMIT ${DUPLICATE_CANDIDATES}`,
      [review.workspaceId, review.id],
    );
    const tokens = textTokens(reviewText(review));
    let closest: { externalId: string; similarity: number } | null = null;
    for (const candidate of candidates) {
      const similarity = jaccard(tokens, textTokens(reviewText(candidate)));
      if (!closest || similarity > closest.similarity) closest = { externalId: candidate.external_id, similarity };
    }
    return closest;
  }
}

/** The values of the review vocabulary (common/template-variables.ts) for one review. */
export function templateValues(review: Review): TemplateValues {
  const contact = contactValues(review.author);
  return { ...contact, 'author.name': contact['contact.name'], 'author.handle': contact['contact.handle'], rating: String(review.rawRating) };
}
