import type { EntityManager } from 'typeorm';
import { JOB_SCHEMA } from '../jobs/job-queue-db.js';
import { defineJob } from '../jobs/job-queue.js';

export interface PublishTargetJob {
  workspaceId: string;
  targetId: string;
  /** The schedule this job was made for; a rescheduled post ignores jobs of its old schedule. */
  scheduledAt: string;
}

export const PUBLISH_TARGET = defineJob<PublishTargetJob>({
  name: 'publish-post-target',
  retryLimit: 5,
  retryDelaySeconds: 1,
  // Long enough for a slow network call; a worker that died is replaced after this.
  expireInSeconds: 60,
});

/** Once a minute: re-enqueues due targets whose publish job is gone (see PostPublisher.requeueLostTargets). */
export const REQUEUE_LOST_TARGETS = defineJob<object>({ name: 'publish-requeue-lost-targets', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 120 });

/**
 * Cancels the waiting publish jobs of these targets inside the caller's
 * transaction (the post row locked), as pg-boss's own cancel does. A job
 * already running is left alone: it locks the post next and finds it
 * unscheduled, rescheduled or gone (see PostPublisher.claim).
 */
export async function cancelPublishJobs(manager: EntityManager, targetIds: string[]): Promise<void> {
  if (!targetIds.length) return;
  await manager.query(
    `UPDATE ${JOB_SCHEMA}.job SET state = 'cancelled', completed_on = now()
      WHERE name = $1 AND state IN ('created', 'retry') AND data->>'targetId' = ANY($2::text[])`,
    [PUBLISH_TARGET.name, targetIds],
  );
}
