import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { CalendarArgs, CreatePostInput, PostActionInput, PostsArgs, SchedulePostInput, UpdatePostInput } from './dto/post.inputs.js';
import { PostPolicyCheck } from './dto/post.types.js';
import { ChannelHealth } from './channel-health.js';
import { ImportPostsInput, ImportPostsPayload } from './dto/import.types.js';
import { PostImportService } from './post-import.service.js';
import { PostActivity } from './post-activity.entity.js';
import { PostUpdatedEvent } from './post-updated.event.js';
import { Post } from './post.entity.js';
import { PostsService } from './posts.service.js';

const PostConnection = ConnectionType(Post, 'Post');
const INPUT = { description: 'What to do; see the input type for each field.' };

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly postImport: PostImportService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.VIEWER)
  @Query(() => PostConnection, { description: 'Posts of a workspace, oldest first, filtered by status or channel.' })
  posts(@Ctx() ctx: RequestContext, @Args() args: PostsArgs) {
    return this.postsService.list(ctx, args);
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
  @Mutation(() => ImportPostsPayload, { description: 'Creates DRAFT posts in bulk from CSV or JSON: valid rows are created, invalid rows reported (EDITOR).' })
  importPosts(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ImportPostsInput): Promise<ImportPostsPayload> {
    return this.postImport.import(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Edits a post; an edited post in review or approved goes back to DRAFT (EDITOR).' })
  updatePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UpdatePostInput): Promise<Post> {
    return this.postsService.update(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Submits a DRAFT for review (EDITOR).' })
  submitPost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.submit(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Post, { description: 'Approves a post in review (ADMIN).' })
  approvePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.approve(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Post, { description: 'Sends a post in review back to DRAFT with a comment (ADMIN).' })
  requestPostChanges(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: PostActionInput): Promise<Post> {
    return this.postsService.requestChanges(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => Post, { description: 'Schedules (or reschedules) a post; it must be approved when approval is required, and fit every channel’s limits (EDITOR).' })
  schedulePost(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: SchedulePostInput): Promise<Post> {
    return this.postsService.schedule(ctx, input);
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

  @Allow(Role.VIEWER)
  @Subscription(() => Post, {
    description: 'Fires on every change of a post of the workspace, including each publishing step.',
    resolve: (message: { event: Post }) => message.event,
  })
  postUpdated(@Args('workspaceId', { type: () => ID, description: 'The workspace.' }) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(PostUpdatedEvent.eventName, workspaceId));
  }

  @ResolveField(() => PostPolicyCheck, { description: 'What the OUTBOUND_POST policies said at the last save or action.' })
  policyCheck(@Parent() post: Post): PostPolicyCheck {
    return post.policyCheck as unknown as PostPolicyCheck;
  }

  @ResolveField(() => [String], { description: 'Why the post does not fit some of its channels (length, media); empty when it fits.' })
  async limitErrors(@Parent() post: Post): Promise<string[]> {
    return [...(await this.postsService.limitProblems(post)).values()].flat();
  }
}
