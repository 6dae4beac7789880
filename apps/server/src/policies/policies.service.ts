import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { validateAgainstSchema } from '@rapport/plugin-sdk';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { Channel } from '../channels/channel.entity.js';
import { ForbiddenError, NotFoundError, UserInputError, type FieldProblem } from '../common/errors.js';
import { paginate, type Connection } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { TemplateContext, templateVariablesProblem } from '../common/template-variables.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { AuditService, auditSnapshot } from '../audit/audit.service.js';
import { Role, roleAtLeast } from '../auth/role.enum.js';
import { EventBus } from '../events/event-bus.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { WorkspaceMember } from '../workspaces/workspace-member.entity.js';
import type { CreatePolicyInput, EvaluatePolicyArgs, PoliciesArgs, PolicyRuleInput, PolicyVersionsArgs, UpdatePolicyInput } from './dto/policy.inputs.js';
import { BacktestOutcome, BacktestReport, type BacktestPolicyInput, type BacktestSource } from './backtest.js';
import { PolicyEngine, type InboundOutcome, type PolicyDecision } from './policy-engine.js';
import type { PolicyRuleConfig } from './policy-rule-config.js';
import { INBOUND_ACTIONS, OUTBOUND_ACTIONS, OUTBOUND_SCOPES, PolicyAction, PolicyScope, SCOPE_TARGET, Severity } from './policy.enums.js';
import { Policy } from './policy.entity.js';
import { PolicyCreatedEvent, PolicyDeletedEvent, PolicyUpdatedEvent } from './policy-events.js';
import { PolicyVersion } from './policy-version.entity.js';

const MAX_BACKTEST_ITEMS = 10_000;

/** A short name for what inbound policies would do, for grouping backtest results. */
function describeInbound(outcome: InboundOutcome): string {
  const actions = [
    outcome.hide && 'HIDE',
    outcome.escalate && 'ESCALATE',
    outcome.labels.length && 'LABEL',
    outcome.assigneeId && 'ASSIGN',
    outcome.priority && 'SET_PRIORITY',
    outcome.autoReply && 'AUTO_REPLY',
  ].filter(Boolean);
  return actions.length ? actions.join('+') : 'NONE';
}

