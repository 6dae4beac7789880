import { Injectable } from '@nestjs/common';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { JobQueue } from '../jobs/job-queue.js';
import { tracer } from './graphql-tracing.js';

/** One span per job run (`job <kind>`), active while it runs, so its queries and HTTP calls are its children. */
@Injectable()
export class JobTracing {
  constructor(queue: JobQueue) {
    queue.observeRuns((kind, run) =>
      tracer.startActiveSpan(`job ${kind}`, { kind: SpanKind.CONSUMER, attributes: { 'messaging.system': 'pg-boss', 'messaging.destination.name': kind } }, async (span) => {
        try {
          await run();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
          throw error;
        } finally {
          span.end();
        }
      }),
    );
  }
}
