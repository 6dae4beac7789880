import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OperationNames } from '../metrics/graphql-metrics.plugin.js';

/** Rapport's own spans; a no-op tracer (nothing recorded, nothing loaded) unless tracing/tracing.ts started the SDK. */
export const tracer = trace.getTracer('rapport');

/**
 * One span per GraphQL operation over HTTP, named `<type> <operation>` as
 * OpenTelemetry's GraphQL conventions say (`query Workspaces`), with the
 * operation's name and type and, on failure, its error codes. Names are
 * bounded like the metrics' (`__anonymous`, `__other`, `__invalid`). The
 * variables and the document are not recorded.
 */
@Plugin()
export class GraphqlTracing implements ApolloServerPlugin {
  private readonly names = new OperationNames();

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL });
    let named = false;
    return {
      didResolveOperation: async ({ operationName, operation }) => {
        const name = this.names.label(operationName);
        const type = operation?.operation ?? 'unknown';
        named = true;
        span.updateName(`${type} ${name}`);
        span.setAttributes({ 'graphql.operation.name': name, 'graphql.operation.type': type });
      },
      willSendResponse: async ({ response }) => {
        if (!named) span.updateName('graphql __invalid');
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        if (errors.length) {
          const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
          span.setAttribute('rapport.graphql.error_codes', codes);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
        }
        span.end();
      },
    };
  }
}
