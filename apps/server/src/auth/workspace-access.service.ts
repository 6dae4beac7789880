import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../common/request-context.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { WorkspaceMember } from '../workspaces/workspace-member.entity.js';
import { Role } from './role.enum.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Answers "what role does this caller have in that workspace?" — the heart of tenancy. */
@Injectable()
export class WorkspaceAccessService {
  constructor(
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    @InjectRepository(WorkspaceMember) private readonly members: Repository<WorkspaceMember>,
  ) {}

  /** The caller's role in each workspace, in order (null where it has none), in one query for all of them. */
  async rolesIn(principal: Principal, workspaceIds: readonly string[]): Promise<Array<Role | null>> {
    if (principal.kind === 'apiKey') return workspaceIds.map((id) => (principal.apiKey.workspaceId === id ? principal.apiKey.role : null));
    if (principal.user.isInstanceAdmin) {
      const existing = new Set((await this.workspaces.find({ where: { id: In([...workspaceIds]) }, select: { id: true } })).map((w) => w.id));
      return workspaceIds.map((id) => (existing.has(id) ? Role.OWNER : null));
    }
    const memberships = await this.members.find({ where: { workspaceId: In([...workspaceIds]), userId: principal.user.id }, select: { workspaceId: true, role: true, id: true }, loadEagerRelations: false });
    return workspaceIds.map((id) => memberships.find((m) => m.workspaceId === id)?.role ?? null);
  }

  /** The caller's role, or null when the workspace does not exist or is not theirs (indistinguishable on purpose). */
  async roleIn(principal: Principal, workspaceId: string): Promise<Role | null> {
    if (!UUID.test(workspaceId)) return null;
    if (principal.kind === 'apiKey') {
      return principal.apiKey.workspaceId === workspaceId ? principal.apiKey.role : null;
    }
    const prefetched = principal.prefetchedRole;
    if (prefetched?.workspaceId === workspaceId) {
      // Read with the user for this request's first check; a later check (another root field, after a mutation) reads again.
      delete principal.prefetchedRole;
      return prefetched.role;
    }
    if (principal.user.isInstanceAdmin) {
      return (await this.workspaces.existsBy({ id: workspaceId })) ? Role.OWNER : null;
    }
    const membership = await this.members.findOne({
      where: { workspaceId, userId: principal.user.id },
      select: { role: true, id: true },
      loadEagerRelations: false,
    });
    return membership?.role ?? null;
  }
}
