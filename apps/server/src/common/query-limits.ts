import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLConfig } from '../config/rapport-config.js';
import { QueryTooComplexError } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';
import type { KeyValueCache, TrustedDocuments } from './trusted-documents.js';

/** Fields measured once fragments are expanded; past this the operation is refused unmeasured (fragments can nest exponentially). */
const MAX_MEASURED_FIELDS = 10_000;

/** A paginated list costs one plus its selection once per item of the page it asks for. */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  return 1 + childComplexity * (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE);
};

/** Every other field costs one plus its selection. */
const ESTIMATORS = [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** graphql-ws hands over what a subscribe message carries (a persisted document: an empty query and its hash). */
interface OperationRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: { persistedQuery?: { version?: number; sha256Hash?: string } } | null;
}

/** What Apollo answers for a hash it does not know; urql's persistedExchange and Apollo clients recognise the message. */
export function persistedQueryNotFound(): GraphQLError {
  return new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
}

/** How deep the operation's fields nest (fragments expanded), counting at most up to `stopAt`. */
function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, stopAt: number, depth = 0): number {
  if (!selectionSet || depth >= stopAt) return depth;
  let deepest = depth;
  for (const selection of selectionSet.selections) {
    let reached: number;
    if (selection.kind === Kind.FIELD) reached = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, stopAt, depth + 1) : depth + 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) reached = selectionDepth(selection.selectionSet, fragments, stopAt, depth);
    else reached = selectionDepth(fragments.get(selection.name.value)?.selectionSet, fragments, stopAt, depth);
    deepest = Math.max(deepest, reached);
    if (deepest >= stopAt) break;
  }
  return deepest;
}

