import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Role } from '../auth/role.enum.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { MailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';
import { OutboxMail } from './outbox-mail.entity.js';

/** Outgoing mail: the outbox table, SMTP delivery on the queue (or the log without SMTP). */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail])],
  providers: [MailService, MailResolver, nodeTypes([{ entity: OutboxMail, minimum: Role.ADMIN }])],
  exports: [MailService],
})
export class MailModule {}
