import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Role } from '../auth/role.enum.js';
import type { User } from '../auth/user.entity.js';
import { normaliseEmail } from '../auth/users.service.js';
import { AuditService, auditSnapshot } from '../audit/audit.service.js';
import { ConflictError, NotFoundError } from '../common/errors.js';
import { savedUnlessTaken } from '../database/database-errors.js';
import { paginate, type Connection, type ConnectionArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import type { CreateWorkspaceInput, UpdateWorkspaceInput } from './dto/workspace.inputs.js';
import { NameClash, WorkspaceSetting, type CreateWorkspaceFromTemplateInput, type CreateWorkspaceFromTemplatePayload } from './dto/copy-workspace-settings.types.js';
import { Workspace } from './workspace.entity.js';
import { WorkspaceSettingsService } from './workspace-settings.service.js';
import { WorkspaceMember } from './workspace-member.entity.js';

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'workspace';
}

@Injectable()
export class WorkspacesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    private readonly settings: WorkspaceSettingsService,
    private readonly audit: AuditService,
  ) {}

  /** Workspaces the caller can see: all for instance admins, the key's own for API keys, memberships otherwise. */
  list(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<Workspace>> {
    const query = this.workspaces.createQueryBuilder('workspace');
    const principal = ctx.principal;
    if (principal?.kind === 'apiKey') {
      query.where('workspace.id = :id', { id: principal.apiKey.workspaceId });
    } else if (!ctx.isInstanceAdmin) {
      query.innerJoin(WorkspaceMember, 'member', 'member.workspaceId = workspace.id AND member.userId = :userId', { userId: ctx.userId });
    }
    return paginate(query, args);
  }

  /** The workspace of this (already authorised) context. */
  async get(ctx: RequestContext): Promise<Workspace> {
    const workspace = await this.workspaces.findOneBy({ id: ctx.workspaceId });
    if (!workspace) throw new NotFoundError('Workspace', ctx.workspaceId);
    return workspace;
  }

  async create(ctx: RequestContext, input: CreateWorkspaceInput): Promise<Workspace> {
    return this.dataSource.transaction((manager) => this.createWithOwner(input, ctx.user, ctx.requestId, manager));
  }

  /**
   * Creates a workspace with `owner` as its OWNER and (unless asked not to)
   * the starter policies, inside the caller's transaction. The one way a workspace is made: by
   * createWorkspace and for the Demo workspace of a first run.
   */
  async createWithOwner(input: CreateWorkspaceInput, owner: User, requestId: string, manager: EntityManager): Promise<Workspace> {
    const slug = input.slug ?? (await this.freeSlug(slugify(input.name), manager));
    const slugTaken = () => new ConflictError(`The slug "${slug}" is taken; choose another.`);
    if (await manager.existsBy(Workspace, { slug })) throw slugTaken();
    const workspace = await savedUnlessTaken(() => manager.save(manager.create(Workspace, { name: input.name.trim(), slug, timezone: input.timezone ?? 'UTC' })), slugTaken);
    await manager.save(manager.create(WorkspaceMember, { workspaceId: workspace.id, userId: owner.id, role: Role.OWNER }));
    if (input.starterPolicies !== false) await this.settings.applyStarterSet(workspace.id, owner, requestId, manager);
    return workspace;
  }

  /**
   * A new client workspace made from another, in one transaction: created
   * with the caller as OWNER (the starter policies only when POLICIES are not
   * copied), then the included settings copied the way copyWorkspaceSettings
   * copies them. Nothing is left behind when one of them cannot be copied.
   */
  async createFromTemplate(ctx: RequestContext, input: CreateWorkspaceFromTemplateInput): Promise<CreateWorkspaceFromTemplatePayload> {
    await this.settings.assertMayCopyFrom(ctx, input.fromWorkspaceId);
    const template = await this.workspaces.findOneByOrFail({ id: input.fromWorkspaceId });
    return this.dataSource.transaction(async (manager) => {
      const starterPolicies = !input.include.includes(WorkspaceSetting.POLICIES);
      const workspace = await this.createWithOwner({ name: input.name, slug: input.slug, timezone: input.timezone ?? template.timezone, starterPolicies }, ctx.user, ctx.requestId, manager);
      const inNew = ctx.withAccess({ workspaceId: workspace.id, role: Role.OWNER });
      await this.audit.record(inNew, { action: 'workspace.created', entityType: 'Workspace', entityId: workspace.id, after: { name: workspace.name, slug: workspace.slug, timezone: workspace.timezone, fromWorkspaceId: template.id } }, manager);
      const settings = await this.settings.copyInto(inNew, template.id, input.include, NameClash.REPLACE, manager);
      return { workspace: await manager.findOneByOrFail(Workspace, { id: workspace.id }), settings };
    });
  }

  async update(ctx: RequestContext, input: UpdateWorkspaceInput): Promise<Workspace> {
    const workspace = await this.get(ctx);
    const before = auditSnapshot(workspace);
    if (input.name !== undefined) workspace.name = input.name.trim();
    if (input.timezone !== undefined) workspace.timezone = input.timezone;
    if (input.postApprovalRequired !== undefined) workspace.postApprovalRequired = input.postApprovalRequired;
    if (input.requireDifferentApprover !== undefined) workspace.requireDifferentApprover = input.requireDifferentApprover;
    if (input.approvalMode !== undefined) workspace.approvalMode = input.approvalMode;
    if (input.clientApprovalRule !== undefined) workspace.clientApprovalRule = input.clientApprovalRule;
    if (input.reportRecipients !== undefined) workspace.reportRecipients = [...new Set(input.reportRecipients.map(normaliseEmail))];
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(workspace);
      await this.audit.record(ctx, { action: 'workspace.updated', entityType: 'Workspace', entityId: saved.id, before, after: saved }, manager);
      return saved;
    });
  }

  private async freeSlug(base: string, manager: EntityManager): Promise<string> {
    const taken = new Set(
      (await manager.createQueryBuilder(Workspace, 'w').select('w.slug', 'slug').where('w.slug LIKE :prefix', { prefix: `${base}%` }).getRawMany<{ slug: string }>()).map((row) => row.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
