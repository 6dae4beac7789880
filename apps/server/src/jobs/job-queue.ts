import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { createJobQueueDb, JOB_SCHEMA, type JobQueueDb } from './job-queue-db.js';
import { QueueWorker, withinSeconds, type FetchedJob } from './queue-worker.js';

/** A kind of job: its queue name and how it is retried. */
export interface JobDefinition<TData extends object> {
  name: string;
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time with backoff. */
  retryDelaySeconds: number;
  /** A job running longer than this is considered lost (its worker died) and retried. */
  expireInSeconds: number;
  /** Jobs one poller fetches at once, for a handler registered with registerBatch (default 1). */
  batchSize?: number;
  /**
   * Merges the payloads sendSoon writes together into fewer jobs (e.g. the deliveries of one channel into one job
   * of all their items): one job row per burst instead of one per delivery. The handler must treat a merged job
   * as it would the jobs it stands for.
   */
  mergeSoon?(payloads: TData[]): TData[];
  /** Type carrier only. */
  readonly data?: TData;
}

export function defineJob<TData extends object>(definition: Omit<JobDefinition<TData>, 'data'>): JobDefinition<TData> {
  return definition;
}

/** The longest a network's Retry-After holds a retry back; a longer ask waits this long. */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * Thrown by a handler to have the queue run the job again later, with
 * backoff; `afterSeconds` (e.g. the network's Retry-After) makes the retry
 * wait at least that long.
 */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly afterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * Thrown by a handler when running the job again cannot help (e.g. its data
 * is invalid): the job fails at once, without its remaining retries, and is
 * kept among the failed jobs.
 */
export class NotRetryable extends Error {}

/** pg-boss copies a job that failed for good into this queue, from which JobQueue records it in `failed_job`. */
function deadLetterQueueOf(name: string): string {
  return `${name}__dead`;
}

export interface JobInfo {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

type Handler<TData> = (data: TData, job: JobInfo) => Promise<void>;

/** Wraps every job run of this process (metrics, traces): it must call `run` once and return or throw what it does. */
export type JobRunObserver = (kind: string, run: () => Promise<void>) => Promise<void>;

/** One job of a batch: its data and identity. */
export interface BatchJob<TData> extends JobInfo {
  data: TData;
}

/**
 * Works up to `batchSize` jobs at once. Jobs it returns with an error fail
 * alone, as if a single handler had thrown it (NotRetryable, RetryLater or
 * any other error); every other job of the batch completes. Throwing fails
 * the whole batch (each job is retried).
 */
type BatchHandler<TData> = (jobs: BatchJob<TData>[]) => Promise<Map<string, unknown> | void>;

/**
 * The durable queue: pg-boss on Rapport's own PostgreSQL (schema `pgboss`),
 * so every API and worker process shares the work, retries with exponential
 * backoff survive restarts, and a job whose worker died is picked up again
 * once it expires. API-only processes (RAPPORT_ROLE=api) enqueue but do not work.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly db: JobQueueDb;
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, { definition: JobDefinition<object>; handler: Handler<object> | { batch: BatchHandler<object> }; slots?: number }>();
  private readonly schedules = new Map<string, string>();
  private readonly observers: JobRunObserver[] = [];
  private started = false;
  private stopping = false;
  /** The queues this process works, by name. */
  private readonly workers = new Map<string, QueueWorker>();
  private pollTimer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  /** Outcome writes not yet answered (awaited on shutdown). */
  private readonly outcomes = new Set<Promise<unknown>>();
  /** Jobs waiting for sendSoon's next write, per kind. */
  private readonly outbox = new Map<string, { definition: JobDefinition<object>; waiting: Array<{ data: object; resolve: () => void; reject: (error: unknown) => void }>; writing: boolean }>();

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {
    this.db = createJobQueueDb(databaseUrl, (error, message) => this.reportError(error, message));
    this.boss = new PgBoss({ db: this.db, schema: JOB_SCHEMA, maintenanceIntervalSeconds: config.jobMaintenanceSeconds });
    // Workers keep polling through a database outage and resume when it is back; meanwhile each failed poll lands here.
    this.boss.on('error', (error) => this.reportError(error, 'job queue error'));
  }

  private reportError(error: unknown, message: string): void {
    // While shutting down, pg-boss may still report its connections being closed by the database; that is expected.
    if (this.stopping) this.logger.debug({ err: error }, `${message} while stopping`);
    else if (isDatabaseUnavailable(error)) this.logger.warn({ err: error }, `${message}: the database is unavailable`);
    else this.logger.error({ err: error }, message);
  }

  /**
   * Registers the handler of a job kind; call it from a module's constructor
   * or onModuleInit. `slots`: jobs of this kind one process works at once
   * (default RAPPORT_JOB_CONCURRENCY), for a handler that bounds its own
   * scarce part (see PostPublisher).
   */
  register<TData extends object>(definition: JobDefinition<TData>, handler: Handler<TData>, options: { slots?: number } = {}): void {
    if (this.started) throw new Error(`Job "${definition.name}" registered after the queue started`);
    this.handlers.set(definition.name, { definition, handler: (data, job) => this.observed(definition.name, () => handler(data as TData, job)), slots: options.slots });
  }

  /** Adds an observer of every job run (see JobRunObserver); the first added is outermost. */
  observeRuns(observer: JobRunObserver): void {
    this.observers.push(observer);
  }

  private async observed<T>(kind: string, run: () => Promise<T>): Promise<T> {
    let result!: T;
    await this.observers.reduceRight<() => Promise<void>>((inner, observe) => () => observe(kind, inner), async () => void (result = await run()))();
    return result;
  }

  /** Registers the handler of a job kind whose jobs are worked `definition.batchSize` at a time; `slots`: batches at once, as for register. */
  registerBatch<TData extends object>(definition: JobDefinition<TData>, handler: BatchHandler<TData>, options: { slots?: number } = {}): void {
    if (this.started) throw new Error(`Job "${definition.name}" registered after the queue started`);
    this.handlers.set(definition.name, {
      definition,
      handler: { batch: (jobs) => this.observed(definition.name, () => handler(jobs as BatchJob<TData>[])) },
      slots: options.slots,
    });
  }

  /**
   * Runs a registered job on a cron schedule (UTC). pg-boss keeps one schedule
   * per name in the database, so it fires once per tick however many
   * processes run.
   */
  schedule(definition: JobDefinition<object>, cron: string): void {
    if (this.started) throw new Error(`Job "${definition.name}" scheduled after the queue started`);
    this.schedules.set(definition.name, cron);
  }

  /**
   * Enqueues a job. Pass `transaction` (a manager inside dataSource.transaction)
   * to write the job row in that transaction: it commits or rolls back with the
   * caller's rows, so no worker can see the job before the rows it is about.
   */
  async send<TData extends object>(
    definition: JobDefinition<TData>,
    data: TData,
    options: { startAfter?: Date; singletonKey?: string; transaction?: EntityManager } = {},
  ): Promise<string | null> {
    const id = await this.boss.send(definition.name, data, {
      retryLimit: definition.retryLimit,
      retryDelay: this.retryDelay(definition),
      retryBackoff: this.retryBackoff(definition),
      expireInSeconds: this.expiry(definition),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.transaction ? { db: inTransaction(options.transaction) } : {}),
    });
    // Due now and written (not inside a caller's transaction, which may not have committed): this process looks at once.
    if (!options.transaction && (!options.startAfter || options.startAfter.getTime() <= Date.now())) this.workers.get(definition.name)?.wake();
    return id;
  }

  /**
   * Enqueues many jobs of one kind in one statement (same retry policy as
   * send); resolves once they are all written.
   */
  async sendMany<TData extends object>(definition: JobDefinition<TData>, data: TData[]): Promise<void> {
    if (!data.length) return;
    await this.boss.insert(
      data.map((item) => ({ name: definition.name, data: item, retryLimit: definition.retryLimit, retryDelay: this.retryDelay(definition), retryBackoff: this.retryBackoff(definition), expireInSeconds: this.expiry(definition) })),
    );
    this.workers.get(definition.name)?.wake();
  }

  /**
   * Enqueues a job from a hot path (a webhook that answers once its job is
   * stored): jobs sent while an earlier write of their kind is in flight are
   * written together by the next one, in one statement (merged into fewer jobs
   * where the definition says how: mergeSoon). Alone, a job is written at
   * once. Resolves once the job is stored.
   */
  sendSoon<TData extends object>(definition: JobDefinition<TData>, data: TData): Promise<void> {
    let box = this.outbox.get(definition.name);
    if (!box) this.outbox.set(definition.name, (box = { definition, waiting: [], writing: false }));
    const stored = new Promise<void>((resolve, reject) => box.waiting.push({ data, resolve, reject }));
    if (!box.writing) void this.writeOutbox(box);
    return stored;
  }

  private async writeOutbox(box: { definition: JobDefinition<object>; waiting: Array<{ data: object; resolve: () => void; reject: (error: unknown) => void }>; writing: boolean }): Promise<void> {
    box.writing = true;
    while (box.waiting.length) {
      const batch = box.waiting.splice(0, 500);
      try {
        const payloads = batch.map((w) => w.data);
        await this.sendMany(box.definition, box.definition.mergeSoon ? box.definition.mergeSoon(payloads) : payloads);
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    box.writing = false;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const { definition, handler, slots } of this.handlers.values()) {
      const cron = this.schedules.get(definition.name);
      // A scheduled job runs again at its next tick, so its failures are only logged; every other job's are kept.
      const deadLetter = cron ? undefined : deadLetterQueueOf(definition.name);
      if (deadLetter) await this.boss.createQueue(deadLetter);
      await this.boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit,
        retryDelay: this.retryDelay(definition),
        retryBackoff: this.retryBackoff(definition),
        expireInSeconds: this.expiry(definition),
        ...(deadLetter ? { deadLetter } : {}),
      });
      // createQueue leaves an existing queue as it was: one made before dead letters existed gets its own here.
      if (deadLetter) await this.boss.updateQueue(definition.name, { name: definition.name, deadLetter });
      if (cron) await this.boss.schedule(definition.name, cron, {});
      if (this.config.role === 'api') continue;
      // A scheduled job runs once per tick: one slot is enough.
      this.startWorker(definition, handler, cron ? 1 : (slots ?? this.config.jobConcurrency));
      if (deadLetter) this.startWorker({ ...definition, name: deadLetter, batchSize: undefined }, (_data, job) => this.recordFailedJob(definition.name, deadLetter, job.id), 1);
    }
    if (this.workers.size) this.schedulePoll();
  }

  /**
   * Works one queue in this process with `slots` jobs (or batches) at once: a
   * single QueueWorker loop fetching as many jobs as it has free slots. Idle
   * queues are not polled one by one: schedulePoll asks once per interval
   * which of them have due jobs.
   */
  private startWorker(definition: JobDefinition<object>, handler: Handler<object> | { batch: BatchHandler<object> }, slots: number): void {
    const batch = typeof handler === 'function' ? null : handler.batch;
    const worker = new QueueWorker({
      name: definition.name,
      slots,
      batchSize: batch ? (definition.batchSize ?? 1) : null,
      fetch: async (count) => (await this.boss.fetch<object>(definition.name, { batchSize: count, includeMetadata: true })) as unknown as FetchedJob[],
      report: (error, message) => this.reportError(error, message),
      run: async (jobs) => {
        const timeout = jobs.reduce((longest, job) => Math.max(longest, job.expireInSeconds), 0);
        if (!batch) {
          const [job] = jobs;
          try {
            await withinSeconds((handler as Handler<object>)(job.data, { id: job.id, retryCount: job.retryCount }), timeout);
          } catch (error) {
            await this.settle(definition, [job.id], error);
            return;
          }
          await this.settle(definition, [job.id]);
          return;
        }
        let failures: Map<string, unknown> | void;
        try {
          failures = await withinSeconds(
            batch(jobs.map((job) => ({ id: job.id, retryCount: job.retryCount, data: job.data }))),
            timeout,
          );
        } catch (error) {
          await this.settle(definition, jobs.map((job) => job.id), error);
          return;
        }
        for (const [jobId, error] of failures ?? []) await this.settle(definition, [jobId], error);
        const done = jobs.map((job) => job.id).filter((id) => !failures?.has(id));
        if (done.length) await this.settle(definition, done);
      },
    });
    this.workers.set(definition.name, worker);
    worker.start();
  }

  /**
   * Records the outcome of worked jobs: completed without `error`; with one,
   * failed as the error asks (NotRetryable, RetryLater(afterSeconds)) or as
   * pg-boss fails a job whose handler threw. A completion is written without
   * holding the job's slot (the job is active, so no one fetches it meanwhile);
   * a write that fails (the database went away) leaves the job active, to
   * expire and be retried, as if its worker had died.
   */
  private async settle(definition: JobDefinition<object>, jobIds: string[], ...failure: [] | [unknown]): Promise<void> {
    const write = (async () => {
      try {
        if (!failure.length) await this.boss.complete(definition.name, jobIds);
        else {
          const [error] = failure;
          for (const jobId of jobIds) if (!(await this.failOne(definition, jobId, error))) await this.boss.fail(definition.name, jobId, toError(error));
        }
      } catch (error) {
        this.reportError(error, 'could not record the outcome of a job; it is retried once it expires');
      }
    })();
    this.outcomes.add(write);
    void write.finally(() => this.outcomes.delete(write));
    // A failure is recorded before the slot is freed (its retry time matters); a completion is not waited for.
    if (failure.length) await write;
  }

  /**
   * Every polling interval, one statement asks which idle queues of this
   * process have due jobs, and wakes their workers. (pg-boss's own workers
   * would each poll their queue: with every kind's pollers in every process,
   * that was hundreds of statements a second for nothing.)
   */
  private schedulePoll(): void {
    if (this.stopping) return;
    this.pollTimer = setTimeout(() => {
      this.polling = this.poll().finally(() => {
        this.polling = null;
        this.schedulePoll();
      });
    }, this.config.jobPollingSeconds * 1000);
    this.pollTimer.unref?.();
  }

  private async poll(): Promise<void> {
    const idle = [...this.workers.values()].filter((worker) => worker.idle).map((worker) => worker.name);
    if (!idle.length) return;
    try {
      const { rows } = await this.db.executeSql(
        `SELECT q.name FROM unnest($1::text[]) AS q(name)
          WHERE EXISTS (SELECT 1 FROM ${JOB_SCHEMA}.job j WHERE j.name = q.name AND j.state < 'active' AND j.start_after < now())`,
        [idle],
      );
      for (const { name } of rows as Array<{ name: string }>) this.workers.get(name)?.wake();
    } catch (error) {
      this.reportError(error, 'could not poll the job queues');
    }
  }

  /** Settles a job a handler failed with NotRetryable or RetryLater(afterSeconds); false for any other error, which pg-boss retries as usual. */
  private async failOne(definition: JobDefinition<object>, jobId: string, error: unknown): Promise<boolean> {
    if (error instanceof NotRetryable) await this.failForGood(definition, jobId, error);
    else if (error instanceof RetryLater && error.afterSeconds) await this.retryNoSooner(definition, jobId, error, error.afterSeconds);
    else return false;
    return true;
  }

  /**
   * Fails the job as pg-boss does when a handler throws (same retry count,
   * limit and dead-lettering) and moves its next attempt to no sooner than
   * `afterSeconds` from now, in one transaction, so no worker ever sees the
   * retry at pg-boss's own earlier time. pg-boss's completion that follows
   * finds the job no longer active and leaves it alone.
   */
  private async retryNoSooner(definition: JobDefinition<object>, jobId: string, error: RetryLater, afterSeconds: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.boss.fail(definition.name, jobId, error, { db: inTransaction(manager) });
      await manager.query(
        `UPDATE ${JOB_SCHEMA}.job SET start_after = GREATEST(start_after, now() + make_interval(secs => $3)) WHERE name = $1 AND id = $2 AND state = 'retry'`,
        [definition.name, jobId, Math.min(afterSeconds, MAX_RETRY_AFTER_SECONDS)],
      );
    });
  }

  /** Fails the job with no retry left (pg-boss then dead-letters it), in one transaction like retryNoSooner. */
  private async failForGood(definition: JobDefinition<object>, jobId: string, error: NotRetryable): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE ${JOB_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [definition.name, jobId]);
      await this.boss.fail(definition.name, jobId, error, { db: inTransaction(manager) });
    });
  }

  /**
   * Keeps a dead-lettered job in `failed_job`, for its workspace's ADMINs to
   * see, retry or discard. pg-boss's copy carries the job's data, its last
   * error and its retry limit (so attempts = limit + 1); it is recorded once
   * however often this runs.
   */
  private async recordFailedJob(kind: string, deadLetter: string, deadLetterJobId: string): Promise<void> {
    const recorded: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO failed_job (id, workspace_id, kind, data, last_error, attempts, failed_at)
       SELECT j.id, w.id, $3, j.data, coalesce(j.output->>'message', j.output->'value'->>'message'), j.retry_limit + 1, j.created_on
         FROM ${JOB_SCHEMA}.job j JOIN workspace w ON w.id::text = j.data->>'workspaceId'
        WHERE j.name = $1 AND j.id = $2
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [deadLetter, deadLetterJobId, kind],
    );
    if (!recorded.length) this.logger.warn({ kind, jobId: deadLetterJobId }, 'a job failed for good but names no existing workspace (or was recorded already)');
  }

  /** The definition of a registered job kind, e.g. to send a failed job again. */
  definitionOf(kind: string): JobDefinition<object> | undefined {
    return this.handlers.get(kind)?.definition;
  }

  private retryDelay(definition: JobDefinition<object>): number {
    return Math.min(definition.retryDelaySeconds, this.config.jobRetryDelaySeconds ?? Infinity);
  }

  /** pg-boss waits at least a second between retries with backoff, so a delay of 0 (retry at once) turns it off. */
  private retryBackoff(definition: JobDefinition<object>): boolean {
    return this.retryDelay(definition) > 0;
  }

  private expiry(definition: JobDefinition<object>): number {
    return Math.min(definition.expireInSeconds, this.config.jobExpireSeconds ?? Infinity);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    await this.polling;
    // Running jobs get 10 s to finish; any still running then is failed (retried later), as pg-boss's stop does.
    const deadline = Date.now() + SHUTDOWN_WAIT_MS;
    for (const worker of this.workers.values()) {
      const unfinished = await worker.stop(Math.max(0, deadline - Date.now()));
      for (const jobId of unfinished) await this.boss.fail(worker.name, jobId, new Error('shut down while active')).catch((error) => this.reportError(error, 'could not release a running job'));
    }
    await Promise.all([...this.outcomes]);
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: SHUTDOWN_WAIT_MS });
    await this.db.close();
  }
}

const SHUTDOWN_WAIT_MS = 10_000;

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** pg-boss's `db` option: its SQL runs on the connection of the caller's open transaction. */
function inTransaction(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('JobQueue.send: `transaction` must be the manager of an open transaction');
  return { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) };
}
