import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { PoliciesModule } from '../policies/policies.module.js';
import { Invitation } from './invitation.entity.js';
import { MembersService } from './members.service.js';
import { Workspace } from './workspace.entity.js';
import { WorkspaceMember } from './workspace-member.entity.js';
import { WorkspacesResolver } from './workspaces.resolver.js';
import { WorkspaceSettingsService } from './workspace-settings.service.js';
import { WorkspacesService } from './workspaces.service.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** Workspaces (one per brand or client), their members and invitations, their starter set and copied settings. */
@Module({
  imports: [AuthModule, PoliciesModule, TypeOrmModule.forFeature([Workspace, WorkspaceMember, Invitation])],
  providers: [
    WorkspacesService,
    WorkspaceSettingsService,
    MembersService,
    WorkspacesResolver,
    nodeTypes([
      { entity: Workspace, minimum: Role.VIEWER, workspaceOf: (workspace) => workspace.id },
      { entity: WorkspaceMember, minimum: Role.VIEWER },
      { entity: Invitation, minimum: Role.ADMIN },
    ]),
  ],
  exports: [WorkspacesService],
})
export class WorkspacesModule {}
