import { Inject } from '@nestjs/common';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionArgs, ConnectionType } from '../common/pagination.js';
import { nodeSelection, type FieldNeeds } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { ChannelSyncResult } from '../channels/dto/channel-sync.types.js';
import { Reputation } from './dto/reputation.types.js';
import { CreateReviewReplyTemplateInput, UpdateReviewReplyTemplateInput, DisputeReviewInput, FlagReviewInput, ReplyToReviewInput, ReputationArgs, ResolveDisputeInput, ReviewRefInput, ReviewsArgs, UnflagReviewInput, UpdateReviewSettingsInput } from './dto/review.inputs.js';
import { ReviewReplyTemplate } from './review-reply-template.entity.js';
import { ReviewDispute } from './review-dispute.entity.js';
import { ReviewAddedEvent, ReviewUpdatedEvent } from './review-events.js';
import { ReviewFlagChange } from './review-flag-change.entity.js';
import { ReviewRevision } from './review-revision.entity.js';
import { ReviewSettings } from './review-settings.entity.js';
import { Review, ReviewReply } from './review.entity.js';
import { ReviewsService } from './reviews.service.js';

const ReviewConnection = ConnectionType(Review, 'Review');
const ReviewRevisionConnection = ConnectionType(ReviewRevision, 'ReviewRevision');
const ReviewDisputeConnection = ConnectionType(ReviewDispute, 'ReviewDispute');
const ReviewFlagChangeConnection = ConnectionType(ReviewFlagChange, 'ReviewFlagChange');
const INPUT = { description: 'What to do; see the input type for each field.' };
const WORKSPACE = { type: () => ID, description: 'The workspace.' };

/** What the Review field resolvers below read of their review beyond its ids (see FieldNeeds; suggestedReply reads it all). */
const REVIEW_FIELD_NEEDS: FieldNeeds = { revisions: [], flagHistory: [], disputes: [] };

@Resolver(() => Review)
export class ReviewsResolver {
  constructor(
    private readonly reviewsService: ReviewsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.VIEWER)
  @Query(() => ReviewConnection, { description: 'Reviews of the workspace, newest first, filtered for triage (urgent, awaiting reply, flagged, suspicious...).' })
  reviews(@Ctx() ctx: RequestContext, @Args() args: ReviewsArgs, @Info() info: GraphQLResolveInfo) {
    return this.reviewsService.list(ctx, args, nodeSelection(info, REVIEW_FIELD_NEEDS));
  }

