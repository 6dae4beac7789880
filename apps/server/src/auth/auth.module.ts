import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspaceMember } from '../workspaces/workspace-member.entity.js';
import { AccessGuard } from './access.guard.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeysResolver } from './api-keys.resolver.js';
import { ApiKeysService } from './api-keys.service.js';
import { AuthResolver } from './auth.resolver.js';
import { PrincipalService } from './principal.service.js';
import { RateLimits } from './rate-limits.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';
import { WorkspaceAccessService } from './workspace-access.service.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from './role.enum.js';

/** Who is calling and what they may do: users, sessions, API keys and the global AccessGuard. */
@Module({
  imports: [TypeOrmModule.forFeature([User, ApiKey, Workspace, WorkspaceMember])],
  providers: [
    RateLimits,
    UsersService,
    SessionsService,
    PrincipalService,
    WorkspaceAccessService,
    ApiKeysService,
    AuthResolver,
    ApiKeysResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    // A user is visible by id to itself and to instance admins; members see each other through `Workspace.members`.
    nodeTypes([{ entity: User, visibleTo: (user, ctx) => user.id === ctx.userId || ctx.isInstanceAdmin }, { entity: ApiKey, minimum: Role.ADMIN }]),
  ],
  exports: [UsersService, SessionsService, WorkspaceAccessService],
})
export class AuthModule {}
