import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { paginate, type ConnectionArgs, type Connection } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { FailedJob } from './failed-jobs.entity.js';
import { JobQueue } from './job-queue.js';

/** A workspace's failed jobs (recorded by JobQueue): listed newest first, sent again, or discarded. */
@Injectable()
export class FailedJobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  list(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<FailedJob>> {
    const query = this.dataSource.getRepository(FailedJob).createQueryBuilder('job').where('job.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    return paginate(query, args, { property: 'failedAt', direction: 'DESC' });
  }

  /** Queues the job again with its data as it was and every retry anew; it leaves the failed jobs in the same transaction. */
  retry(ctx: RequestContext, id: string): Promise<FailedJob> {
    return this.dataSource.transaction(async (manager) => {
      const job = await this.take(ctx, id, manager);
      const definition = this.queue.definitionOf(job.kind);
      if (!definition) throw new ConflictError(`Jobs of kind "${job.kind}" are no longer run; discard this one instead.`);
      await this.queue.send(definition, job.data, { transaction: manager });
      return job;
    });
  }

  discard(ctx: RequestContext, id: string): Promise<FailedJob> {
    return this.dataSource.transaction((manager) => this.take(ctx, id, manager));
  }

  /** Removes the workspace's failed job, locked so two ADMINs cannot both retry it. */
  private async take(ctx: RequestContext, id: string, manager: EntityManager): Promise<FailedJob> {
    const job = await manager.findOne(FailedJob, { where: { id, workspaceId: ctx.workspaceId }, lock: { mode: 'pessimistic_write' } });
    if (!job) throw new NotFoundError('FailedJob', id);
    await manager.delete(FailedJob, { id });
    return job;
  }
}