  @Allow(Role.VIEWER)
  @Query(() => Review, { description: 'One review (its revisions and disputes are paginated on the type).' })
  review(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', { type: () => ID, description: 'The review.' }, new UuidPipe('id')) id: string) {
    return this.reviewsService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => Reputation, { description: 'What reviews written in a period say: average, distribution, weekly trend, reply rate, median reply time, share flagged.' })
  reputation(@Ctx() ctx: RequestContext, @Args() args: ReputationArgs) {
    return this.reviewsService.reputation(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => ReviewSettings, { description: "The workspace's review triage settings (defaults until changed)." })
  reviewSettings(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string) {
    return this.reviewsService.settings(ctx);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReviewSettings, { description: 'Changes the review triage settings; they apply to reviews ingested or edited from then on (ADMIN).' })
  updateReviewSettings(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UpdateReviewSettingsInput) {
    return this.reviewsService.updateSettings(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Review, { description: 'Answers a review publicly (queued), replacing an earlier answer. OUTBOUND_REPLY policies may block it or hold it for approval (AGENT).' })
  replyToReview(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ReplyToReviewInput) {
    return this.reviewsService.reply(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Review, { description: 'Sends a review reply that a policy held for approval (ADMIN).' })
  approveReviewReply(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ReviewRefInput) {
    return this.reviewsService.approveReply(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Review, { description: 'Removes our reply, from the review site too when it was sent and the site allows it (AGENT).' })
  deleteReviewReply(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ReviewRefInput) {
    return this.reviewsService.deleteReply(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Review, { description: 'Flags a review for attention with a reason, recorded in flagHistory (AGENT).' })
  flagReview(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: FlagReviewInput) {
    return this.reviewsService.flag(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Review, {
    description: 'Takes a flag off a review, recorded in flagHistory; CONFLICT when it does not have it. Taking off "suspicious" overrules the suspicion check, which will not put it back when the review is edited (AGENT).',
  })
  unflagReview(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UnflagReviewInput) {
    return this.reviewsService.unflag(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReviewDispute, {
    description:
      "Disputes a fake or abusive review with its site (ADMIN). It is reported through the site's report API on the queue: QUEUED, then SUBMITTED or FAILED (with error), each announced by reviewUpdated. CONFLICT, with nothing saved, when the source cannot take reports (unless manual) or the review already has an unresolved dispute.",
  })
  disputeReview(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: DisputeReviewInput) {
    return this.reviewsService.dispute(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReviewDispute, { description: "Records the review site's verdict on an OPEN or SUBMITTED dispute: UPHELD (the review then leaves every reputation figure) or REJECTED (ADMIN)." })
  resolveDispute(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ResolveDisputeInput) {
    return this.reviewsService.resolveDispute(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ChannelSyncResult, {
    description:
      "Pulls new and edited reviews of a review source now, from the stored cursor (also a backfill), and says how it went (ADMIN): a refusal is ok: false with the failure and its classification (REAUTHORIZE also makes the source NEEDS_REAUTH); a backfill longer than one run carries on in the background (continuesInBackground), its progress on the channel's sync field and channelSyncProgress. CONFLICT when the source is not CONNECTED.",
  })
  syncReviews(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('channelId', { type: () => ID, description: 'The review source.' }, new UuidPipe('channelId')) channelId: string) {
    return this.reviewsService.requestSync(ctx, channelId);
  }

  @Allow(Role.VIEWER)
  @Subscription(() => Review, { description: 'Fires when a review of the workspace arrives.', resolve: (message: { event: Review }) => message.event })
  reviewAdded(@Args('workspaceId', WORKSPACE) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(ReviewAddedEvent.eventName, workspaceId));
  }

  @Allow(Role.VIEWER)
  @Subscription(() => Review, { description: 'Fires when a review of the workspace changes (edited on the site, replied to, flagged or unflagged, disputed), also when the site accepts or refuses our reply or report.', resolve: (message: { event: Review }) => message.event })
  reviewUpdated(@Args('workspaceId', WORKSPACE) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(ReviewUpdatedEvent.eventName, workspaceId));
  }

  // Field resolvers run on a Review already authorised by the operation that returned it.
  @Allow(Role.AGENT)
  @Query(() => [ReviewReplyTemplate], { description: 'Reply templates of the workspace, by rating band.' })
  reviewReplyTemplates(@Ctx() ctx: RequestContext, @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _ws: string) {
    return this.reviewsService.listTemplates(ctx);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReviewReplyTemplate, { description: 'Saves a reply template for a rating band (ADMIN).' })
  createReviewReplyTemplate(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: CreateReviewReplyTemplateInput) {
    return this.reviewsService.createTemplate(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReviewReplyTemplate, { description: 'Renames a reply template, moves its rating band or rewrites it, checked as createReviewReplyTemplate checks (ADMIN).' })
  updateReviewReplyTemplate(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to change; see the input type for each field.' }) input: UpdateReviewReplyTemplateInput) {
    return this.reviewsService.updateTemplate(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ReviewReplyTemplate, { description: 'Deletes a reply template (ADMIN). Returns it as it was.' })
  deleteReviewReplyTemplate(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _ws: string,
    @Args('id', { type: () => ID, description: 'The template.' }, new UuidPipe('id')) id: string,
  ) {
    return this.reviewsService.deleteTemplate(ctx, id);
  }

  // Per-row field resolvers take no parameter decorators: Nest then calls them with graphql-js' own (parent, args,
  // context) instead of through its per-call pipeline (docs/architecture.md, "Field resolvers").
  @ResolveField(() => String, { nullable: true, description: "A reply drafted from the template whose rating band holds this review's rating, filled in; null when no template fits." })
  suggestedReply(review: Review, _args: object, operation: object) {
    return this.reviewsService.suggestedReply(review, operation);
  }

  @ResolveField(() => ReviewReply, { nullable: true, description: 'Our public answer, if any.' })
  reply(review: Review) {
    return review.reply?.status ? review.reply : null;
  }

  @ResolveField(() => ReviewRevisionConnection, { description: 'What it said before each edit, oldest first.' })
  revisions(@Parent() review: Review, @Args() args: ConnectionArgs, @Context() operation: object) {
    return this.reviewsService.revisions(review, args, operation);
  }

  @ResolveField(() => ReviewFlagChangeConnection, { description: 'Flags put on and taken off it, by whom and when, oldest first.' })
  flagHistory(@Parent() review: Review, @Args() args: ConnectionArgs, @Context() operation: object) {
    return this.reviewsService.flagHistory(review, args, operation);
  }

  @ResolveField(() => ReviewDisputeConnection, { description: 'Our disputes of it with the review site, oldest first.' })
  disputes(@Parent() review: Review, @Args() args: ConnectionArgs, @Context() operation: object) {
    return this.reviewsService.disputes(review, args, operation);
  }
}
