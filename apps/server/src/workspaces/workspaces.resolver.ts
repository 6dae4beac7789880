import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, Ctx, InstanceAdminOnly, Public } from '../auth/access.decorators.js';
import { AcceptInvitationInput, AuthPayload } from '../auth/dto/auth.types.js';
import { SessionsService } from '../auth/sessions.service.js';
import { WorkspaceAccessService } from '../auth/workspace-access.service.js';
import type { RapportRequest } from '../auth/access.guard.js';
import { Role } from '../auth/role.enum.js';
import { operationLoader } from '../common/data-loader.js';
import { ConnectionArgs, ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { AddMemberInput, CreateWorkspaceInput, InviteMemberInput, InviteMemberPayload, UpdateMemberRoleInput, UpdateWorkspaceInput } from './dto/workspace.inputs.js';
import { CopyWorkspaceSettingsInput, CopyWorkspaceSettingsPayload, CreateWorkspaceFromTemplateInput, CreateWorkspaceFromTemplatePayload } from './dto/copy-workspace-settings.types.js';
import { Invitation } from './invitation.entity.js';
import { MembersService } from './members.service.js';
import { WorkspaceSettingsService } from './workspace-settings.service.js';
import { WorkspaceMember } from './workspace-member.entity.js';
import { Workspace } from './workspace.entity.js';
import { WorkspacesService } from './workspaces.service.js';

const WorkspaceConnection = ConnectionType(Workspace, 'Workspace');
const WorkspaceMemberConnection = ConnectionType(WorkspaceMember, 'WorkspaceMember');
const InvitationConnection = ConnectionType(Invitation, 'Invitation');

@Resolver(() => Workspace)
export class WorkspacesResolver {
  constructor(
    private readonly workspacesService: WorkspacesService,
    private readonly membersService: MembersService,
    private readonly sessions: SessionsService,
    private readonly settings: WorkspaceSettingsService,
    private readonly access: WorkspaceAccessService,
  ) {}

  @Authenticated()
  @Query(() => WorkspaceConnection, { description: 'Workspaces you can open: your memberships (all of them for instance admins, the one of an API key).' })
  workspaces(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.workspacesService.list(ctx, args);
  }

  @Allow(Role.VIEWER, 'id')
  @Query(() => Workspace, { description: 'One workspace. NOT_FOUND when it does not exist or is not yours.' })
  workspace(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The workspace.' }) _id: string): Promise<Workspace> {
    return this.workspacesService.get(ctx);
  }

  @InstanceAdminOnly()
  @Mutation(() => Workspace, { description: 'Creates a workspace with you as its OWNER and the starter policies (instance admins).' })
  createWorkspace(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: CreateWorkspaceInput): Promise<Workspace> {
    return this.workspacesService.create(ctx, input);
  }

  @InstanceAdminOnly()
  @Mutation(() => CreateWorkspaceFromTemplatePayload, {
    description:
      'Creates a client workspace from another in one transaction (instance admins, ADMIN or higher in the template): you become its OWNER, and the included settings are copied as copyWorkspaceSettings copies them (policies, canned replies, reply templates, review settings, approval settings). See docs/policies.md.',
  })
  createWorkspaceFromTemplate(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: CreateWorkspaceFromTemplateInput): Promise<CreateWorkspaceFromTemplatePayload> {
    return this.workspacesService.createFromTemplate(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Workspace, { description: "Changes a workspace's name, time zone, approval settings (approvalMode, clientApprovalRule, requireDifferentApprover, postApprovalRequired) or report recipients (ADMIN)." })
  updateWorkspace(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: UpdateWorkspaceInput): Promise<Workspace> {
    return this.workspacesService.update(ctx, input);
  }

  @Allow(Role.ADMIN, 'input.toWorkspaceId')
  @Mutation(() => CopyWorkspaceSettingsPayload, {
    description:
      'Copies policies, canned replies, reply templates, review settings and approval settings from one workspace to another, in one transaction (ADMIN or higher in both; NOT_FOUND for a workspace you cannot see). Name clashes follow onNameClash. See docs/policies.md.',
  })
  copyWorkspaceSettings(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: CopyWorkspaceSettingsInput): Promise<CopyWorkspaceSettingsPayload> {
    return this.settings.copy(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WorkspaceMember, { description: 'Adds an existing user to the workspace (ADMIN; only owners grant OWNER).' })
  addMember(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: AddMemberInput): Promise<WorkspaceMember> {
    return this.membersService.add(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => InviteMemberPayload, { description: 'Invites someone by e-mail; returns a one-time token for acceptInvitation (ADMIN).' })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: InviteMemberInput): Promise<InviteMemberPayload> {
    return this.membersService.invite(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Query(() => InvitationConnection, { description: 'Invitations of a workspace still waiting to be accepted (neither accepted nor expired), oldest first (ADMIN).' })
  invitations(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args() args: ConnectionArgs,
  ) {
    return this.membersService.listPendingInvitations(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Invitation, { description: 'Withdraws an invitation not yet accepted: its token no longer joins (ADMIN). CONFLICT once accepted. Returns it as it was.' })
  revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The invitation.' }, new UuidPipe('id')) id: string,
  ): Promise<Invitation> {
    return this.membersService.revokeInvitation(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WorkspaceMember, { description: "Changes a member's role (ADMIN; nobody grants above their own role; the last OWNER stays)." })
  updateMemberRole(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: UpdateMemberRoleInput): Promise<WorkspaceMember> {
    return this.membersService.updateRole(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WorkspaceMember, { description: 'Removes a member from the workspace and returns the removed membership (ADMIN; the last OWNER stays).' })
  removeMember(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('userId', { type: () => ID, description: 'The member to remove.' }, new UuidPipe('userId')) userId: string,
  ): Promise<WorkspaceMember> {
    return this.membersService.remove(ctx, userId);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Joins the workspace of an invitation (creating the account if needed) and starts a session.' })
  async acceptInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'What to do; see the input type for each field.' }) input: AcceptInvitationInput,
  ): Promise<AuthPayload> {
    return this.sessions.start(await this.membersService.accept(ctx, input));
  }

  // Field resolvers run on a Workspace already authorised by the query that returned it.
  @ResolveField(() => WorkspaceMemberConnection, { description: 'Members of the workspace and their roles.' })
  members(@Parent() workspace: Workspace, @Args() args: ConnectionArgs) {
    return this.membersService.list(workspace.id, args);
  }

  @ResolveField(() => Role, { nullable: true, description: "Your role in this workspace (an instance admin is its OWNER; an API key has the key's role), whatever its number of members: what a front end shows and hides by." })
  async viewerRole(@Parent() workspace: Workspace, @Context() operation: { req?: RapportRequest }): Promise<Role | null> {
    // The caller the access guard of the query that returned this workspace authenticated.
    const principal = await operation.req?.rapportPrincipal;
    if (!principal) return null;
    // Every workspace a list shows, in one query.
    return operationLoader<string, Role | null>(operation, 'viewer-role', (ids) => this.access.rolesIn(principal, ids)).load(workspace.id);
  }
}
