import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionArgs, ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { FailedJob } from './failed-jobs.entity.js';
import { FailedJobsService } from './failed-jobs.service.js';

const FailedJobConnection = ConnectionType(FailedJob, 'FailedJob');
const WORKSPACE = { type: () => ID, description: 'The workspace.' };
const FAILED_JOB = { type: () => ID, description: 'The failed job.' };

@ArgsType()
class FailedJobsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
}

@Resolver(() => FailedJob)
export class FailedJobsResolver {
  constructor(private readonly service: FailedJobsService) {}

  @Allow(Role.ADMIN)
  @Query(() => FailedJobConnection, { description: "The workspace's background jobs that failed for good (retries exhausted, or not retryable), newest first (ADMIN)." })
  failedJobs(@Ctx() ctx: RequestContext, @Args() args: FailedJobsArgs) {
    return this.service.list(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => FailedJob, { description: 'Queues a failed job again, with its data as it was and all its retries (ADMIN). Returns it as it was.' })
  retryFailedJob(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', FAILED_JOB, new UuidPipe('id')) id: string) {
    return this.service.retry(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => FailedJob, { description: 'Forgets a failed job without running it again (ADMIN). Returns it as it was.' })
  discardFailedJob(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', FAILED_JOB, new UuidPipe('id')) id: string) {
    return this.service.discard(ctx, id);
  }
}
