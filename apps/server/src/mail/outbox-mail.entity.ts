import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

export enum OutboxMailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  LOGGED = 'LOGGED',
  FAILED = 'FAILED',
}

registerEnumType(OutboxMailStatus, {
  name: 'OutboxMailStatus',
  description: 'What became of an outgoing mail.',
  valuesMap: {
    PENDING: { description: 'Queued; being sent.' },
    SENT: { description: 'Handed to the SMTP server (RAPPORT_SMTP_URL); its text is no longer kept.' },
    LOGGED: { description: 'No SMTP server is configured: written to the log and kept here instead.' },
    FAILED: { description: 'The SMTP server refused it after every retry; see error.' },
  },
});

/** A file attached to a mail, as stored until it is sent. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** Base64; dropped once the mail is SENT. */
  content: string | null;
}

@ObjectType({ description: 'A file attached to an outgoing mail.' })
export class OutboxMailAttachment {
  @Field({ description: 'The file name.' }) filename: string;
  @Field({ description: 'Its media type, e.g. application/pdf.' }) contentType: string;
  @Field(() => Int, { description: 'Its size in bytes.' }) size: number;
}

@ObjectType({ description: 'A mail Rapport sent or is sending for a workspace (client approval links, deadline notices, reports). Without an SMTP server this is where mails go.' })
@Entity('outbox_mail')
@Index('IDX_outbox_mail_workspace_created', ['workspaceId', 'createdAt', 'id'])
export class OutboxMail extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => [String], { description: 'Recipients.' })
  @Column({ type: 'text', array: true })
  to: string[];

  @Field({ description: 'Subject line.' })
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Field(() => String, { nullable: true, description: 'The plain-text body (it may hold a client approval link); null once SENT by SMTP, so links are not kept.' })
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: StoredAttachment[];

  @Field({ description: 'Why it was sent, e.g. `client_approval.requested`, `client_approval.deadline_passed`, `report.monthly`.' })
  @Column({ type: 'varchar', length: 60 })
  purpose: string;

  @Field(() => OutboxMailStatus, { description: 'Sent, logged, pending or failed.' })
  @Column({ type: 'enum', enum: OutboxMailStatus, enumName: 'outbox_mail_status', default: OutboxMailStatus.PENDING })
  status: OutboxMailStatus;

  @Field(() => String, { nullable: true, description: 'Why SMTP refused it (FAILED, or the last failed attempt).' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was sent or logged.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;
}
