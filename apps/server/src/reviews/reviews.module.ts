import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsModule } from '../channels/channels.module.js';
import { PoliciesModule } from '../policies/policies.module.js';
import { ReviewDispute } from './review-dispute.entity.js';
import { ReviewFlagChange } from './review-flag-change.entity.js';
import { ReviewIngestionService } from './review-ingestion.service.js';
import { ReviewReplyTemplate } from './review-reply-template.entity.js';
import { ReviewRevision } from './review-revision.entity.js';
import { ReviewSentiment } from './review-sentiment.js';
import { ReviewSettings } from './review-settings.entity.js';
import { ReviewSourceWorker } from './review-source-worker.js';
import { Review } from './review.entity.js';
import { ReviewsResolver } from './reviews.resolver.js';
import { ReviewsService } from './reviews.service.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** Reviews: ingestion from review sites (webhooks, sync), triage, replies, suspicion, disputes, reputation. */
@Module({
  imports: [TypeOrmModule.forFeature([Review, ReviewRevision, ReviewDispute, ReviewFlagChange, ReviewSettings, ReviewReplyTemplate]), ChannelsModule, PoliciesModule],
  providers: [
    ReviewSentiment,
    ReviewIngestionService,
    ReviewSourceWorker,
    ReviewsService,
    ReviewsResolver,
    nodeTypes([
      ...[Review, ReviewRevision, ReviewDispute, ReviewFlagChange].map((entity) => ({ entity, minimum: Role.VIEWER })),
      { entity: ReviewReplyTemplate, minimum: Role.AGENT },
    ]),
  ],
  // Client reports read reputation through ReviewsService.
  exports: [ReviewsService],
})
export class ReviewsModule {}
