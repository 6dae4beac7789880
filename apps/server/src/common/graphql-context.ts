import { randomUUID } from 'node:crypto';

interface HttpContext {
  req?: { headers: Record<string, unknown>; id?: string };
  res?: unknown;
}

interface WebSocketContext {
  connectionParams?: Record<string, unknown>;
  extra?: { request?: { headers?: Record<string, unknown>; socket?: { remoteAddress?: string } } };
}

/**
 * One context shape for HTTP operations and graphql-ws subscriptions, so the
 * AccessGuard authenticates both the same way. Over WebSocket the token comes
 * from the connection parameters (`{ authorization: "Bearer ..." }`), as
 * browsers cannot set headers on a WebSocket.
 */
export function graphqlContext(context: HttpContext & WebSocketContext) {
  if (context.req) return { req: context.req, res: context.res };
  const params = context.connectionParams ?? {};
  const authorization = params.authorization ?? params.Authorization;
  return {
    req: {
      id: randomUUID(),
      // The socket's peer, as Express would see it with `trust proxy` off: WebSocket upgrades bypass Express.
      ip: context.extra?.request?.socket?.remoteAddress,
      headers: { authorization: typeof authorization === 'string' ? authorization : undefined },
    },
  };
}
