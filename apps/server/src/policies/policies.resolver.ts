import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { BacktestPolicyInput, BacktestReport } from './backtest.js';
import { PolicyEvaluation } from './dto/policy-evaluation.types.js';
import { CreatePolicyInput, EvaluatePolicyArgs, PoliciesArgs, PolicyVersionsArgs, UpdatePolicyInput } from './dto/policy.inputs.js';
import { PoliciesService } from './policies.service.js';
import { Policy } from './policy.entity.js';
import { PolicyVersion } from './policy-version.entity.js';

const PolicyConnection = ConnectionType(Policy, 'Policy');
const PolicyVersionConnection = ConnectionType(PolicyVersion, 'PolicyVersion');
const INPUT = { description: 'What to do; see the input type for each field.' };

@Resolver(() => Policy)
export class PoliciesResolver {
  constructor(private readonly policiesService: PoliciesService) {}

  @Allow(Role.VIEWER)
  @Query(() => PolicyConnection, { description: 'Policies of a workspace.' })
  policies(@Ctx() ctx: RequestContext, @Args() args: PoliciesArgs) {
    return this.policiesService.list(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => Policy, { description: 'One policy.' })
  policy(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The policy.' }, new UuidPipe('id')) id: string,
  ): Promise<Policy> {
    return this.policiesService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => PolicyVersionConnection, { description: 'Every version of a policy, oldest first (newestFirst: latest first).' })
  policyVersions(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('policyId', { type: () => ID, description: 'The policy.' }, new UuidPipe('policyId')) policyId: string,
    @Args() args: PolicyVersionsArgs,
  ) {
    return this.policiesService.listVersions(ctx, policyId, args);
  }

  @Allow(Role.AGENT)
  @Query(() => PolicyEvaluation, { description: 'Checks a text against the enabled policies of a scope without storing anything: for live feedback while typing.' })
  evaluatePolicy(@Ctx() ctx: RequestContext, @Args() args: EvaluatePolicyArgs) {
    return this.policiesService.evaluate(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Query(() => BacktestReport, { description: 'What a saved or draft policy would have done to content stored since a date: counts and examples. Changes nothing (ADMIN).' })
  backtestPolicy(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: BacktestPolicyInput): Promise<BacktestReport> {
    return this.policiesService.backtest(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Policy, { description: 'Creates a policy at version 1 (ADMIN).' })
  createPolicy(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: CreatePolicyInput): Promise<Policy> {
    return this.policiesService.create(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Policy, { description: 'Edits a policy, making a new version (ADMIN).' })
  updatePolicy(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UpdatePolicyInput): Promise<Policy> {
    return this.policiesService.update(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Policy, { description: 'Deletes a policy and its versions (ADMIN). Returns it as it was.' })
  deletePolicy(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The policy.' }, new UuidPipe('id')) id: string,
  ): Promise<Policy> {
    return this.policiesService.remove(ctx, id);
  }
}
