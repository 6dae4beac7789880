import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Per event payload (the one object the pub/sub hands every listener of a topic): results by subscription. */
const resultsByEvent = new WeakMap<object, Map<string, Result>>();
/** A small number per distinct document object (QueryLimits.onSubscribe hands out one object per query text). */
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;

/**
 * graphql-ws `subscribe`: as graphql-js's, except that an event's result is
 * computed once for every subscriber with the same document, operation and
 * variables, instead of once per subscriber. Each subscriber still
 * subscribes on its own (its own authentication, authorisation and the
 * resolver's filter run when it subscribes and for each event), so only
 * subscribers allowed to see the event get it; what is shared is the
 * execution of the selection on the event, which depends on nothing but the
 * event, the document and the variables: subscription field resolvers never
 * depend on the viewer (Rapport authorises whole operations, not fields).
 */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const key = subscriptionKey(args);
  return mapEvents(stream, (payload) => {
    if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
    let results = resultsByEvent.get(payload);
    if (!results) resultsByEvent.set(payload, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = execute({ ...args, rootValue: payload })));
    return result;
  });
}

function subscriptionKey(args: ExecutionArgs): string {
  let documentId = documentIds.get(args.document);
  if (!documentId) documentIds.set(args.document, (documentId = nextDocumentId++));
  return `${documentId}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps each event of the source to a result; closing the result closes the source (the pub/sub listener goes). */
function mapEvents(source: AsyncIterable<unknown>, map: (event: unknown) => Result): AsyncGenerator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    if (typeof iterator.return === 'function') await iterator.return();
  };
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      const step = await iterator.next();
      if (step.done) return { value: undefined, done: true };
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await close().catch(() => {});
        throw error;
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncGenerator<ExecutionResult>;
  return mapped;
}
