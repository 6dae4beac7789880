import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MetricsService } from './metrics.service.js';

/** Distinct operation names one process labels; clients choose names freely, so past this they share `__other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The `operation` label, bounded: a valid operation's own name (the first
 * 200 distinct ones), `__anonymous` for an unnamed one, `__other` past the
 * cap, `__invalid` for a document that did not parse or validate.
 */
export class OperationNames {
  private readonly known = new Set<string>();

  label(name: string | null | undefined): string {
    if (!name) return '__anonymous';
    if (!OPERATION_NAME.test(name)) return '__other';
    if (this.known.has(name)) return name;
    if (this.known.size >= MAX_OPERATION_NAMES) return '__other';
    this.known.add(name);
    return name;
  }
}

/** Times every GraphQL operation over HTTP and counts its errors by code (graphql-ws subscriptions are counted as connections). */
@Plugin()
export class GraphqlMetrics implements ApolloServerPlugin {
  private readonly names = new OperationNames();

  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const end = this.metrics.graphqlDuration.startTimer();
    let labels = { operation: '__invalid', type: 'unknown' };
    return {
      didResolveOperation: async ({ operationName, operation }) => {
        labels = { operation: this.names.label(operationName), type: operation?.operation ?? 'unknown' };
      },
      willSendResponse: async ({ response }) => {
        end(labels);
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const error of errors) this.metrics.graphqlErrors.inc({ operation: labels.operation, code: String(error.extensions?.code ?? 'UNKNOWN') });
      },
    };
  }
}
