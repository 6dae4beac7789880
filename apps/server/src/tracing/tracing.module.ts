import { Module } from '@nestjs/common';
import { GraphqlTracing } from './graphql-tracing.js';
import { JobTracing } from './job-tracing.js';

/** Rapport's own spans (GraphQL operations, jobs) through @opentelemetry/api: recorded only when tracing/tracing.ts started the SDK. */
@Module({ providers: [GraphqlTracing, JobTracing] })
export class TracingModule {}
