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
