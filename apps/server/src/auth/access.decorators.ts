import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isIP } from 'node:net';
import type { ClientInfo } from '../common/request-context.js';
import type { Role } from './role.enum.js';

export const ACCESS_METADATA = 'rapport:access';

/**
 * How an operation is protected. Every resolver must say one of these (the
 * guard refuses undeclared ones), so forgetting protection fails loudly.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'instanceAdmin' }
  | { kind: 'workspace'; minimum: Role; workspaceArg: string };

/** No login needed (login, first-run setup, health). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any logged-in user or API key. */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);

/** Only instance admins (users who manage the whole installation). */
export const InstanceAdminOnly = () => SetMetadata(ACCESS_METADATA, { kind: 'instanceAdmin' } satisfies AccessRule);

/**
 * A workspace-scoped operation: the caller needs at least `minimum` in the
 * workspace named by the argument at `workspaceArg` (a dotted path into the
 * GraphQL args, `workspaceId` or `input.workspaceId` by default).
 */
export const Allow = (minimum: Role, workspaceArg?: string) =>
  SetMetadata(ACCESS_METADATA, { kind: 'workspace', minimum, workspaceArg: workspaceArg ?? '' } satisfies AccessRule);

const contexts = new WeakMap<object, unknown>();

/** Links a resolved RequestContext to one resolver invocation (keyed by its GraphQL `info`). */
export function attachContext(executionContext: ExecutionContext, value: unknown): void {
  contexts.set(GqlExecutionContext.create(executionContext).getInfo(), value);
}

/**
 * The caller's IP address (X-Forwarded-For only from proxies trusted by
 * RAPPORT_TRUST_PROXY), for throttling. A forwarded value that is no address
 * shares one bucket with every other such value.
 */
export const ClientIp = createParamDecorator((_data: unknown, executionContext: ExecutionContext): string =>
  clientIpOf(GqlExecutionContext.create(executionContext).getContext<{ req: { ip?: string } }>().req),
);

export function clientIpOf(req: { ip?: string }): string {
  return req.ip && isIP(req.ip) ? req.ip : 'unknown';
}

const MAX_USER_AGENT_LENGTH = 512;

/** The caller's IP (as ClientIp) and user agent, for the audit log; WebSocket operations have no user agent. */
export function clientInfoOf(req: { ip?: string; headers?: Record<string, unknown> }): ClientInfo {
  const ip = clientIpOf(req);
  const userAgent = req.headers?.['user-agent'];
  return { ip: ip === 'unknown' ? null : ip, userAgent: typeof userAgent === 'string' && userAgent ? userAgent.slice(0, MAX_USER_AGENT_LENGTH) : null };
}

/** The RequestContext of this resolver call, as resolved by the AccessGuard. */
export const Ctx = createParamDecorator((_data: unknown, executionContext: ExecutionContext) =>
  contexts.get(GqlExecutionContext.create(executionContext).getInfo()),
);
