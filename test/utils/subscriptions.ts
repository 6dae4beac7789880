import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Every payload received so far. */
  received: T[];
  /** Errors the server sent for this subscription. */
  errors: unknown[];
  /** Resolves with the next payload (or one already received and not yet taken). */
  next(timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/**
 * Subscribes over graphql-ws, authenticating with `connectionParams` as the
 * admin UI does. graphql-ws does not acknowledge a subscription, so tests
 * confirm it is live by waiting for a first event they caused themselves.
 */
export function subscribe<T = Record<string, any>>(wsUrl: string, query: string, variables: Record<string, unknown>, token?: string): Subscription<T> {
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const received: T[] = [];
  const errors: unknown[] = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  client.subscribe<T>(
    { query, variables },
    {
      next: (message) => {
        if (message.errors) errors.push(...message.errors);
        if (message.data) received.push(message.data as T);
        wake();
      },
      error: (error) => {
        errors.push(error);
        wake();
      },
      complete: wake,
    },
  );
  return {
    received,
    errors,
    async next(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= received.length) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`no subscription event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received[taken++];
    },
    async close() {
      await client.dispose();
    },
  };
}

/** Waits until the server has sent errors for the subscription (e.g. it was refused). */
export async function refusal(subscription: Subscription<unknown>, timeoutMs = 15_000): Promise<unknown[]> {
  const deadline = Date.now() + timeoutMs;
  while (!subscription.errors.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return subscription.errors;
}
