/**
 * The process entry (`node dist/apps/server/src/main.js`). With OTEL_EXPORTER_OTLP_ENDPOINT set, tracing starts
 * first, so its instrumentations can patch express, pg and http before anything imports them; the app is imported
 * only then. Without it, no OpenTelemetry SDK is loaded at all.
 */
import type { StartedBeforeApp } from './run.js';

let tracing: StartedBeforeApp | undefined;
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  try {
    tracing = await (await import('./tracing/tracing.js')).startTracing();
  } catch (error) {
    process.stderr.write(`Rapport failed to start.\nTracing (OTEL_EXPORTER_OTLP_ENDPOINT): ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
const { run } = await import('./run.js');
await run(tracing);
