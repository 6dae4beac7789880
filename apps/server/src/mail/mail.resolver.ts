import { Args, ArgsType, Field, ID, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionArgs, ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { MailService } from './mail.service.js';
import { OutboxMail, OutboxMailAttachment } from './outbox-mail.entity.js';

const OutboxMailConnection = ConnectionType(OutboxMail, 'OutboxMail');

@ArgsType()
class OutboxMailsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
}

@Resolver(() => OutboxMail)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Allow(Role.ADMIN)
  @Query(() => OutboxMailConnection, {
    description: `The workspace's outgoing mails, newest first (ADMIN): client approval links, deadline notices, reports. Without RAPPORT_SMTP_URL they are only logged and kept here. Kept 31 days.`,
  })
  outboxMails(@Ctx() ctx: RequestContext, @Args() args: OutboxMailsArgs) {
    return this.mail.list(ctx, args);
  }

  @ResolveField(() => [OutboxMailAttachment], { description: 'Attached files (name, type, size).' })
  attachments(@Parent() mail: OutboxMail): OutboxMailAttachment[] {
    return mail.attachments.map(({ filename, contentType, size }) => ({ filename, contentType, size }));
  }
}
