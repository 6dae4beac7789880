import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs } from './dto/audit.types.js';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      "The workspace's audit log, newest first (ADMIN): who changed policies, members and invitations, channels, API keys, webhooks, settings and approvals, when and from where. Kept for RAPPORT_AUDIT_RETENTION_DAYS.",
  })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs) {
    return this.audit.list(ctx, args.filter, args);
  }
}
