/** A job as pg-boss's fetch returns it with metadata (the fields used here). */
export interface FetchedJob {
  id: string;
  data: object;
  retryCount: number;
  expireInSeconds: number;
}

export interface QueueWorkerOptions {
  /** The queue name (for errors). */
  name: string;
  /** Tasks running at once in this process. */
  slots: number;
  /** Null: one job per task, fetched as many at once as slots are free. A number: up to that many jobs per task. */
  batchSize: number | null;
  /** Claims up to `count` due jobs (pg-boss fetch: they become active). */
  fetch(count: number): Promise<FetchedJob[]>;
  /** Works the jobs of one task and records their outcome; must not reject. */
  run(jobs: FetchedJob[]): Promise<void>;
  report(error: unknown, message: string): void;
}

/**
 * Works one queue in this process: a single loop that fetches as many jobs as
 * it has free slots, in one statement, and runs them side by side. It fetches
 * while the queue has work (a fetch that came back full, or a wake-up) and
 * otherwise sleeps until woken: by JobQueue's poll of every queue (one
 * statement per interval for the whole process), by a job sent from this
 * process, or by a slot freed after a full fetch. A slot is held only while
 * its handler runs: the fetch of its next job overlaps the others' work.
 */
export class QueueWorker {
  private running = 0;
  /** The queue may hold due jobs: fetch when a slot is free. */
  private mayHaveWork = true;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private readonly tasks = new Set<Promise<void>>();
  private loop: Promise<void> | null = null;
  /** Jobs being worked, by id (for a shutdown that times out). */
  readonly active = new Set<string>();

  constructor(private readonly options: QueueWorkerOptions) {}

  get name(): string {
    return this.options.name;
  }

  /** True when it would fetch now if the queue had work: the poll asks only about these queues. */
  get idle(): boolean {
    return !this.mayHaveWork && this.running < this.options.slots && !this.stopping;
  }

  start(): void {
    this.loop ??= this.work();
  }

  /** The queue has (or may have) due jobs. */
  wake(): void {
    this.mayHaveWork = true;
    this.signal();
  }

  private signal(): void {
    const wakeUp = this.wakeUp;
    this.wakeUp = null;
    wakeUp?.();
  }

  private async work(): Promise<void> {
    const { slots, batchSize } = this.options;
    while (!this.stopping) {
      if (!this.mayHaveWork || this.running >= slots) {
        await new Promise<void>((resolve) => (this.wakeUp = resolve));
        continue;
      }
      const ask = batchSize ?? slots - this.running;
      let jobs: FetchedJob[];
      try {
        jobs = await this.options.fetch(ask);
      } catch (error) {
        this.options.report(error, `could not fetch jobs of ${this.options.name}`);
        jobs = [];
      }
      // Fewer than asked: the queue is drained for now (or other processes hold the rest); wait for the next poll.
      if (jobs.length < ask) this.mayHaveWork = false;
      if (!jobs.length) continue;
      if (batchSize) this.launch(jobs);
      else for (const job of jobs) this.launch([job]);
    }
  }

  private launch(jobs: FetchedJob[]): void {
    this.running += 1;
    for (const job of jobs) this.active.add(job.id);
    const task = this.options
      .run(jobs)
      .catch((error) => this.options.report(error, `job of ${this.options.name} failed unexpectedly`))
      .finally(() => {
        this.running -= 1;
        for (const job of jobs) this.active.delete(job.id);
        this.tasks.delete(task);
        this.signal();
      });
    this.tasks.add(task);
  }

  /** Stops fetching and waits up to `timeoutMs` for the running jobs; returns the ids of jobs still running. */
  async stop(timeoutMs: number): Promise<string[]> {
    this.stopping = true;
    this.signal();
    await this.loop;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all([...this.tasks]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    return [...this.active];
  }
}

/** Rejects once `seconds` have passed (at least 1), as pg-boss's own workers time a handler out. */
export async function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  const timeoutMs = Math.max(1, seconds) * 1000;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`handler execution exceeded ${timeoutMs}ms`)), timeoutMs)))]);
  } finally {
    clearTimeout(timer);
  }
}
