import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { JSONScalar } from '../common/json.scalar.js';
import { PolicyFindingType } from '../policies/dto/policy-evaluation.types.js';
import { ReviewReplyStatus, SentimentLabel, SuspicionSignal } from './review.enums.js';

@ObjectType({ description: 'Who wrote a review, as the review site knows them.' })
export class ReviewAuthor {
  @Field({ description: 'Their id on the review site.' })
  @Column({ type: 'varchar', length: 300 })
  externalId: string;

  @Field({ description: 'Their handle on the review site.' })
  @Column({ type: 'varchar', length: 300 })
  handle: string;

  @Field(() => String, { nullable: true, description: 'Their display name.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  name: string | null;
}

@ObjectType({ description: 'Our public answer to a review (a review has at most one).' })
export class ReviewReply {
  @Field(() => String, { description: 'The text, with template variables filled in.' })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Field(() => ReviewReplyStatus, { description: 'Where it stands.' })
  @Column({ type: 'enum', enum: ReviewReplyStatus, enumName: 'review_reply_status', nullable: true })
  status: ReviewReplyStatus | null;

  /** Bumped by every new reply text; with the review id it is the driver's idempotency key. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Field(() => Date, { nullable: true, description: 'When the review site accepted it.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who wrote it (null for API keys and policies).' })
  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @Field(() => String, { nullable: true, description: 'Why sending failed.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'Its id on the review site, once sent.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalId: string | null;
}

@ObjectType({ description: 'One explained reason behind a suspicion score.' })
export class SuspicionReason {
  @Field(() => SuspicionSignal, { description: 'Which signal fired.' })
  signal: SuspicionSignal;

  @Field(() => Float, { description: 'How much it adds to the score (0–1).' })
  weight: number;

  @Field({ description: 'What was seen, in words.' })
  detail: string;
}

@ObjectType({ description: 'A review of the business on a review site, kept up to date when its author edits it.' })
@Entity('review')
@Index(['channelId', 'externalId'], { unique: true })
@Index(['workspaceId', 'sourceCreatedAt', 'id'])
// Finds an author's other reviews (the NEW_REVIEWER signal).
@Index(['channelId', 'author.externalId'])
export class Review extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The review source (a REVIEW_SOURCE channel) it was written on.' })
  @Column({ type: 'uuid' })
  channelId: string;

  @Field({ description: 'Its id on the review site.' })
  @Column({ type: 'varchar', length: 300 })
  externalId: string;

  @Field(() => ReviewAuthor, { description: 'Who wrote it.' })
  @Column(() => ReviewAuthor)
  author: ReviewAuthor;

  @Field(() => Float, { description: 'The rating on a 1–5 scale, whatever scale the site uses.' })
  @Column({ type: 'double precision' })
  rating: number;

  @Field(() => Float, { description: 'The rating as the site gives it (see ratingScale of the source type).' })
  @Column({ type: 'double precision' })
  rawRating: number;

  @Field(() => String, { nullable: true, description: 'Its title, when the site has titles.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field({ description: 'The text.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, when the site knows it.' })
  @Column({ type: 'varchar', length: 35, nullable: true })
  language: string | null;

  @Field(() => JSONScalar, { description: 'Facts the site gives beside the text, as its plugin names them (e.g. Google Play: appVersionName, device, androidOsVersion, reviewerLanguage); {} when none.' })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  metadata: Record<string, unknown>;

  @Field({ description: 'When it was written, on the site.' })
  @Column({ type: 'timestamptz', precision: 3 })
  sourceCreatedAt: Date;

  @Field({ description: 'When it was last edited on the site (its creation time when never edited).' })
  @Column({ type: 'timestamptz', precision: 3 })
  sourceUpdatedAt: Date;

  @Field(() => SentimentLabel, { description: 'The tone of its text.' })
  @Column({ type: 'enum', enum: SentimentLabel, enumName: 'sentiment_label', default: SentimentLabel.NEUTRAL })
  sentiment: SentimentLabel;

  @Field(() => Int, { description: 'Coarse tone score: -1 criticism, 0 neutral, 1 clearly positive.' })
  @Column({ type: 'smallint', default: 0 })
  sentimentScore: number;

  @Field(() => [String], { description: 'Labels the REVIEW policies gave it (criticism, abuse, spam, ...).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  @Field(() => [String], { description: 'Why someone (or the suspicion check, "suspicious") flagged it for attention; flagReview and unflagReview change them, flagHistory says who did and when.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags: string[];

  @Field({ description: 'Needs attention first: a low rating (see ReviewSettings.lowRatingThreshold) or escalated by a REVIEW policy.' })
  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  @Field(() => Float, { description: 'How likely it is fake or abusive, 0–1; see suspicionReasons.' })
  @Column({ type: 'double precision', default: 0 })
  suspicion: number;

  @Field(() => [SuspicionReason], { description: 'The signals behind the suspicion score.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  suspicionReasons: SuspicionReason[];

  @Field(() => [PolicyFindingType], { description: 'What the REVIEW policies found at ingestion (in the latest version of the text).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings: PolicyFindingType[];

  /** Always hydrated by TypeORM; the `reply` GraphQL field answers null when `reply.status` is null. */
  @Column(() => ReviewReply)
  reply: ReviewReply;
}
