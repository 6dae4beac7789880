import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { Role, roleAtLeast } from '../auth/role.enum.js';
import { randomToken, sha256Hex } from '../auth/secrets.js';
import { User } from '../auth/user.entity.js';
import { normaliseEmail, UsersService } from '../auth/users.service.js';
import { AuditService, auditSnapshot } from '../audit/audit.service.js';
import { AuthenticationError, ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../common/errors.js';
import { savedUnlessTaken } from '../database/database-errors.js';
import { paginate, type Connection, type ConnectionArgs } from '../common/pagination.js';
import { RequestContext } from '../common/request-context.js';
import type { AcceptInvitationInput } from '../auth/dto/auth.types.js';
import { MIN_PASSWORD_LENGTH } from '../auth/dto/auth.types.js';
import type { AddMemberInput, InviteMemberInput, UpdateMemberRoleInput } from './dto/workspace.inputs.js';
import { Invitation } from './invitation.entity.js';
import { WorkspaceMember } from './workspace-member.entity.js';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** A membership as the audit log records it: whose, and with which role. */
function memberState(member: WorkspaceMember): object {
  return { userId: member.userId, email: member.user?.email ?? null, role: member.role };
}

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(WorkspaceMember) private readonly members: Repository<WorkspaceMember>,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  list(workspaceId: string, args: ConnectionArgs): Promise<Connection<WorkspaceMember>> {
    const query = this.members
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.user', 'user')
      .where('member.workspaceId = :workspaceId', { workspaceId });
    return paginate(query, args);
  }

  async add(ctx: RequestContext, input: AddMemberInput): Promise<WorkspaceMember> {
    this.assertMayGrant(ctx, input.role);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(input.email, manager);
      if (!user) throw UserInputError.forField('email', 'no user has this e-mail; use inviteMember to invite them');
      const member = await this.join(ctx.workspaceId, user, input.role, manager);
      await this.audit.record(ctx, { action: 'member.added', entityType: 'WorkspaceMember', entityId: user.id, after: memberState(member) }, manager);
      return member;
    });
  }

  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<{ invitation: Invitation; token: string }> {
    this.assertMayGrant(ctx, input.role);
    const token = randomToken('inv_');
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.getRepository(Invitation).save({
        workspaceId: ctx.workspaceId,
        email: normaliseEmail(input.email),
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedById: ctx.userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        acceptedAt: null,
      });
      await this.audit.record(ctx, { action: 'invitation.created', entityType: 'Invitation', entityId: invitation.id, after: invitation }, manager);
      return { invitation, token };
    });
  }

  /** Invitations still waiting to be accepted (not accepted, not expired), oldest first. */
  listPendingInvitations(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<Invitation>> {
    const query = this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .where('invitation.workspaceId = :workspaceId AND invitation.acceptedAt IS NULL AND invitation.expiresAt > now()', { workspaceId: ctx.workspaceId });
    return paginate(query, args);
  }

  /** Withdraws an invitation not yet accepted: it is deleted, so its token joins nothing. CONFLICT once accepted. */
  async revokeInvitation(ctx: RequestContext, id: string): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { id, workspaceId: ctx.workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw new NotFoundError('Invitation', id);
      if (invitation.acceptedAt) throw new ConflictError('This invitation was already accepted: remove the member instead.');
      const before = auditSnapshot(invitation);
      await manager.delete(Invitation, { id: invitation.id, workspaceId: ctx.workspaceId });
      await this.audit.record(ctx, { action: 'invitation.revoked', entityType: 'Invitation', entityId: invitation.id, before }, manager);
      return invitation;
    });
  }

  /** Redeems an invitation: creates the account or checks the existing one's password (throttled like login), then joins. */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, {
        where: { tokenHash: sha256Hex(input.token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw UserInputError.forField('token', 'this invitation is unknown, used or expired');
      let user = await this.users.findByEmail(invitation.email, manager);
      if (user) {
        await this.users.authenticate(invitation.email, input.password, ctx.client.ip ?? 'unknown').catch((error: unknown) => {
          throw error instanceof AuthenticationError ? new AuthenticationError('This e-mail already has an account: give its password to accept.') : error;
        });
      } else {
        if (!input.name) throw UserInputError.forField('name', 'is required for a new account');
        if (input.password.length < MIN_PASSWORD_LENGTH) {
          throw UserInputError.forField('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
        }
        user = await this.users.create({ email: invitation.email, name: input.name, password: input.password }, manager);
      }
      // The audit log names the invitee, who acts in the invitation's workspace from here on.
      const invitee = new RequestContext(ctx.requestId, { kind: 'user', user }, { workspaceId: invitation.workspaceId, role: invitation.role }, ctx.client);
      const before = auditSnapshot(invitation);
      invitation.acceptedAt = new Date();
      await manager.save(invitation);
      await this.audit.record(invitee, { action: 'invitation.accepted', entityType: 'Invitation', entityId: invitation.id, before, after: invitation }, manager);
      const existing = await manager.findOneBy(WorkspaceMember, { workspaceId: invitation.workspaceId, userId: user.id });
      if (!existing) {
        const member = await this.join(invitation.workspaceId, user, invitation.role, manager);
        await this.audit.record(invitee, { action: 'member.added', entityType: 'WorkspaceMember', entityId: user.id, after: memberState(member) }, manager);
      }
      return user;
    });
  }

  async updateRole(ctx: RequestContext, input: UpdateMemberRoleInput): Promise<WorkspaceMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.findMember(ctx, input.userId, manager);
      this.assertMayManage(ctx, member);
      this.assertMayGrant(ctx, input.role);
      if (member.role === Role.OWNER && input.role !== Role.OWNER) await this.assertNotLastOwner(ctx.workspaceId, manager);
      const before = memberState(member);
      member.role = input.role;
      const saved = await manager.save(member);
      await this.audit.record(ctx, { action: 'member.role_changed', entityType: 'WorkspaceMember', entityId: member.userId, before, after: memberState(saved) }, manager);
      return saved;
    });
  }

  async remove(ctx: RequestContext, userId: string): Promise<WorkspaceMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.findMember(ctx, userId, manager);
      this.assertMayManage(ctx, member);
      if (member.role === Role.OWNER) await this.assertNotLastOwner(ctx.workspaceId, manager);
      await manager.delete(WorkspaceMember, { id: member.id, workspaceId: ctx.workspaceId });
      await this.audit.record(ctx, { action: 'member.removed', entityType: 'WorkspaceMember', entityId: member.userId, before: memberState(member) }, manager);
      return member;
    });
  }

  private async join(workspaceId: string, user: User, role: Role, manager: EntityManager): Promise<WorkspaceMember> {
    const already = () => new ConflictError(`${user.email} is already a member of this workspace.`);
    if (await manager.existsBy(WorkspaceMember, { workspaceId, userId: user.id })) throw already();
    const member = await savedUnlessTaken(() => manager.save(manager.create(WorkspaceMember, { workspaceId, userId: user.id, role })), already);
    member.user = user;
    return member;
  }

  private async findMember(ctx: RequestContext, userId: string, manager: EntityManager): Promise<WorkspaceMember> {
    const member = await manager.findOneBy(WorkspaceMember, { workspaceId: ctx.workspaceId, userId });
    if (!member) throw new NotFoundError('Member', userId);
    return member;
  }

  /** Nobody grants more than they have; only owners make owners. */
  private assertMayGrant(ctx: RequestContext, role: Role): void {
    if (!roleAtLeast(ctx.role, role)) throw new ForbiddenError(`You are ${ctx.role} and cannot grant ${role}.`);
  }

  /** An ADMIN may not change or remove an OWNER. */
  private assertMayManage(ctx: RequestContext, member: WorkspaceMember): void {
    if (!roleAtLeast(ctx.role, member.role)) throw new ForbiddenError(`You are ${ctx.role} and cannot change a ${member.role}.`);
  }

  private async assertNotLastOwner(workspaceId: string, manager: EntityManager): Promise<void> {
    // Locking the owner rows serialises two concurrent demotions of the last two owners.
    const owners = await manager
      .createQueryBuilder(WorkspaceMember, 'member')
      .setLock('pessimistic_write')
      .where('member.workspaceId = :workspaceId AND member.role = :role', { workspaceId, role: Role.OWNER })
      .getMany();
    if (owners.length <= 1) throw new ConflictError('A workspace keeps at least one OWNER: make someone else owner first.');
  }
}
