import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';

/** The durable job queue, shared by every domain module. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
