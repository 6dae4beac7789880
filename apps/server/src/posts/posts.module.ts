import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsModule } from '../channels/channels.module.js';
import { PoliciesModule } from '../policies/policies.module.js';
import { PostActivity } from './post-activity.entity.js';
import { PostImportService } from './post-import.service.js';
import { PostPublisher } from './post-publisher.js';
import { PostTarget } from './post-target.entity.js';
import { Post } from './post.entity.js';
import { PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** Posts: compose, tailor per channel, approve, schedule, publish on the durable queue. */
@Module({
  imports: [TypeOrmModule.forFeature([Post, PostTarget, PostActivity]), ChannelsModule, PoliciesModule],
  providers: [
    PostsService,
    PostImportService,
    PostPublisher,
    PostsResolver,
    nodeTypes([Post, PostTarget, PostActivity].map((entity) => ({ entity, minimum: Role.VIEWER }))),
  ],
  // Client reports read cadence through channelHealth.
  exports: [PostsService],
})
export class PostsModule {}
