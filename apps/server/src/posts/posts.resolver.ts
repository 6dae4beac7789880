import { Inject } from '@nestjs/common';
import { Args, ID, Info, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import { nodeSelection } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { CalendarArgs, CreatePostInput, PostActionInput, PostFitArgs, PostsArgs, SchedulePostInput, UpdatePostInput } from './dto/post.inputs.js';
import { ChannelFit, PostPolicyCheck } from './dto/post.types.js';
import { ChannelHealth } from './channel-health.js';
import { ImportPostsInput, ImportPostsPayload } from './dto/import.types.js';
import { PostImportService } from './post-import.service.js';
import { PostActivity } from './post-activity.entity.js';
import { PostDeletedEvent } from './post-deleted.event.js';
import { PostUpdatedEvent } from './post-updated.event.js';
import { Post } from './post.entity.js';
import { PostsService } from './posts.service.js';

const PostConnection = ConnectionType(Post, 'Post');
const INPUT = { description: 'What to do; see the input type for each field.' };

/** Where a post's targets are in a posts list query. */
const TARGETS = ['edges', 'node', 'targets'];

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly postImport: PostImportService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.VIEWER)
  @Query(() => PostConnection, { description: 'Posts of a workspace, oldest first (newestFirst: latest first), filtered by status or channel.' })
  posts(@Ctx() ctx: RequestContext, @Args() args: PostsArgs, @Info() info: GraphQLResolveInfo) {
    // policyCheck reads its own column; limitErrors reads every column.
    return this.postsService.list(ctx, args, nodeSelection(info), nodeSelection(info, undefined, TARGETS));
  }

  @Allow(Role.VIEWER)
  @Query(() => [ChannelFit], {
    description:
      "How a draft would fit each channel, measured as each network counts and against each account's own limits, without storing anything: for a composer's live counter (the same measure as limitErrors). BAD_USER_INPUT on channelIds, as in createPost, for a channel that is not a network of the workspace.",
  })
  async postFit(@Ctx() ctx: RequestContext, @Args() args: PostFitArgs): Promise<ChannelFit[]> {
    return [...(await this.postsService.fit(ctx, args)).values()];
  }

  @Allow(Role.VIEWER)
  @Query(() => [Post], { description: 'The content calendar: posts scheduled in a date range, by time.' })
  postCalendar(@Ctx() ctx: RequestContext, @Args() args: CalendarArgs) {
    return this.postsService.calendar(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => [ChannelHealth], { description: 'Cadence of each network channel: last post, posts this week against its target, promotional share, and whether it went quiet.' })
  channelHealth(@Ctx() ctx: RequestContext, @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string) {
    return this.postsService.channelHealth(ctx);
  }

  @Allow(Role.VIEWER)
  @Query(() => Post, { description: 'One post.' })
  post(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The post.' }, new UuidPipe('id')) id: string,
  ): Promise<Post> {
    return this.postsService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => [PostActivity], { description: 'Who did what to a post, in order.' })
  postHistory(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The post.' }, new UuidPipe('id')) id: string,
  ): Promise<PostActivity[]> {
    return this.postsService.get(ctx, id).then(() => this.postsService.history(ctx, id));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Writes a new post as a DRAFT and checks it against the OUTBOUND_POST policies (EDITOR).' })
  createPost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: CreatePostInput): Promise<Post> {
    return this.postsService.create(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ImportPostsPayload, {
    description:
      'Creates posts in bulk from CSV or JSON (EDITOR; format in docs/posts.md): each valid row becomes a DRAFT, or a SCHEDULED post when it has a scheduledAt; invalid rows are reported and create nothing; ignored columns are reported as warnings.',
  })
  importPosts(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ImportPostsInput): Promise<ImportPostsPayload> {
    return this.postImport.import(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, {
    description:
      'Edits a DRAFT, IN_REVIEW, APPROVED or SCHEDULED post (EDITOR). Changing tags or kind changes nothing else. Changing what the networks receive (text, variants, media, channels, network options) sends a post in review or approved back to DRAFT; a SCHEDULED post keeps its time when it needs no approval (the edit must pass the scheduling checks), else it goes back to DRAFT, unscheduled. See docs/posts.md.',
  })
  updatePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UpdatePostInput): Promise<Post> {
    return this.postsService.update(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Submits a DRAFT for review (EDITOR).' })
  submitPost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.submit(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Post, { description: 'Approves a post in review (ADMIN). FORBIDDEN for whoever wrote or edited it when the workspace sets requireDifferentApprover.' })
  approvePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.approve(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Post, { description: 'Sends a post in review back to DRAFT with a comment (ADMIN).' })
  requestPostChanges(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.requestChanges(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Schedules a post at a future time (or moves a SCHEDULED one); it must be approved when approval is required, and fit every channel’s limits (EDITOR).' })
  schedulePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: SchedulePostInput): Promise<Post> {
    return this.postsService.schedule(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Moves a SCHEDULED post to another future time, with the same checks as schedulePost; CONFLICT for any other status, e.g. once publishing started (EDITOR).' })
  reschedulePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: SchedulePostInput): Promise<Post> {
    return this.postsService.reschedule(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Takes a SCHEDULED post back to DRAFT: it will not publish, its time is cleared, its content kept (EDITOR).' })
  unschedulePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.unschedule(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Publishes a post now (same checks as schedulePost) (EDITOR).' })
  publishPostNow(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.publishNow(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Cancels a post that has not started publishing (EDITOR).' })
  cancelPost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.cancel(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, {
    description: 'Deletes a post that never reached a network (DRAFT, IN_REVIEW, APPROVED, SCHEDULED, CANCELLED or FAILED), with its history; it will not publish. CONFLICT once anything was published (EDITOR). Returns it as it was.',
  })
  deletePost(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The post.' }, new UuidPipe('id')) id: string,
  ): Promise<Post> {
    return this.postsService.remove(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Subscription(() => ID, {
    description: 'Fires with the id of each post of the workspace that is deleted.',
    resolve: (message: { event: string }) => message.event,
  })
  postDeleted(@Args('workspaceId', { type: () => ID, description: 'The workspace.' }) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(PostDeletedEvent.eventName, workspaceId));
  }

  @Allow(Role.VIEWER)
  @Subscription(() => Post, {
    description: 'Fires on every change of a post of the workspace, including each publishing step.',
    resolve: (message: { event: Post }) => message.event,
  })
  postUpdated(@Args('workspaceId', { type: () => ID, description: 'The workspace.' }) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(PostUpdatedEvent.eventName, workspaceId));
  }

  // Per-row field resolvers take no parameter decorators: Nest then calls them with graphql-js' own (parent, args,
  // context) instead of through its per-call pipeline (docs/architecture.md, "Field resolvers").
  @ResolveField(() => PostPolicyCheck, { description: 'What the OUTBOUND_POST policies said at the last save or action.' })
  policyCheck(post: Post): PostPolicyCheck {
    return post.policyCheck as unknown as PostPolicyCheck;
  }

  @ResolveField(() => [String], { description: 'Why the post does not fit some of its channels (length, media); empty when it fits.' })
  async limitErrors(post: Post, _args: object, operation: object): Promise<string[]> {
    return [...(await this.postsService.limitProblems(post, undefined, operation)).values()].flat();
  }
}
