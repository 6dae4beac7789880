import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FailedJob } from './failed-jobs.entity.js';
import { FailedJobsResolver } from './failed-jobs.resolver.js';
import { FailedJobsService } from './failed-jobs.service.js';

/** The failed (dead-lettered) jobs of each workspace, for its ADMINs. */
@Module({
  imports: [TypeOrmModule.forFeature([FailedJob])],
  providers: [FailedJobsService, FailedJobsResolver],
})
export class FailedJobsModule {}
