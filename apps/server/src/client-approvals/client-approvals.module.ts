import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Role } from '../auth/role.enum.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { MailModule } from '../mail/mail.module.js';
import { ClientApprovalController } from './client-approval.controller.js';
import { ClientApprovalDecision } from './client-approval-decision.entity.js';
import { ClientApprovalRecipient } from './client-approval-recipient.entity.js';
import { ClientApprovalRequest } from './client-approval-request.entity.js';
import { ClientApprovalsResolver } from './client-approvals.resolver.js';
import { ClientApprovalsService } from './client-approvals.service.js';

/** Client approval: magic links by mail, the page they open (no login), decisions, deadlines. */
@Module({
  imports: [TypeOrmModule.forFeature([ClientApprovalRequest, ClientApprovalRecipient, ClientApprovalDecision]), MailModule],
  controllers: [ClientApprovalController],
  providers: [
    ClientApprovalsService,
    ClientApprovalsResolver,
    nodeTypes([ClientApprovalRequest, ClientApprovalRecipient, ClientApprovalDecision].map((entity) => ({ entity, minimum: Role.EDITOR }))),
  ],
})
export class ClientApprovalsModule {}
