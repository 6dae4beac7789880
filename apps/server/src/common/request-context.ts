import type { ApiKey } from '../auth/api-key.entity.js';
import { Role } from '../auth/role.enum.js';
import type { User } from '../auth/user.entity.js';
import { AuthenticationError, ForbiddenError } from './errors.js';

/** Who is calling: a logged-in user or an API key (which is bound to one workspace). */
export type Principal =
  | {
      kind: 'user';
      user: User;
      /** The user's role in the workspace the request named, read with the user in one statement; used once (WorkspaceAccessService.roleIn). */
      prefetchedRole?: { workspaceId: string; role: Role | null };
    }
  | { kind: 'apiKey'; apiKey: ApiKey };

/** The workspace an operation acts in, and the caller's role there. */
export interface WorkspaceAccess {
  workspaceId: string;
  role: Role;
}

/** Where a request came from (for the audit log): the caller's IP as `ClientIp` sees it, and its user agent. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

const NO_CLIENT: ClientInfo = { ip: null, userAgent: null };

/**
 * Everything a service needs to know about the caller. Every workspace-scoped
 * service method takes one and scopes its queries by `ctx.workspaceId`;
 * resolvers get it from the `@Ctx()` decorator, filled in by the AccessGuard.
 */
export class RequestContext {
  constructor(
    readonly requestId: string,
    readonly principal: Principal | null,
    readonly access: WorkspaceAccess | null = null,
    readonly client: ClientInfo = NO_CLIENT,
  ) {}

  withAccess(access: WorkspaceAccess): RequestContext {
    return new RequestContext(this.requestId, this.principal, access, this.client);
  }

  /** The workspace this operation is scoped to; throws when the resolver was not declared workspace-scoped. */
  get workspaceId(): string {
    if (!this.access) throw new Error('RequestContext has no workspace: declare the resolver with @Allow(role)');
    return this.access.workspaceId;
  }

  get role(): Role {
    if (!this.access) throw new Error('RequestContext has no workspace: declare the resolver with @Allow(role)');
    return this.access.role;
  }

  /** The acting user, or null for an API key. */
  get userId(): string | null {
    return this.principal?.kind === 'user' ? this.principal.user.id : null;
  }

  get user(): User {
    if (this.principal?.kind !== 'user') {
      throw this.principal ? new ForbiddenError('This operation needs a user session, not an API key.') : new AuthenticationError();
    }
    return this.principal.user;
  }

  get isInstanceAdmin(): boolean {
    return this.principal?.kind === 'user' && this.principal.user.isInstanceAdmin;
  }
}
