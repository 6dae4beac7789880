import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many reviews gave one star rating (1–5, rounded).' })
export class RatingCount {
  @Field(() => Int, { description: 'The stars, 1–5.' }) stars: number;
  @Field(() => Int, { description: 'How many reviews.' }) count: number;
}

@ObjectType({ description: 'Reviews of one ISO week.' })
export class WeeklyReputation {
  @Field({ description: 'The ISO week, e.g. "2025-W03".' }) week: string;
  @Field({ description: 'Monday 00:00 UTC of that week.' }) weekStart: Date;
  @Field(() => Int, { description: 'Reviews written that week.' }) count: number;
  @Field(() => Float, { description: 'Their average 1–5 rating.' }) averageRating: number;
  @Field(() => Float, { description: 'Share of that week\'s reviews we answered (reply SENT), 0–1.' }) replyRate: number;
  @Field(() => Float, { nullable: true, description: 'Median time from one of that week\'s reviews being written to our reply being sent, in seconds (null when none was answered).' })
  medianReplySeconds: number | null;
}

@ObjectType({ description: 'What reviews say about the business over a period; reviews whose dispute the site upheld are left out of every figure (see upheldDisputeCount).' })
export class Reputation {
  @Field(() => Int, { description: 'Reviews written in the period, less those whose dispute the site upheld.' }) count: number;
  @Field(() => Float, { nullable: true, description: 'Their average 1–5 rating (null when there are none).' }) averageRating: number | null;
  @Field(() => [RatingCount], { description: 'How many reviews gave 1, 2, 3, 4 and 5 stars.' }) distribution: RatingCount[];
  @Field(() => [WeeklyReputation], { description: 'Count and average per ISO week, oldest first (weeks without reviews left out).' }) trend: WeeklyReputation[];
  @Field(() => Float, { nullable: true, description: 'Share of those reviews we answered (reply SENT), 0–1.' }) replyRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Median time from a review being written to our reply being sent, in seconds.' }) medianReplySeconds: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of those reviews that are flagged, 0–1.' }) flaggedShare: number | null;
  @Field(() => Int, { description: 'Reviews written in the period that every other figure leaves out because the site upheld our dispute of them (removed or corrected them).' })
  upheldDisputeCount: number;
}
