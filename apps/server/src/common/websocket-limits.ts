import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

/**
 * The largest graphql-ws message the server reads; a bigger one closes the socket with 1009 ("message too big")
 * before it is parsed. ws's own default is 100 MiB. This is Express' JSON body limit for HTTP (100 kB): operations
 * are small, and the admin UI sends its own by hash.
 */
export const WEBSOCKET_MAX_MESSAGE_BYTES = 100 * 1024;

interface SubscriptionServer {
  options: { maxPayload?: number };
}

/**
 * Caps graphql-ws messages at `maxBytes`. @nestjs/graphql builds its WebSocketServer without a way to pass ws
 * options; ws reads `maxPayload` from the server's options on every upgrade, so setting it once after start-up
 * applies to every connection. Throws when the server is not where this expects it (a changed @nestjs/apollo), so
 * an upgrade cannot silently drop the limit.
 */
export function limitWebSocketMessages(app: INestApplication, maxBytes = WEBSOCKET_MAX_MESSAGE_BYTES): void {
  const driver = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as { _subscriptionService?: { wss?: SubscriptionServer } };
  const server = driver._subscriptionService?.wss;
  if (!server?.options) throw new Error('limitWebSocketMessages: the graphql-ws server was not found on the Apollo driver');
  server.options.maxPayload = maxBytes;
}
