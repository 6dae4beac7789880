import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, type ObjectLiteral } from 'typeorm';
import type { User } from '../auth/user.entity.js';
import { Role, roleAtLeast } from '../auth/role.enum.js';
import { WorkspaceAccessService } from '../auth/workspace-access.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError, UserInputError, type FieldProblem } from '../common/errors.js';
import { RequestContext } from '../common/request-context.js';
import { CannedReply } from '../conversations/canned-reply.entity.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { PoliciesService } from '../policies/policies.service.js';
import { Policy } from '../policies/policy.entity.js';
import { ReviewReplyTemplate } from '../reviews/review-reply-template.entity.js';
import { DEFAULT_LOW_RATING_THRESHOLD, ReviewSettings } from '../reviews/review-settings.entity.js';
import { Workspace } from './workspace.entity.js';
import { CopiedSettings, type CopyWorkspaceSettingsInput, type CopyWorkspaceSettingsPayload, NameClash, WorkspaceSetting } from './dto/copy-workspace-settings.types.js';
import { starterPolicies } from './starter-policies.js';

/** Canned replies and reply templates: a name unique in the workspace and fields copied as they are. */
type NamedSetting = typeof CannedReply | typeof ReviewReplyTemplate;
const COPIED_FIELDS: Record<'CANNED_REPLIES' | 'REPLY_TEMPLATES', { entity: NamedSetting; fields: string[] }> = {
  CANNED_REPLIES: { entity: CannedReply, fields: ['body'] },
  REPLY_TEMPLATES: { entity: ReviewReplyTemplate, fields: ['body', 'minRating', 'maxRating'] },
};

