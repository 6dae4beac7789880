import { setTimeout as sleep } from 'node:timers/promises';
import { DriverError, type KeyValueStore } from '@rapport/plugin-sdk';
import type { GraphClient } from './graph.js';

/**
 * Publishing through media containers, as Instagram
 * (https://developers.facebook.com/docs/instagram-platform/content-publishing) and Threads
 * (https://developers.facebook.com/docs/threads/posts) do: create a container, wait until Meta has fetched and
 * processed its media (`FINISHED`), then publish it. Container ids are kept in the channel's store under the
 * publish's idempotency key, so a publish retried after a timeout resumes the same containers instead of
 * creating more.
 */
export interface ContainerPublish {
  graph: GraphClient;
  store: KeyValueStore;
  network: string;
  /** The publish's idempotency key. */
  key: string;
  /** `status_code` on Instagram, `status` on Threads. */
  statusField: 'status_code' | 'status';
  /** The other field that says why a container failed: Instagram's `status`, Threads' `error_message`. */
  reasonField: 'status' | 'error_message';
  pollIntervalMs: number;
  timeoutMs: number;
  /** Creates the container to publish (a carousel's items first, each through `remember` under its own name); returns its id. */
  create(remember: (name: string, make: () => Promise<string>) => Promise<string>): Promise<string>;
  /** Publishes the finished container; returns the media id. */
  publish(containerId: string): Promise<string>;
  /** Awaited right before `publish`, the request after which the post may exist (see publishOnce's `reaching`). */
  beforePublish?(): Promise<void>;
}

type ContainerStatus = Record<string, string | undefined>;

export async function publishThroughContainer(job: ContainerPublish): Promise<string> {
  // Containers expire 24 hours after creation; an expired set is replaced by the next generation's.
  const generation = (await job.store.get<number>(`containers:${job.key}`)) ?? 0;
  const remember = async (name: string, make: () => Promise<string>) => {
    const key = `container:${job.key}:${generation}:${name}`;
    const known = await job.store.get<string>(key);
    if (known) return known;
    const made = await make();
    await job.store.set(key, made);
    return made;
  };
  const containerId = await remember('post', () => job.create(remember));
  await waitUntilFinished(job, containerId, generation);
  await job.beforePublish?.();
  return job.publish(containerId);
}

/** Asks for the container's status until FINISHED; ERROR is the media's fault (invalid), EXPIRED starts over next time. */
async function waitUntilFinished(job: ContainerPublish, containerId: string, generation: number): Promise<void> {
  const deadline = Date.now() + job.timeoutMs;
  for (;;) {
    const status = await job.graph.get<ContainerStatus>(containerId, { fields: `${job.statusField},${job.reasonField}` });
    const code = status[job.statusField];
    if (code === 'FINISHED' || code === 'PUBLISHED') return;
    if (code === 'ERROR') throw new DriverError(`${job.network} could not process the media${status[job.reasonField] ? `: ${status[job.reasonField]}` : ''}`, 'invalid');
    if (code === 'EXPIRED') {
      await job.store.set(`containers:${job.key}`, generation + 1);
      throw new DriverError(`${job.network}'s media container expired before it was published; new ones are made on the next try`, 'retry');
    }
    if (Date.now() >= deadline) throw new DriverError(`${job.network} is still processing the media (container ${containerId}); the publish is tried again later`, 'retry');
    await sleep(job.pollIntervalMs);
  }
}
