import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FailedJob } from './failed-jobs.entity.js';
import { FailedJobsResolver } from './failed-jobs.resolver.js';
import { FailedJobsService } from './failed-jobs.service.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** The failed (dead-lettered) jobs of each workspace, for its ADMINs. */
@Module({
  imports: [TypeOrmModule.forFeature([FailedJob])],
  providers: [FailedJobsService, FailedJobsResolver, nodeTypes([{ entity: FailedJob, minimum: Role.ADMIN }])],
})
export class FailedJobsModule {}
