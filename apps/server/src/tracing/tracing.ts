/**
 * OpenTelemetry, loaded only when OTEL_EXPORTER_OTLP_ENDPOINT is set (main.ts
 * imports this file dynamically before the app; nothing else may import it).
 *
 * Traced: incoming HTTP requests (instrumentation-http, also outgoing HTTP
 * from the Node http module), Express routing (instrumentation-express),
 * the PostgreSQL queries run inside those (instrumentation-pg), plus
 * Rapport's own spans from @opentelemetry/api: one per GraphQL operation over
 * HTTP (tracing/graphql-tracing.ts) and one per job run (tracing/job-tracing.ts).
 * Spans go to `<endpoint>/v1/traces` as OTLP/HTTP JSON; the standard OTEL_*
 * variables apply (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES,
 * OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER, OTEL_BSP_SCHEDULE_DELAY...).
 */
import { register } from 'node:module';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** Probes and scrapes would be most of the spans and tell nothing. */
const UNTRACED_PATHS = /^\/(health(\/|$)|metrics$)/;

export interface Tracing {
  /** Flushes buffered spans and stops exporting. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /**
   * Registers the ESM loader hook (import-in-the-middle) so modules imported
   * from now on can be patched. Off only where modules do not load through
   * Node's loader (jest's VM modules).
   */
  esmHook?: boolean;
}

export async function startTracing({ esmHook = true }: TracingOptions = {}): Promise<Tracing> {
  // Rapport is ESM: `import` does not go through require(), which the instrumentations hook for CommonJS.
  if (esmHook) register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const resource = resourceFromAttributes({ 'service.name': 'rapport' }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test((req.url ?? '').split('?')[0]) }),
      new ExpressInstrumentation(),
      // Only queries of a traced request or job: the queue's polling alone would be dozens of traces a second.
      // Statement text without its values (the default); no span for taking a connection from the pool.
      new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}
