import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from '../logging/logger.js';

/**
 * The largest graphql-ws message the server reads; a bigger one closes the socket with 1009 ("message too big")
 * before it is parsed. ws's own default is 100 MiB. This is Express' JSON body limit for HTTP (100 kB): operations
 * are small, and the admin UI sends its own by hash.
 */
export const WEBSOCKET_MAX_MESSAGE_BYTES = 100 * 1024;

interface SubscriptionServer {
  options: { maxPayload?: number };
  on(event: 'connection', listener: (socket: Socket) => void): void;
}

interface Socket {
  listeners(event: 'error'): Array<(error: Error) => void>;
  removeAllListeners(event: 'error'): void;
  once(event: 'error', listener: (error: Error) => void): void;
}

/** ws's codes for a frame the client got wrong (too big, malformed), which ws answers by closing (1009, 1002). */
const CLIENT_FRAME_ERRORS = new Set(['WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', 'WS_ERR_INVALID_OPCODE', 'WS_ERR_INVALID_UTF8', 'WS_ERR_EXPECTED_MASK', 'WS_ERR_UNEXPECTED_MASK', 'WS_ERR_INVALID_CLOSE_CODE', 'WS_ERR_EXPECTED_FIN', 'WS_ERR_UNEXPECTED_RSV_1', 'WS_ERR_UNEXPECTED_RSV_2_3', 'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH']);

/**
 * Caps graphql-ws messages at `maxBytes`. @nestjs/graphql builds its WebSocketServer without a way to pass ws
 * options; ws reads `maxPayload` from the server's options on every upgrade, so setting it once after start-up
 * applies to every connection. Throws when the server is not where this expects it (a changed @nestjs/apollo), so
 * an upgrade cannot silently drop the limit.
 *
 * A client's oversized or malformed frame is the client's error, which ws answers itself by closing the socket;
 * graphql-ws would print it with console.error as an "internal error" of the server. Such errors are logged here as
 * what they are (info, with ws's code); any other socket error still goes to graphql-ws's handler.
 */
export function limitWebSocketMessages(app: INestApplication, logger: Logger, maxBytes = WEBSOCKET_MAX_MESSAGE_BYTES): void {
  const driver = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as { _subscriptionService?: { wss?: SubscriptionServer } };
  const server = driver._subscriptionService?.wss;
  if (!server?.options) throw new Error('limitWebSocketMessages: the graphql-ws server was not found on the Apollo driver');
  server.options.maxPayload = maxBytes;
  // Registered after graphql-ws's own connection listener, so its socket error handler is there to take over.
  server.on('connection', (socket) => {
    const handlers = socket.listeners('error');
    socket.removeAllListeners('error');
    socket.once('error', (error) => {
      const code = (error as Error & { code?: string }).code;
      if (code && CLIENT_FRAME_ERRORS.has(code)) logger.info({ code, reason: error.message }, 'websocket closed: the client sent a frame it may not');
      else for (const handle of handlers) handle(error);
    });
  });
}
