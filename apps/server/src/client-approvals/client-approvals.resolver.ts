import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { Post } from '../posts/post.entity.js';
import { ClientApprovalDecision } from './client-approval-decision.entity.js';
import { ClientApprovalRecipient } from './client-approval-recipient.entity.js';
import { ClientApprovalRequest } from './client-approval-request.entity.js';
import { ClientApprovalsService } from './client-approvals.service.js';
import { ClientApprovalRequestsArgs, RequestClientApprovalInput, RevokeClientApprovalInput } from './dto/client-approval.inputs.js';

const ClientApprovalRequestConnection = ConnectionType(ClientApprovalRequest, 'ClientApprovalRequest');
const INPUT = { description: 'What to do; see the input type for each field.' };

@Resolver(() => ClientApprovalRequest)
export class ClientApprovalsResolver {
  constructor(private readonly approvals: ClientApprovalsService) {}

  @Allow(Role.EDITOR)
  @Mutation(() => ClientApprovalRequest, {
    description:
      "Sends posts (by id, or every sendable post scheduled in a calendar range) to the client's reviewers for approval (EDITOR). Each address gets a personal link by mail (see outboxMails without SMTP); the posts become PENDING with the client. CONFLICT when the workspace's approvalMode is INTERNAL_ONLY. See docs/client-approvals.md.",
  })
  requestClientApproval(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: RequestClientApprovalInput): Promise<ClientApprovalRequest> {
    return this.approvals.request(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ClientApprovalRequest, { description: "Stops a request's links, or one reviewer's (EDITOR). Posts still waiting on a revoked request are no longer asked about; decisions already made stay." })
  revokeClientApproval(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: RevokeClientApprovalInput): Promise<ClientApprovalRequest> {
    return this.approvals.revoke(ctx, input);
  }

  @Allow(Role.EDITOR)
  @Query(() => ClientApprovalRequestConnection, { description: 'Client approval requests of a workspace, newest first, optionally only those about one post (EDITOR).' })
  clientApprovalRequests(@Ctx() ctx: RequestContext, @Args() args: ClientApprovalRequestsArgs) {
    return this.approvals.list(ctx, args);
  }

  // Field resolvers run on a request already authorised by the operation that returned it.
  @ResolveField(() => [ClientApprovalRecipient], { description: 'The reviewers asked, with when they opened their link and whether it was revoked.' })
  recipients(@Parent() request: ClientApprovalRequest) {
    return this.approvals.recipients(request);
  }

  @ResolveField(() => [ClientApprovalDecision], { description: 'Every decision made through this request, in order.' })
  decisions(@Parent() request: ClientApprovalRequest) {
    return this.approvals.decisions(request);
  }

  @ResolveField(() => [Post], { description: 'The posts asked about that still exist, in the request’s order.' })
  posts(@Parent() request: ClientApprovalRequest) {
    return this.approvals.posts(request);
  }
}
