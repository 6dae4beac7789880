import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLConfig } from '../config/rapport-config.js';
import { QueryTooComplexError } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** Fields measured once fragments are expanded; past this the operation is refused unmeasured (fragments can nest exponentially). */
const MAX_MEASURED_FIELDS = 10_000;

/** A paginated list costs one plus its selection once per item of the page it asks for. */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  return 1 + childComplexity * (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE);
};

/** Every other field costs one plus its selection. */
const ESTIMATORS = [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** graphql-ws hands over what a subscribe message carries. */
interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * What one GraphQL operation may ask for, and what the schema reveals, applied
 * alike over HTTP (Apollo) and graphql-ws, before anything executes: tokens
 * and aliases while validating, the cost once the variables (page sizes) are
 * known; introspection and "Did you mean" hints only when switched on.
 */
export class QueryLimits {
  /** The executable schema, kept for graphql-ws, which Nest starts with the same schema as Apollo. */
  private schema?: GraphQLSchema;

  constructor(private readonly config: GraphQLConfig) {}

  /** Added to GraphQL's own validation rules (Apollo refuses introspection itself, from its `introspection` option). */
  validationRules(): ValidationRule[] {
    const { maxTokens, maxAliases } = this.config;
    const tokenLimit: ValidationRule = (context) => ({
      Document(document: DocumentNode) {
        const tokens = document.tokenCount ?? 0;
        if (tokens > maxTokens) {
          context.reportError(new QueryTooComplexError(`The operation has ${tokens} tokens, more than the ${maxTokens} allowed.`, { tokens, maxTokens }));
        }
      },
    });
    const aliasLimit = maxAliasesRule({
      n: maxAliases,
      propagateOnRejection: false,
      onReject: [(context) => context?.reportError(new QueryTooComplexError(`The operation uses more than ${maxAliases} aliases.`, { maxAliases }))],
    });
    return [tokenLimit, aliasLimit];
  }

  /** The refusal of an operation over the cost limit, or undefined when it may run. */
  costError(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): QueryTooComplexError | undefined {
    const { maxCost } = this.config;
    const operation = getOperationAST(document, operationName);
    // No single operation, or invalid variables: execution refuses those itself, with their own errors.
    if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return undefined;
    let cost: number;
    try {
      cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: ESTIMATORS, maxQueryNodes: MAX_MEASURED_FIELDS });
    } catch {
      return new QueryTooComplexError(`The operation selects more than ${MAX_MEASURED_FIELDS} fields once its fragments are expanded.`, { maxCost });
    }
    return cost > maxCost ? new QueryTooComplexError(`The operation costs ${cost}, more than the ${maxCost} allowed.`, { cost, maxCost }) : undefined;
  }

  /** Apollo: measures the cost once the operation and its variables are known (validation has no variables). */
  apolloPlugin(): ApolloServerPlugin {
    return {
      serverWillStart: async ({ schema }) => {
        this.schema = schema;
      },
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, request, response }) => {
          const error = this.costError(schema, document, request.operationName, request.variables);
          if (!error) return;
          response.http.status = 400; // as for the limits checked while validating; Apollo answers 500 otherwise
          throw error;
        },
      }),
    };
  }

  /** graphql-ws `onSubscribe`: parses, validates and measures as over HTTP, and answers errors instead of running. */
  readonly onSubscribe = (_context: unknown, _id: string, request: OperationRequest): ExecutionArgs | readonly GraphQLError[] => {
    if (!this.schema) throw new Error('GraphQL subscriptions started before the GraphQL server');
    const schema = this.schema;
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const rules = [...specifiedRules, ...this.validationRules(), ...(this.config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
    const hideSuggestions = !this.config.introspection;
    const errors = validate(schema, document, rules, { hideSuggestions });
    if (errors.length) return errors;
    const costError = this.costError(schema, document, request.operationName, request.variables);
    if (costError) return [costError];
    return { schema, document, operationName: request.operationName, variableValues: request.variables, hideSuggestions };
  };
}
