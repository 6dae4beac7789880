import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthenticationError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { RequestContext, type Principal } from '../common/request-context.js';
import { assertUuid } from '../common/uuid.pipe.js';
import { annotateRequestLog, callerLogFields } from '../logging/logger.js';
import { ACCESS_METADATA, attachContext, clientInfoOf, type AccessRule } from './access.decorators.js';
import { PrincipalService } from './principal.service.js';
import { roleAtLeast } from './role.enum.js';
import { WorkspaceAccessService } from './workspace-access.service.js';

/** An HTTP request as the access guard leaves it: its id and the caller it authenticated (once per request). */
export type RapportRequest = Request & { id?: string; rapportPrincipal?: Promise<Principal | null> };

function readPath(source: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), source);
}

/**
 * The one gate every GraphQL operation passes. It authenticates the caller,
 * enforces the operation's declared AccessRule and hands the resolver a
 * RequestContext. Operations without a declared rule are refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
    private readonly access: WorkspaceAccessService,
  ) {}

  async canActivate(executionContext: ExecutionContext): Promise<boolean> {
    if (executionContext.getType<string>() !== 'graphql') return true; // REST controllers (health, webhooks) guard themselves
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      executionContext.getHandler(),
      executionContext.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation declares no access rule and is refused.');

    const gql = GqlExecutionContext.create(executionContext);
    const req = gql.getContext<{ req: RapportRequest }>().req;
    const requestId = req.id ?? 'unknown';
    const client = clientInfoOf(req);
    if (rule.kind === 'public') {
      attachContext(executionContext, new RequestContext(requestId, null, null, client));
      return true;
    }

    // One lookup per HTTP request, however many root fields it has; with the membership of the workspace the
    // first of them names, when it names one (a malformed id is refused below, as before).
    req.rapportPrincipal ??= this.principals.fromAuthorizationHeader(req.headers.authorization, rule.kind === 'workspace' ? workspaceHint(gql.getArgs(), rule) : undefined);
    const principal = await req.rapportPrincipal;
    if (!principal) throw new AuthenticationError();
    annotateRequestLog(req, callerLogFields(principal));
    const ctx = new RequestContext(requestId, principal, null, client);

    if (rule.kind === 'instanceAdmin' && !ctx.isInstanceAdmin) {
      throw new ForbiddenError('Only instance admins may do this.');
    }
    if (rule.kind === 'workspace') {
      const args = gql.getArgs<Record<string, unknown>>();
      const paths = rule.workspaceArg ? [rule.workspaceArg] : ['workspaceId', 'input.workspaceId'];
      const path = paths.find((candidate) => readPath(args, candidate) !== undefined);
      if (!path) throw new Error(`Operation declared @Allow but has no workspace argument at ${paths.join(' or ')}`);
      // Named like every BAD_USER_INPUT field: relative to its input object.
      const workspaceId = assertUuid(path.split('.').at(-1)!, readPath(args, path));
      const role = await this.access.roleIn(principal, workspaceId);
      if (!role) throw new NotFoundError('Workspace', workspaceId);
      if (!roleAtLeast(role, rule.minimum)) {
        throw new ForbiddenError(`This needs the ${rule.minimum} role or higher in this workspace; you are ${role}.`);
      }
      annotateRequestLog(req, { workspaceId });
      attachContext(executionContext, ctx.withAccess({ workspaceId, role }));
      return true;
    }
    attachContext(executionContext, ctx);
    return true;
  }
}

/** The workspace id a workspace rule will check, when the arguments carry a well-formed one. */
function workspaceHint(args: Record<string, unknown>, rule: { workspaceArg?: string }): string | undefined {
  const paths = rule.workspaceArg ? [rule.workspaceArg] : ['workspaceId', 'input.workspaceId'];
  const value = paths.map((path) => readPath(args, path)).find((candidate) => candidate !== undefined);
  return typeof value === 'string' && UUID_HINT.test(value) ? value : undefined;
}

const UUID_HINT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
