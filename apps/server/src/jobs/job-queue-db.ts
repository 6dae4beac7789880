import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type PgBoss from 'pg-boss';

/** The schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = 'pgboss';

// pg-boss's own SQL for recording a worked job's outcome, so the text compared below is exactly what it sends.
const plans = createRequire(import.meta.url)('pg-boss/src/plans.js') as {
  completeJobs(schema: string): string;
  failJobsById(schema: string): string;
};
const RECORD_OUTCOME = new Set([plans.completeJobs(JOB_SCHEMA), plans.failJobsById(JOB_SCHEMA)]);

export interface JobQueueDb extends PgBoss.Db {
  close(): Promise<void>;
}

/**
 * The connections pg-boss runs on: our own pool rather than its built-in one,
 * because pg-boss 10 records a worked job's outcome (complete or fail)
 * without awaiting it. When the database goes away at that moment, the
 * rejection is unhandled and ends the process (fixed in pg-boss 11, which
 * needs Node 22). Here that one write reports its failure instead: the job
 * stays active, expires and is retried, as if its worker had died. Every
 * other query fails to its caller as usual, and connections the database
 * drops are reported rather than thrown.
 */
export function createJobQueueDb(databaseUrl: string, report: (error: unknown, message: string) => void): JobQueueDb {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: 'rapport-jobs' });
  pool.on('error', (error) => report(error, 'job queue connection lost'));
  let inFlight = 0;
  const query = async (text: string, values?: unknown[]) => {
    inFlight += 1;
    try {
      return await pool.query(text, values);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    async executeSql(text, values) {
      if (!RECORD_OUTCOME.has(text)) return query(text, values);
      try {
        return await query(text, values);
      } catch (error) {
        report(error, 'could not record the outcome of a job; it is retried once it expires');
        return { rows: [{ count: '0' }] };
      }
    },
    async close() {
      // pg-boss stops idle workers without waiting for a fetch they have in flight. Ending the pool under
      // such a fetch leaves it unanswered, so the worker never stops and pg-boss polls for it every
      // second, forever. Let the last queries finish first (bounded: a database that is down never answers).
      const deadline = Date.now() + CLOSE_WAIT_MS;
      while (inFlight > 0 && Date.now() < deadline) await sleep(10);
      await pool.end();
    },
  };
}

const CLOSE_WAIT_MS = 5_000;