@Injectable()
export class PoliciesService {
  private readonly engine: PolicyEngine;
  private readonly backtestSources: BacktestSource[] = [];

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Policy) private readonly policies: Repository<Policy>,
    @InjectRepository(PolicyVersion) private readonly versions: Repository<PolicyVersion>,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) logger: Logger,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {
    this.engine = new PolicyEngine(registry, logger.child({ component: 'policies' }));
  }

  list(ctx: RequestContext, args: PoliciesArgs): Promise<Connection<Policy>> {
    const query = this.policies.createQueryBuilder('policy').where('policy.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (args.scope) query.andWhere('policy.scope = :scope', { scope: args.scope });
    return paginate(query, args);
  }

  async get(ctx: RequestContext, policyId: string, manager: EntityManager = this.dataSource.manager): Promise<Policy> {
    const policy = await manager.findOneBy(Policy, { id: policyId, workspaceId: ctx.workspaceId });
    if (!policy) throw new NotFoundError('Policy', policyId);
    return policy;
  }

  async listVersions(ctx: RequestContext, policyId: string, args: PolicyVersionsArgs): Promise<Connection<PolicyVersion>> {
    await this.get(ctx, policyId);
    const query = this.versions.createQueryBuilder('version').where('version.workspaceId = :workspaceId AND version.policyId = :policyId', { workspaceId: ctx.workspaceId, policyId });
    // The cursor's comparison follows the direction, so `after` pages back to older versions when newest first.
    return paginate(query, args, { property: 'createdAt', direction: args.newestFirst ? 'DESC' : 'ASC' });
  }

  /**
   * Creates version 1, in the caller's transaction when `manager` is given (a
   * new workspace and its starter policies commit together; the caller then
   * announces nothing, as there is no one to tell yet).
   */
  async create(ctx: RequestContext, input: CreatePolicyInput, manager?: EntityManager): Promise<Policy> {
    if (!manager) {
      const created = await this.dataSource.transaction((transaction) => this.create(ctx, input, transaction));
      await this.events.publish(new PolicyCreatedEvent(ctx.workspaceId, created));
      return created;
    }
    const rules = await this.validatedRules(ctx, input.scope, input.rules, manager);
    if (input.channelId) await this.assertChannel(ctx, input.channelId, manager);
    const policy = await manager.save(
      manager.create(Policy, { workspaceId: ctx.workspaceId, name: input.name.trim(), scope: input.scope, enabled: input.enabled ?? true, channelId: input.channelId ?? null, rules, version: 1 }),
    );
    // Policies apply in creation order, but those made in one transaction (a new workspace's starter set, a copy) would share now().
    const { raw } = await manager
      .createQueryBuilder()
      .update(Policy)
      .set({ createdAt: () => "GREATEST(clock_timestamp(), (SELECT max(p.created_at) + interval '1 millisecond' FROM policy p WHERE p.workspace_id = :workspaceId AND p.id <> :id))" })
      .where('id = :id', { id: policy.id, workspaceId: ctx.workspaceId })
      .returning('created_at')
      .execute();
    policy.createdAt = raw[0].created_at;
    await this.snapshot(ctx, policy, manager);
    await this.audit.record(ctx, { action: 'policy.created', entityType: 'Policy', entityId: policy.id, after: policy }, manager);
    return policy;
  }

  /** Every edit makes a new version; the row lock keeps concurrent edits from sharing a number. In the caller's transaction when `manager` is given. */
  async update(ctx: RequestContext, input: UpdatePolicyInput, manager?: EntityManager): Promise<Policy> {
    if (!manager) {
      const updated = await this.dataSource.transaction((transaction) => this.update(ctx, input, transaction));
      await this.events.publish(new PolicyUpdatedEvent(ctx.workspaceId, updated));
      return updated;
    }
    // Lock, then read: an edit committed meanwhile is built on, not overwritten, and its version number not reused.
    await manager.createQueryBuilder(Policy, 'policy').setLock('pessimistic_write').where('policy.id = :id AND policy.workspaceId = :ws', { id: input.policyId, ws: ctx.workspaceId }).getOne();
    const policy = await this.get(ctx, input.policyId, manager);
    const before = auditSnapshot(policy);
    if (input.rules) policy.rules = await this.validatedRules(ctx, policy.scope, input.rules, manager);
    if (input.name !== undefined) policy.name = input.name.trim();
    if (input.enabled !== undefined) policy.enabled = input.enabled;
    if (input.channelId !== undefined) {
      if (input.channelId) await this.assertChannel(ctx, input.channelId, manager);
      policy.channelId = input.channelId;
    }
    policy.version += 1;
    const saved = await manager.save(policy);
    await this.snapshot(ctx, saved, manager);
    await this.audit.record(ctx, { action: 'policy.updated', entityType: 'Policy', entityId: saved.id, before, after: saved }, manager);
    return saved;
  }

  async remove(ctx: RequestContext, policyId: string): Promise<Policy> {
    const policy = await this.get(ctx, policyId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Policy, { id: policy.id, workspaceId: ctx.workspaceId });
      await this.audit.record(ctx, { action: 'policy.deleted', entityType: 'Policy', entityId: policy.id, before: policy }, manager);
    });
    await this.events.publish(new PolicyDeletedEvent(ctx.workspaceId, policy));
    return { ...policy, id: policyId };
  }

  /** The workspace's enabled policies for a scope (and channel), or the draft rules given, applied to a text; nothing is stored. */
  async evaluate(ctx: RequestContext, args: EvaluatePolicyArgs): Promise<PolicyDecision> {
    if (!args.draftRules) return this.evaluateIn(ctx.workspaceId, args);
    if (!roleAtLeast(ctx.role, Role.ADMIN)) throw new ForbiddenError(`Checking draft rules needs the ADMIN role or higher in this workspace; you are ${ctx.role}.`);
    const manager = this.dataSource.manager;
    const rules = await this.validatedRules(ctx, args.scope, args.draftRules, manager, 'draftRules');
    const channel = args.channelId ? await this.assertChannel(ctx, args.channelId, manager) : null;
    return this.engine.evaluate([{ policyId: 'draft', name: 'Draft', version: 0, rules }], { scope: args.scope, text: args.text, channelCode: channel?.type });
  }

  /** The same, for work not done on behalf of a caller (ingestion, publishing); the caller scopes it. */
  async evaluateIn(workspaceId: string, args: Omit<EvaluatePolicyArgs, 'workspaceId'> & { authorExternalId?: string; recentTexts?: string[] }): Promise<PolicyDecision> {
    const policies = await this.policies.find({
      where: [
        { workspaceId, scope: args.scope, enabled: true, channelId: IsNull() },
        ...(args.channelId ? [{ workspaceId, scope: args.scope, enabled: true, channelId: args.channelId }] : []),
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const channel = args.channelId ? await this.dataSource.manager.findOneBy(Channel, { id: args.channelId, workspaceId }) : null;
    return this.engine.evaluate(
      policies.map((policy) => ({ policyId: policy.id, name: policy.name, version: policy.version, rules: policy.rules })),
      { scope: args.scope, text: args.text, channelCode: channel?.type, authorExternalId: args.authorExternalId, recentTexts: args.recentTexts },
    );
  }

  /**
   * The enabled policies of a scope for one channel, read once (in `manager`'s
   * transaction), as a function that evaluates one text after another: a
   * batch of items pays for one read, and every decision comes from the same
   * policy versions. Decides as evaluateIn does.
   */
  async evaluatorIn(
    workspaceId: string,
    scope: PolicyScope,
    channel: { id: string; type: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(args: { text: string; authorExternalId?: string; recentTexts?: string[] }) => Promise<PolicyDecision>> {
    const policies = await manager.find(Policy, {
      where: [
        { workspaceId, scope, enabled: true, channelId: IsNull() },
        { workspaceId, scope, enabled: true, channelId: channel.id },
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const snapshots = policies.map((policy) => ({ policyId: policy.id, name: policy.name, version: policy.version, rules: policy.rules }));
    return (args) => this.engine.evaluate(snapshots, { scope, text: args.text, channelCode: channel.type, authorExternalId: args.authorExternalId, recentTexts: args.recentTexts });
  }

  /** Lets a domain module offer its stored content of a scope to backtests. */
  registerBacktestSource(source: BacktestSource): void {
    this.backtestSources.push(source);
  }

  /**
   * Replays a saved or draft policy over stored content since a date and
   * reports what it would have done: counts and examples per outcome. Reads
   * only: nothing is saved or changed.
   */
  async backtest(ctx: RequestContext, input: BacktestPolicyInput): Promise<BacktestReport> {
    if (!input.policyId === !input.draft) throw UserInputError.forField('policyId', 'give either policyId or draft');
    const since = new Date(input.since);
    const policy = input.policyId
      ? await this.get(ctx, input.policyId).then((p) => ({ policyId: p.id, name: p.name, version: p.version, rules: p.rules, scope: p.scope }))
      : { policyId: 'draft', name: 'Draft', version: 0, rules: await this.validatedRules(ctx, input.draft!.scope, input.draft!.rules, this.dataSource.manager), scope: input.draft!.scope };
    const sources = this.backtestSources.filter((source) => source.scope === policy.scope);
    const examplesPerOutcome = input.examplesPerOutcome ?? 3;
    const outcomes = new Map<string, BacktestOutcome>();
    let evaluated = 0;
    for (const source of sources) {
      for (const item of await source.items(ctx.workspaceId, since, MAX_BACKTEST_ITEMS - evaluated)) {
        evaluated += 1;
        const decision = await this.engine.evaluate([policy], { scope: policy.scope, text: item.text, channelCode: item.channelCode });
        const key = decision.outbound ?? describeInbound(decision.inbound!);
        const bucket = outcomes.get(key) ?? { outcome: key, count: 0, examples: [] };
        bucket.count += 1;
        if (bucket.examples.length < examplesPerOutcome) {
          bucket.examples.push({ itemType: item.itemType, itemId: item.itemId, excerpt: item.text.slice(0, 160), findings: decision.findings });
        }
        outcomes.set(key, bucket);
      }
    }
    const note = evaluated >= MAX_BACKTEST_ITEMS ? `Stopped at ${MAX_BACKTEST_ITEMS} items; narrow the date range.` : null;
    return { scope: policy.scope, evaluated, sources: sources.map((s) => s.label), outcomes: [...outcomes.values()].sort((a, b) => b.count - a.count), note };
  }

  private async snapshot(ctx: RequestContext, policy: Policy, manager: EntityManager): Promise<void> {
    await manager.save(
      manager.create(PolicyVersion, {
        workspaceId: policy.workspaceId,
        policyId: policy.id,
        version: policy.version,
        name: policy.name,
        scope: policy.scope,
        enabled: policy.enabled,
        channelId: policy.channelId,
        rules: policy.rules,
        createdById: ctx.userId,
      }),
    );
  }

  /** The workspace's channel of that id, or BAD_USER_INPUT on channelId. */
  private async assertChannel(ctx: RequestContext, channelId: string, manager: EntityManager): Promise<Channel> {
    const channel = await manager.findOneBy(Channel, { id: channelId, workspaceId: ctx.workspaceId });
    if (!channel) throw UserInputError.forField('channelId', 'no such channel in this workspace');
    return channel;
  }

  /**
   * Checks every rule against what is loaded and what the scope allows, and
   * reports all problems at once, each naming its field (rules.2.args.terms.0.term)
   * and rule. Nothing is saved when any is found.
   */
  private async validatedRules(ctx: RequestContext, scope: PolicyScope, inputs: PolicyRuleInput[], manager: EntityManager, field = 'rules'): Promise<PolicyRuleConfig[]> {
    const problems: FieldProblem[] = [];
    const allowedActions = OUTBOUND_SCOPES.has(scope) ? OUTBOUND_ACTIONS : INBOUND_ACTIONS;
    const configs = inputs.map((input, index): PolicyRuleConfig => {
      const at = `${field}.${index}`;
      const problem = (name: string, message: string) => problems.push({ field: `${at}.${name}`, message: `(${input.rule}) ${message}` });
      const rule = this.registry.rule(input.rule)?.driver;
      const args = { ...(rule?.defaultArgs ?? {}), ...(input.args ?? {}) };
      if (!rule) {
        problem('rule', `unknown rule; loaded rules: ${this.registry.ruleTypes.map((r) => r.driver.code).join(', ') || 'none'}`);
      } else {
        if (!rule.appliesTo.includes(SCOPE_TARGET[scope])) problem('rule', `does not apply to ${scope} (it checks: ${rule.appliesTo.join(', ')})`);
        const schema = validateAgainstSchema(rule.argsSchema, args);
        schema.errors.forEach((issue) => problem(issue.field ? `args.${issue.field}` : 'args', issue.message));
        if (schema.valid) rule.validateArgs?.(args).forEach((issue) => problem(`args.${issue.field}`, issue.message));
      }
      if (!allowedActions.includes(input.action)) problem('action', `${input.action} is not an action of ${scope}; use one of ${allowedActions.join(', ')}`);
      if (input.action === PolicyAction.ASSIGN && !input.assigneeId) problem('assigneeId', 'is required for ASSIGN');
      if (input.action === PolicyAction.SET_PRIORITY && !input.priority) problem('priority', 'is required for SET_PRIORITY');
      if (input.action === PolicyAction.AUTO_REPLY && !input.template) problem('template', 'is required for AUTO_REPLY');
      const templateProblem = input.template && templateVariablesProblem(input.template, scope === PolicyScope.REVIEW ? TemplateContext.REVIEW : TemplateContext.INBOX);
      if (templateProblem) problem('template', templateProblem);
      return {
        rule: input.rule,
        args,
        action: input.action,
        severityThreshold: input.severityThreshold ?? Severity.INFO,
        ...(input.labels?.length ? { labels: input.labels } : {}),
        ...(input.assigneeId ? { assigneeId: input.assigneeId } : {}),
        ...(input.priority ? { priority: input.priority } : {}),
        ...(input.template ? { template: input.template } : {}),
      };
    });
    for (const [index, config] of configs.entries()) {
      if (config.assigneeId && !(await manager.existsBy(WorkspaceMember, { workspaceId: ctx.workspaceId, userId: config.assigneeId }))) {
        problems.push({ field: `${field}.${index}.assigneeId`, message: `(${config.rule}) is not a member of this workspace` });
      }
    }
    if (problems.length) throw new UserInputError(`Invalid policy. ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    return configs;
  }
}