/** Aliases written in the operation and in the fragments it uses (each fragment counted once). */
function aliasCount(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) count += (selection.alias ? 1 : 0) + aliasCount(selection.selectionSet, fragments, seen);
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += aliasCount(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      count += aliasCount(fragments.get(selection.name.value)?.selectionSet, fragments, seen);
    }
  }
  return count;
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

  constructor(
    private readonly config: GraphQLConfig,
    private readonly trusted: TrustedDocuments,
  ) {}

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
  costError(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
    maxCost = this.config.maxCost,
  ): QueryTooComplexError | undefined {
    const cost = this.cost(schema, document, operationName, variables);
    if (cost === undefined) return undefined;
    if (cost === TOO_MANY_FIELDS) return new QueryTooComplexError(`The operation selects more than ${MAX_MEASURED_FIELDS} fields once its fragments are expanded.`, { maxCost });
    return cost > maxCost ? new QueryTooComplexError(`The operation costs ${cost}, more than the ${maxCost} allowed.`, { cost, maxCost }) : undefined;
  }

  /** Costs measured so far, per parsed document (Apollo and onSubscribe reuse the document of a query text they have seen), then operation and variables. */
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();

  /**
   * What an operation costs with these variables (TOO_MANY_FIELDS past MAX_MEASURED_FIELDS), or undefined when there is
   * no single operation or the variables are invalid: execution refuses those itself, with their own errors. The
   * same document with the same variables (a list the admin UI reloads) costs the same: measured once.
   */
  private cost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number | undefined {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    const known = this.costs.get(document)?.get(key);
    if (known !== undefined) return known;
    const operation = getOperationAST(document, operationName);
    if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return undefined;
    let cost: number;
    try {
      cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: ESTIMATORS, maxQueryNodes: MAX_MEASURED_FIELDS });
    } catch {
      cost = TOO_MANY_FIELDS;
    }
    // Mutations carrying long texts are not worth keeping; each document keeps a bounded number of variable sets.
    if (key.length <= MAX_COST_KEY_LENGTH) {
      let byVariables = this.costs.get(document);
      if (!byVariables) this.costs.set(document, (byVariables = new Map()));
      if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.clear();
      byVariables.set(key, cost);
    }
    return cost;
  }

  /**
   * The refusal of an operation that is not one of the trusted documents and
   * exceeds the untrusted limits (when they are on), or undefined. Every
   * operation already passed the ordinary limits.
   */
  untrustedError(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): QueryTooComplexError | undefined {
    const limits = this.config.untrusted;
    if (!limits) return undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) return undefined;
    const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    const why = 'for an operation that is not one of the trusted (persisted) documents';
    const ordinary = this.costError(schema, document, operationName, variables, limits.maxCost);
    if (ordinary) {
      const { cost } = ordinary.extensions as { cost?: number };
      return new QueryTooComplexError(
        cost === undefined ? `${ordinary.message.replace(/\.$/, '')} (${why}).` : `The operation costs ${cost}, more than the ${limits.maxCost} allowed ${why}.`,
        { ...(cost === undefined ? {} : { cost }), maxCost: limits.maxCost, trustedDocument: false },
      );
    }
    const depth = selectionDepth(operation.selectionSet, fragments, limits.maxDepth + 1);
    if (depth > limits.maxDepth) {
      return new QueryTooComplexError(`The operation nests fields more than ${limits.maxDepth} deep, the most allowed ${why}.`, { maxDepth: limits.maxDepth, trustedDocument: false });
    }
    const aliases = aliasCount(operation.selectionSet, fragments);
    if (aliases > limits.maxAliases) {
      return new QueryTooComplexError(`The operation uses ${aliases} aliases, more than the ${limits.maxAliases} allowed ${why}.`, { aliases, maxAliases: limits.maxAliases, trustedDocument: false });
    }
    return undefined;
  }

  /** Apollo's automatic persisted queries cache, answering the trusted documents' hashes. */
  persistedQueriesCache(): KeyValueCache {
    return this.trusted.apolloCache();
  }

  /** Apollo: measures the cost once the operation and its variables are known (validation has no variables). */
  apolloPlugin(): ApolloServerPlugin {
    return {
      serverWillStart: async ({ schema }) => {
        this.schema = schema;
      },
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, request, response, queryHash }) => {
          const error =
            this.costError(schema, document, request.operationName, request.variables) ??
            (this.trusted.isTrustedHash(queryHash) ? undefined : this.untrustedError(schema, document, request.operationName, request.variables));
          if (!error) return;
          response.http.status = 400; // as for the limits checked while validating; Apollo answers 500 otherwise
          throw error;
        },
      }),
    };
  }

  /** Valid subscription documents by query text (at most SUBSCRIPTION_DOCUMENTS, oldest dropped first). */
  private readonly subscriptionDocuments = new Map<string, DocumentNode>();

  /** graphql-ws `onSubscribe`: parses, validates and measures as over HTTP, and answers errors instead of running. */
  readonly onSubscribe = (_context: unknown, _id: string, request: OperationRequest): ExecutionArgs | readonly GraphQLError[] => {
    if (!this.schema) throw new Error('GraphQL subscriptions started before the GraphQL server');
    const schema = this.schema;
    let query = request.query;
    const hash = request.extensions?.persistedQuery?.sha256Hash;
    if (!query && typeof hash === 'string') {
      const persisted = this.trusted.get(hash);
      if (persisted === undefined) return [persistedQueryNotFound()];
      query = persisted;
    }
    // The same query text (every tab of the admin subscribes with the same few) is parsed and validated once, and
    // its subscribers share one document object, which lets sharedSubscribe compute an event's result once for them.
    let document = this.subscriptionDocuments.get(query);
    if (!document) {
      try {
        document = parse(query);
      } catch (error) {
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      const rules = [...specifiedRules, ...this.validationRules(), ...(this.config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
      const hideSuggestions = !this.config.introspection;
      const errors = validate(schema, document, rules, { hideSuggestions });
      if (errors.length) return errors;
      if (this.subscriptionDocuments.size >= SUBSCRIPTION_DOCUMENTS) this.subscriptionDocuments.delete(this.subscriptionDocuments.keys().next().value!);
      this.subscriptionDocuments.set(query, document);
    }
    const hideSuggestions = !this.config.introspection;
    const costError =
      this.costError(schema, document, request.operationName, request.variables) ??
      (this.trusted.isTrusted(query) ? undefined : this.untrustedError(schema, document, request.operationName, request.variables));
    if (costError) return [costError];
    return { schema, document, operationName: request.operationName, variableValues: request.variables, hideSuggestions };
  };
}

const SUBSCRIPTION_DOCUMENTS = 500;
/** The cost recorded for an operation selecting more than MAX_MEASURED_FIELDS fields. */
const TOO_MANY_FIELDS = -1;
const MAX_COST_KEY_LENGTH = 1_000;
const COSTS_PER_DOCUMENT = 64;