/** What a workspace starts with, and "workspace templates": settings copied from another workspace. */
@Injectable()
export class WorkspaceSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly access: WorkspaceAccessService,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    private readonly audit: AuditService,
  ) {}

  /** Gives a new workspace the starter policies, inside the transaction that creates it. */
  async applyStarterSet(workspaceId: string, owner: User, requestId: string, manager: EntityManager): Promise<void> {
    const ctx = new RequestContext(requestId, { kind: 'user', user: owner }, { workspaceId, role: Role.OWNER });
    for (const policy of starterPolicies(this.registry, workspaceId)) await this.policies.create(ctx, policy, manager);
  }

  /**
   * Copies policies, canned replies and reply templates from another
   * workspace the caller administers, all or nothing. `ctx` is the caller in
   * the target workspace (checked by the resolver's access rule).
   */
  async copy(ctx: RequestContext, input: CopyWorkspaceSettingsInput): Promise<CopyWorkspaceSettingsPayload> {
    if (input.fromWorkspaceId === input.toWorkspaceId) throw UserInputError.forField('fromWorkspaceId', 'is the workspace you copy to; pick another one');
    await this.assertMayCopyFrom(ctx, input.fromWorkspaceId);
    const onNameClash = input.onNameClash ?? NameClash.SKIP;
    return this.dataSource.transaction(async (manager) => ({ settings: await this.copyInto(ctx, input.fromWorkspaceId, input.include, onNameClash, manager) }));
  }

  /** Copying from a workspace needs ADMIN or higher there; one the caller cannot see is NOT_FOUND. */
  async assertMayCopyFrom(ctx: RequestContext, fromWorkspaceId: string): Promise<void> {
    const sourceRole = ctx.principal && (await this.access.roleIn(ctx.principal, fromWorkspaceId));
    if (!sourceRole) throw new NotFoundError('Workspace', fromWorkspaceId);
    if (!roleAtLeast(sourceRole, Role.ADMIN)) throw new ForbiddenError(`Copying from a workspace needs the ADMIN role or higher there; you are ${sourceRole}.`);
  }

  /**
   * Copies the included kinds from `fromWorkspaceId` into `ctx`'s workspace
   * inside the caller's transaction (copyWorkspaceSettings, and
   * createWorkspaceFromTemplate right after creating the workspace).
   */
  async copyInto(ctx: RequestContext, fromWorkspaceId: string, include: WorkspaceSetting[], onNameClash: NameClash, manager: EntityManager): Promise<CopiedSettings[]> {
    const settings: CopiedSettings[] = [];
    for (const kind of include) {
      if (kind === WorkspaceSetting.POLICIES) settings.push(await this.copyPolicies(ctx, fromWorkspaceId, onNameClash, manager));
      else if (kind === WorkspaceSetting.REVIEW_SETTINGS) settings.push(await this.copyReviewSettings(ctx, fromWorkspaceId, manager));
      else if (kind === WorkspaceSetting.APPROVAL_SETTINGS) settings.push(await this.copyApprovalSettings(ctx, fromWorkspaceId, manager));
      else settings.push(await this.copyNamed(kind, fromWorkspaceId, ctx.workspaceId, onNameClash, manager));
    }
    // Each copied policy has its own entry too (PoliciesService records it); this one says where they came from.
    await this.audit.record(ctx, { action: 'workspace.settings_copied', entityType: 'Workspace', entityId: ctx.workspaceId, after: { fromWorkspaceId, onNameClash, settings } }, manager);
    return settings;
  }

  /** The source's review triage settings (or its defaults), over the target's. */
  private async copyReviewSettings(ctx: RequestContext, fromWorkspaceId: string, manager: EntityManager): Promise<CopiedSettings> {
    const source = await manager.findOneBy(ReviewSettings, { workspaceId: fromWorkspaceId });
    const existing = await manager.findOneBy(ReviewSettings, { workspaceId: ctx.workspaceId });
    const copied = { lowRatingThreshold: source?.lowRatingThreshold ?? DEFAULT_LOW_RATING_THRESHOLD, watchedNames: source?.watchedNames ?? [] };
    await manager.save(manager.create(ReviewSettings, { workspaceId: ctx.workspaceId, ...copied }));
    await this.audit.record(ctx, { action: 'review_settings.updated', entityType: 'ReviewSettings', entityId: ctx.workspaceId, before: existing ?? {}, after: copied }, manager);
    return { kind: WorkspaceSetting.REVIEW_SETTINGS, created: existing ? [] : ['review settings'], replaced: existing ? ['review settings'] : [], skipped: [] };
  }

  /** How posts are approved, over the target's (its report recipients are its own). */
  private async copyApprovalSettings(ctx: RequestContext, fromWorkspaceId: string, manager: EntityManager): Promise<CopiedSettings> {
    const source = await manager.findOneByOrFail(Workspace, { id: fromWorkspaceId });
    const target = await manager.findOneByOrFail(Workspace, { id: ctx.workspaceId });
    const fields = ['approvalMode', 'clientApprovalRule', 'postApprovalRequired', 'requireDifferentApprover'] as const;
    const before = Object.fromEntries(fields.map((field) => [field, target[field]]));
    const copied = Object.fromEntries(fields.map((field) => [field, source[field]]));
    await manager.update(Workspace, { id: target.id }, copied);
    await this.audit.record(ctx, { action: 'workspace.updated', entityType: 'Workspace', entityId: target.id, before, after: copied }, manager);
    return { kind: WorkspaceSetting.APPROVAL_SETTINGS, created: [], replaced: ['approval settings'], skipped: [] };
  }

  /** Policies clash by name and scope; a replaced one gets a new version. They are validated in the target (its members, the loaded rules). */
  private async copyPolicies(ctx: RequestContext, fromWorkspaceId: string, onNameClash: NameClash, manager: EntityManager): Promise<CopiedSettings> {
    const result: CopiedSettings = { kind: WorkspaceSetting.POLICIES, created: [], replaced: [], skipped: [] };
    const sources = await manager.find(Policy, { where: { workspaceId: fromWorkspaceId }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const source of sources) {
      // Channels are not copied, and widening a channel's policy to every channel would change what it checks.
      if (source.channelId) {
        result.skipped.push(source.name);
        continue;
      }
      const existing = await manager.findOne(Policy, { where: { workspaceId: ctx.workspaceId, name: source.name, scope: source.scope, channelId: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
      if (existing && onNameClash === NameClash.SKIP) {
        result.skipped.push(source.name);
        continue;
      }
      await this.explained(`Policy "${source.name}"`, () =>
        existing
          ? this.policies.update(ctx, { workspaceId: ctx.workspaceId, policyId: existing.id, rules: source.rules, enabled: source.enabled }, manager)
          : this.policies.create(ctx, { workspaceId: ctx.workspaceId, name: source.name, scope: source.scope, enabled: source.enabled, rules: source.rules }, manager),
      );
      (existing ? result.replaced : result.created).push(source.name);
    }
    return result;
  }

  private async copyNamed(kind: WorkspaceSetting, fromWorkspaceId: string, toWorkspaceId: string, onNameClash: NameClash, manager: EntityManager): Promise<CopiedSettings> {
    const { entity, fields } = COPIED_FIELDS[kind as keyof typeof COPIED_FIELDS];
    const result: CopiedSettings = { kind, created: [], replaced: [], skipped: [] };
    const sources = await manager.find<ObjectLiteral>(entity, { where: { workspaceId: fromWorkspaceId }, order: { name: 'ASC' } });
    for (const source of sources) {
      const existing = await manager.findOneBy<ObjectLiteral>(entity, { workspaceId: toWorkspaceId, name: source.name });
      if (existing && onNameClash === NameClash.SKIP) {
        result.skipped.push(source.name);
        continue;
      }
      const copied: ObjectLiteral = Object.fromEntries(fields.map((field) => [field, source[field]]));
      if (existing) await manager.update(entity, { id: existing.id }, copied);
      else await manager.insert(entity, { workspaceId: toWorkspaceId, name: source.name, ...copied });
      (existing ? result.replaced : result.created).push(source.name);
    }
    return result;
  }

  /** A policy the target cannot take (an assignee who is not a member there, a rule no longer loaded) is named in the error. */
  private async explained<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      const fields = (error.extensions.fields as FieldProblem[] | undefined) ?? [];
      throw new UserInputError(`${what} cannot be copied: ${error.message}`, fields);
    }
  }
}
