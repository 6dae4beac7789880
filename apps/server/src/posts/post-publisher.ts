import { Inject, Injectable } from '@nestjs/common';
import type { ChannelDriver } from '@rapport/plugin-sdk';
import { DataSource, EntityManager } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { ChannelsService } from '../channels/channels.service.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue, RetryLater, type JobInfo } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { PostActivity } from './post-activity.entity.js';
import { PostTarget } from './post-target.entity.js';
import { PostUpdatedEvent } from './post-updated.event.js';
import { Post } from './post.entity.js';
import { PostActivityKind, PostStatus, TargetStatus } from './post.enums.js';
import { PUBLISH_TARGET, type PublishTargetJob } from './publish-target.job.js';


/**
 * Publishes one post target per job. Each target publishes at most once:
 * the attempt is recorded (PUBLISHING) before the network call and the
 * result after it, and the driver gets the target id as idempotency key, so a
 * job that runs again after its worker died, or is delivered twice, finds the
 * target PUBLISHED, or asks the network again with the same key and gets the
 * same post back.
 */
@Injectable()
export class PostPublisher {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly channels: ChannelsService,
    private readonly events: EventBus,
    queue: JobQueue,
  ) {
    queue.register(PUBLISH_TARGET, (data, job) => this.publish(data, job));
  }

  async publish(data: PublishTargetJob, job: JobInfo): Promise<void> {
    const claimed = await this.claim(data);
    if (!claimed) return;
    const { target, post, channel, driver } = claimed;
    try {
      const result = await driver.publish(this.contexts.forChannel(channel, this.registry.channelType(channel.type)!.owner), {
        idempotencyKey: target.id,
        text: target.variantText ?? post.body,
        media: post.media,
      });
      await this.finish(data, TargetStatus.PUBLISHED, { externalId: result.externalId, url: result.url ?? null, publishedAt: new Date(), lastError: null });
    } catch (error) {
      await this.fail(data, job, channel, driver, error);
    }
  }

  /** Records the attempt before the network call; null when there is nothing (left) to do. */
  private async claim(data: PublishTargetJob) {
    const claimed = await this.dataSource.transaction(async (manager) => {
      const target = await manager.findOne(PostTarget, { where: { id: data.targetId, workspaceId: data.workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!target || target.status === TargetStatus.PUBLISHED || target.status === TargetStatus.FAILED || target.status === TargetStatus.CANCELLED) return null;
      const post = await manager.findOneOrFail(Post, { where: { id: target.postId } });
      // A rescheduled or cancelled post ignores the jobs of its old schedule.
      if (post.status === PostStatus.CANCELLED || post.scheduledAt?.toISOString() !== data.scheduledAt) return null;
      const channel = await manager.findOneByOrFail(Channel, { id: target.channelId, workspaceId: data.workspaceId });
      const driver = this.registry.channelType(channel.type)?.driver;
      if (!driver || channel.status !== ChannelStatus.CONNECTED) {
        const reason = driver ? `channel ${channel.displayName} is ${channel.status}` : `channel type ${channel.type} is not loaded`;
        await this.settle(manager, target, post, TargetStatus.FAILED, { lastError: reason });
        return { post, work: null };
      }
      target.status = TargetStatus.PUBLISHING;
      target.attempts += 1;
      await manager.save(target);
      // Only the status column: saving the whole post would cascade its stale copy of the targets.
      await manager.update(Post, { id: post.id }, { status: PostStatus.PUBLISHING });
      return { post, work: { target, post, channel, driver } };
    });
    if (!claimed) return null;
    await this.events.publish(new PostUpdatedEvent(data.workspaceId, await this.reload(claimed.post.id)));
    return claimed.work;
  }

  private async fail(data: PublishTargetJob, job: JobInfo, channel: Channel, driver: ChannelDriver, error: unknown): Promise<void> {
    const classification = driver.classifyError(error);
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn({ targetId: data.targetId, classification, attempt: job.retryCount + 1, reason: message }, 'publishing failed');
    if (classification === 'retry' && job.retryCount < PUBLISH_TARGET.retryLimit) {
      await this.finish(data, TargetStatus.PENDING, { lastError: message });
      throw new RetryLater(message);
    }
    await this.channels.recordFailure(channel, driver, error);
    await this.finish(data, TargetStatus.FAILED, { lastError: message });
  }

  private async finish(data: PublishTargetJob, status: TargetStatus, fields: Partial<PostTarget>): Promise<void> {
    const post = await this.dataSource.transaction(async (manager) => {
      const target = await manager.findOneOrFail(PostTarget, { where: { id: data.targetId }, lock: { mode: 'pessimistic_write' } });
      const post = await manager.findOneOrFail(Post, { where: { id: target.postId } });
      await this.settle(manager, target, post, status, fields);
      return post;
    });
    await this.events.publish(new PostUpdatedEvent(data.workspaceId, await this.reload(post.id)));
  }

  /** Saves a target's new state, records it, and derives the post status from all its targets. */
  private async settle(manager: EntityManager, target: PostTarget, post: Post, status: TargetStatus, fields: Partial<PostTarget>): Promise<void> {
    Object.assign(target, fields, { status });
    await manager.save(target);
    if (status === TargetStatus.PUBLISHED || status === TargetStatus.FAILED) {
      await manager.save(
        manager.create(PostActivity, {
          workspaceId: post.workspaceId,
          postId: post.id,
          kind: status === TargetStatus.PUBLISHED ? PostActivityKind.TARGET_PUBLISHED : PostActivityKind.TARGET_FAILED,
          actorId: null,
          detail: status === TargetStatus.PUBLISHED ? `${target.channelId}: ${target.externalId}` : `${target.channelId}: ${target.lastError}`,
        }),
      );
    }
    const targets = await manager.findBy(PostTarget, { postId: post.id });
    await manager.update(Post, { id: post.id }, { status: derivePostStatus(targets.map((t) => t.status)) });
  }

  private reload(postId: string): Promise<Post> {
    return this.dataSource.getRepository(Post).findOneOrFail({ where: { id: postId } });
  }
}

/** The post's status from its targets' statuses once publishing has started. */
export function derivePostStatus(statuses: TargetStatus[]): PostStatus {
  if (statuses.some((s) => s === TargetStatus.PUBLISHING || s === TargetStatus.PENDING)) return PostStatus.PUBLISHING;
  const published = statuses.filter((s) => s === TargetStatus.PUBLISHED).length;
  if (published === statuses.length) return PostStatus.PUBLISHED;
  return published > 0 ? PostStatus.PARTIALLY_PUBLISHED : PostStatus.FAILED;
}
