import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { paginate, type Connection, type ConnectionArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { defineJob, JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { OutboxMail, OutboxMailStatus, type StoredAttachment } from './outbox-mail.entity.js';

/** A mail to send for a workspace. */
export interface MailMessage {
  workspaceId: string;
  to: string[];
  subject: string;
  text: string;
  /** Why it is sent, e.g. `client_approval.requested` (shown in outboxMails). */
  purpose: string;
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
}

export const SEND_MAIL = defineJob<{ workspaceId: string; mailId: string }>({ name: 'send-mail', retryLimit: 8, retryDelaySeconds: 30, expireInSeconds: 120 });
const MAIL_RETENTION = defineJob<object>({ name: 'mail-retention', retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 600 });
/** Outbox rows older than this are deleted (no approval link lives longer: at most 30 days). */
export const MAIL_RETENTION_DAYS = 31;

/**
 * Outgoing mail, one way for every feature: `enqueue` writes the mail to the
 * `outbox_mail` table and queues its sending in the caller's transaction, so a
 * mail exists exactly when the change it tells of does. The job sends it over
 * SMTP (nodemailer, RAPPORT_SMTP_URL) and then drops its text and attachments
 * (links in it are credentials); without SMTP it writes the mail to the log
 * and keeps it in the outbox, which ADMINs read with `outboxMails`, so
 * everything works on `npm start`.
 */
@Injectable()
export class MailService {
  private readonly transport: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
    queue.register(SEND_MAIL, (data, job) => this.deliver(data.mailId, job.retryCount >= SEND_MAIL.retryLimit));
    queue.register(MAIL_RETENTION, async () => void (await this.deleteExpired()));
    queue.schedule(MAIL_RETENTION, '41 3 * * *');
  }

  /** Stores the mail and queues its sending inside `manager`'s transaction. */
  async enqueue(manager: EntityManager, mail: MailMessage): Promise<OutboxMail> {
    const attachments: StoredAttachment[] = (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.content.length, content: a.content.toString('base64') }));
    const row = await manager.save(manager.create(OutboxMail, { workspaceId: mail.workspaceId, to: mail.to, subject: mail.subject.slice(0, 300), text: mail.text, attachments, purpose: mail.purpose, status: OutboxMailStatus.PENDING }));
    await this.queue.send(SEND_MAIL, { workspaceId: mail.workspaceId, mailId: row.id }, { transaction: manager });
    return row;
  }

  /** The workspace's mails, newest first. */
  list(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<OutboxMail>> {
    const query = this.dataSource.getRepository(OutboxMail).createQueryBuilder('mail').where('mail.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    return paginate(query, args, { property: 'createdAt', direction: 'DESC' });
  }

  private async deliver(mailId: string, lastTry: boolean): Promise<void> {
    const mail = await this.dataSource.getRepository(OutboxMail).findOneBy({ id: mailId });
    if (!mail || mail.status !== OutboxMailStatus.PENDING) return;
    if (!this.transport) {
      // The development path: the log line is the delivery (it carries the text, links included).
      this.logger.info({ mailId: mail.id, workspaceId: mail.workspaceId, purpose: mail.purpose, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments.map((a) => a.filename) }, 'mail (no RAPPORT_SMTP_URL: logged and kept in the outbox)');
      await this.dataSource.getRepository(OutboxMail).update({ id: mail.id }, { status: OutboxMailStatus.LOGGED, sentAt: new Date() });
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text ?? '',
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content ?? '', 'base64') })),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ mailId: mail.id, workspaceId: mail.workspaceId, purpose: mail.purpose, reason: message }, 'could not send mail');
      await this.dataSource.getRepository(OutboxMail).update({ id: mail.id }, { error: message, ...(lastTry ? { status: OutboxMailStatus.FAILED } : {}) });
      throw error;
    }
    const sent = mail.attachments.map((a) => ({ ...a, content: null }));
    await this.dataSource.getRepository(OutboxMail).update({ id: mail.id }, { status: OutboxMailStatus.SENT, sentAt: new Date(), text: null, attachments: sent, error: null });
    this.logger.info({ mailId: mail.id, workspaceId: mail.workspaceId, purpose: mail.purpose, recipients: mail.to.length }, 'mail sent');
  }

  private async deleteExpired(): Promise<void> {
    const [, deleted] = (await this.dataSource.query(`DELETE FROM outbox_mail WHERE created_at < now() - make_interval(days => $1)`, [MAIL_RETENTION_DAYS])) as [unknown, number];
    if (deleted) this.logger.info({ deleted }, 'deleted old outbox mails');
  }
}
