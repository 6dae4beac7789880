import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@rapport/plugin-sdk';
import { DataSource } from 'typeorm';
import { Role } from '../auth/role.enum.js';
import { deriveKey } from '../auth/secrets.js';
import { Channel } from '../channels/channel.entity.js';
import { readDateTime } from '../common/date-time.js';
import { UserInputError } from '../common/errors.js';
import { RequestContext } from '../common/request-context.js';
import { parseScheduleTime } from '../common/time-zones.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { ConversationsService } from '../conversations/conversations.service.js';
import { defineJob, JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { MailService } from '../mail/mail.service.js';
import { PostsService } from '../posts/posts.service.js';
import { ReviewsService } from '../reviews/reviews.service.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { ClientReport, ReportFormat, type ClientReportArgs, type ReportDownload } from './dto/client-report.types.js';
import { renderReportPdf } from './report-pdf.js';

const MAX_RANGE_DAYS = 366;
const DEFAULT_LINK_MINUTES = 60;
const WEEK_MS = 7 * 86_400_000;

/** On the 1st of each month: last month's report to every workspace that has reportRecipients. */
export const MONTHLY_REPORTS = defineJob<object>({ name: 'client-reports-monthly', retryLimit: 2, retryDelaySeconds: 300, expireInSeconds: 1800 });

/** A downloadable report: what the signed link carries. */
export interface ReportLink {
  workspaceId: string;
  from: Date;
  to: Date;
  format: ReportFormat;
  /** Unix seconds. */
  expires: number;
}

/** Why a download link is refused (the route answers with the status). */
export class ReportLinkError extends Error {
  constructor(
    readonly status: 403 | 404 | 410,
    message: string,
  ) {
    super(message);
  }
}

function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  // A name starting like a formula (=, +, -, @) would run as one in a spreadsheet: it is kept as text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Client reports: what was done for a workspace in a period, built from the
 * services behind the dashboards (engagementStats, reputation, channelHealth)
 * plus a few counts of their own (publications, questions, escalations,
 * policy actions, disputes); as GraphQL, CSV or PDF, downloadable through a
 * signed expiring link, and mailed monthly to the workspace's reportRecipients.
 * docs/reports.md.
 */
@Injectable()
export class ClientReportsService {
  private readonly linkKey: Uint8Array;

  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostsService,
    private readonly conversations: ConversationsService,
    private readonly reviews: ReviewsService,
    private readonly mail: MailService,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    queue: JobQueue,
  ) {
    this.linkKey = deriveKey(config.secret, 'report-download');
    queue.register(MONTHLY_REPORTS, async () => void (await this.deliverMonthly()));
    queue.schedule(MONTHLY_REPORTS, '0 6 1 * *');
  }

  /** The period of `args` read in the workspace's time zone (a bare date is its midnight there). */
  async period(ctx: RequestContext, args: Pick<ClientReportArgs, 'from' | 'to'>): Promise<{ from: Date; to: Date; workspace: Workspace }> {
    const workspace = await this.dataSource.getRepository(Workspace).findOneByOrFail({ id: ctx.workspaceId });
    const read = (field: 'from' | 'to') => {
      const value = args[field];
      const parts = readDateTime(value);
      const at = parts && parseScheduleTime(parts.hasTime ? value : `${value}T00:00`, workspace.timezone);
      if (!at) throw UserInputError.forField(field, `must be a date ("2026-11-01"), a wall-clock time in ${workspace.timezone}, or an ISO time with offset`);
      return at;
    };
    const [from, to] = [read('from'), read('to')];
    if (to <= from) throw UserInputError.forField('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw UserInputError.forField('to', `the period may cover at most ${MAX_RANGE_DAYS} days`);
    return { from, to, workspace };
  }

  async report(ctx: RequestContext, args: Pick<ClientReportArgs, 'from' | 'to'>): Promise<ClientReport> {
    const { from, to, workspace } = await this.period(ctx, args);
    return this.build(ctx, workspace, from, to);
  }

  private async build(ctx: RequestContext, workspace: Workspace, from: Date, to: Date): Promise<ClientReport> {
    const range = { workspaceId: workspace.id, from: from.toISOString(), to: to.toISOString() };
    const params = [workspace.id, from, to];
    const [engagement, reputation, health] = await Promise.all([this.conversations.engagementStats(ctx, range), this.reviews.reputation(ctx, range), this.posts.channelHealth(ctx, to)]);
    const channels = await this.dataSource.getRepository(Channel).find({ where: { workspaceId: workspace.id, kind: 'NETWORK' }, order: { createdAt: 'ASC' } });

    const perChannel: Array<{ channel_id: string; published: number; promotional: number }> = await this.dataSource.query(
      `SELECT t.channel_id, count(*)::int AS published, count(*) FILTER (WHERE p.kind = 'PROMOTIONAL')::int AS promotional
         FROM post_target t JOIN post p ON p.id = t.post_id
        WHERE t.workspace_id = $1 AND t.status = 'PUBLISHED' AND t.published_at >= $2 AND t.published_at < $3
        GROUP BY t.channel_id`,
      params,
    );
    const [posts]: Array<{ published: number; publications: number; failed: number }> = await this.dataSource.query(
      `SELECT count(DISTINCT t.post_id) FILTER (WHERE t.status = 'PUBLISHED')::int AS published,
              count(*) FILTER (WHERE t.status = 'PUBLISHED')::int AS publications,
              count(*) FILTER (WHERE t.status = 'FAILED')::int AS failed
         FROM post_target t
        WHERE t.workspace_id = $1 AND coalesce(t.published_at, t.updated_at) >= $2 AND coalesce(t.published_at, t.updated_at) < $3 AND t.status IN ('PUBLISHED', 'FAILED')`,
      params,
    );
    // What the policies did to each inbound message is kept on it: its labels, visibility and findings (with their actions).
    const escalatedBy = `(EXISTS (SELECT 1 FROM jsonb_array_elements(m.findings) f WHERE f->>'action' = 'ESCALATE')
      OR ('criticism' = ANY(m.labels) AND EXISTS (SELECT 1 FROM jsonb_array_elements(m.findings) f WHERE f->>'action' = 'HIDE')))`;
    const hiddenByPolicy = `m.visibility = 'HIDDEN' AND EXISTS (SELECT 1 FROM jsonb_array_elements(m.findings) f WHERE f->>'action' = 'HIDE')`;
    const [inbox]: Array<Record<string, number>> = await this.dataSource.query(
      `SELECT count(*)::int AS received,
              count(*) FILTER (WHERE m.visibility = 'VISIBLE' AND 'question' = ANY(m.labels))::int AS questions,
              count(*) FILTER (WHERE m.visibility = 'VISIBLE' AND 'question' = ANY(m.labels) AND EXISTS (
                SELECT 1 FROM message r WHERE r.conversation_id = m.conversation_id AND r.direction = 'OUTBOUND' AND r.delivery_status = 'SENT' AND r.sent_at >= m.sent_at))::int AS answered,
              count(*) FILTER (WHERE ${escalatedBy})::int AS escalations,
              count(*) FILTER (WHERE ${hiddenByPolicy} AND 'spam' = ANY(m.labels))::int AS spam_hidden,
              count(*) FILTER (WHERE ${hiddenByPolicy} AND 'abuse' = ANY(m.labels) AND NOT 'spam' = ANY(m.labels))::int AS abuse_hidden,
              count(*) FILTER (WHERE 'criticism' = ANY(m.labels) AND ${escalatedBy})::int AS criticism_escalated,
              count(*) FILTER (WHERE 'criticism' = ANY(m.labels) AND ${escalatedBy} AND m.visibility = 'HIDDEN')::int AS criticism_hidden
         FROM message m
        WHERE m.workspace_id = $1 AND m.direction = 'INBOUND' AND m.sent_at >= $2 AND m.sent_at < $3`,
      params,
    );
    const [{ cleared }]: Array<{ cleared: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS cleared FROM conversation WHERE workspace_id = $1 AND escalation_cleared_at >= $2 AND escalation_cleared_at < $3`,
      params,
    );
    const [disputes]: Array<{ opened: number; upheld: number; rejected: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS opened, count(*) FILTER (WHERE d.status = 'UPHELD')::int AS upheld, count(*) FILTER (WHERE d.status = 'REJECTED')::int AS rejected
         FROM review_dispute d WHERE d.workspace_id = $1 AND d.created_at >= $2 AND d.created_at < $3`,
      params,
    );

    const weeks = (to.getTime() - from.getTime()) / WEEK_MS;
    return {
      workspaceName: workspace.name,
      from,
      to,
      timeZone: workspace.timezone,
      posts: {
        ...posts,
        perChannel: channels.map((channel) => {
          const row = perChannel.find((r) => r.channel_id === channel.id);
          const published = row?.published ?? 0;
          const expected = channel.targetPostsPerWeek ? Math.round(channel.targetPostsPerWeek * weeks * 10) / 10 : null;
          return {
            channel,
            published,
            promotional: row?.promotional ?? 0,
            targetPerWeek: channel.targetPostsPerWeek,
            expected,
            cadenceMet: expected === null ? null : published >= expected,
            health: health.find((h) => h.channel.id === channel.id)!,
          };
        }),
      },
      inbox: {
        messagesReceived: inbox.received,
        conversations: engagement.overall.conversations,
        answered: engagement.overall.answered,
        responseRate: engagement.overall.responseRate,
        medianFirstResponseSeconds: engagement.overall.medianFirstResponseSeconds,
        questions: inbox.questions,
        questionsAnswered: inbox.answered,
        escalations: inbox.escalations,
        escalationsCleared: cleared,
      },
      reputation,
      disputes: { ...disputes, pending: disputes.opened - disputes.upheld - disputes.rejected },
      policyActions: { spamHidden: inbox.spam_hidden, abuseHidden: inbox.abuse_hidden, criticismEscalated: inbox.criticism_escalated, criticismHidden: inbox.criticism_hidden },
    };
  }

  /** A signed link to the report as a file; the route regenerates it from the data when it is opened. */
  async downloadLink(ctx: RequestContext, args: ClientReportArgs & { format: ReportFormat; expiresInMinutes?: number }): Promise<ReportDownload> {
    const { from, to } = await this.period(ctx, args);
    const expires = Math.floor(Date.now() / 1000) + (args.expiresInMinutes ?? DEFAULT_LINK_MINUTES) * 60;
    const link: ReportLink = { workspaceId: ctx.workspaceId, from, to, format: args.format, expires };
    const query = new URLSearchParams({ workspace: link.workspaceId, from: from.toISOString(), to: to.toISOString(), format: link.format.toLowerCase(), expires: String(expires), signature: this.sign(link) });
    return { url: `${this.config.publicUrl}/reports/download?${query}`, expiresAt: new Date(expires * 1000) };
  }

  /** Checks a download link's signature, then its expiry: a changed parameter is 403, an old link 410. */
  readLink(query: Record<string, unknown>): ReportLink {
    const text = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : '');
    const format = text('format').toUpperCase();
    const link: ReportLink = { workspaceId: text('workspace'), from: new Date(text('from')), to: new Date(text('to')), format: format as ReportFormat, expires: Number(text('expires')) };
    const valid = (Object.values(ReportFormat) as string[]).includes(format) && !Number.isNaN(link.from.getTime()) && !Number.isNaN(link.to.getTime()) && Number.isInteger(link.expires);
    if (!valid || !constantTimeEqual(text('signature'), this.sign(link))) throw new ReportLinkError(403, 'This download link is not valid.');
    if (link.expires * 1000 <= Date.now()) throw new ReportLinkError(410, 'This download link has expired; ask for a new one.');
    return link;
  }

  /** The file a valid link names, with its name and media type. */
  async file(link: ReportLink): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const workspace = await this.dataSource.getRepository(Workspace).findOneBy({ id: link.workspaceId });
    if (!workspace) throw new ReportLinkError(404, 'This workspace no longer exists.');
    const report = await this.build(this.systemContext(workspace.id), workspace, link.from, link.to);
    return this.render(report, link.format, workspace.slug);
  }

  async render(report: ClientReport, format: ReportFormat, slug: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
    // The first and last days as the client reads them (`to` is exclusive).
    const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: report.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
    const base = `report-${slug}-${day(report.from)}-${day(new Date(report.to.getTime() - 1))}`;
    if (format === ReportFormat.CSV) return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(this.csv(report)) };
    return { filename: `${base}.pdf`, contentType: 'application/pdf', body: await renderReportPdf(report) };
  }

  /** One figure per row: section, metric, channel (for per-channel figures), value. */
  csv(report: ClientReport): string {
    const rows: unknown[][] = [['section', 'metric', 'channel', 'value']];
    const add = (section: string, metric: string, value: unknown, channel = '') => rows.push([section, metric, channel, value]);
    add('report', 'workspace', report.workspaceName);
    add('report', 'from', report.from);
    add('report', 'to', report.to);
    add('report', 'time_zone', report.timeZone);
    add('posts', 'published', report.posts.published);
    add('posts', 'publications', report.posts.publications);
    add('posts', 'failed', report.posts.failed);
    for (const c of report.posts.perChannel) {
      add('posts', 'published', c.published, c.channel.displayName);
      add('posts', 'promotional', c.promotional, c.channel.displayName);
      add('posts', 'target_per_week', c.targetPerWeek, c.channel.displayName);
      add('posts', 'expected', c.expected, c.channel.displayName);
      add('posts', 'cadence_met', c.cadenceMet, c.channel.displayName);
    }
    for (const [metric, value] of Object.entries(report.inbox)) add('inbox', snake(metric), value);
    const r = report.reputation;
    add('reputation', 'reviews', r.count);
    add('reputation', 'average_rating', r.averageRating);
    for (const d of r.distribution) add('reputation', `stars_${d.stars}`, d.count);
    add('reputation', 'reply_rate', r.replyRate);
    add('reputation', 'median_reply_seconds', r.medianReplySeconds);
    add('reputation', 'flagged_share', r.flaggedShare);
    for (const [metric, value] of Object.entries(report.disputes)) add('disputes', snake(metric), value);
    for (const [metric, value] of Object.entries(report.policyActions)) add('policy_actions', snake(metric), value);
    return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  /**
   * Last month's report (in each workspace's own time zone) as a PDF, mailed to
   * each workspace that has reportRecipients. A workspace already sent this
   * month's report (a retried run) is skipped.
   */
  async deliverMonthly(now = new Date()): Promise<number> {
    const workspaces = await this.dataSource.getRepository(Workspace).createQueryBuilder('w').where('cardinality(w.reportRecipients) > 0').getMany();
    let sent = 0;
    for (const workspace of workspaces) {
      try {
        if (await this.deliverOne(workspace, now)) sent++;
      } catch (error) {
        // One workspace's failure must not stop the others' reports.
        this.logger.error({ err: error, workspaceId: workspace.id }, 'could not send the monthly report');
      }
    }
    return sent;
  }

  private async deliverOne(workspace: Workspace, now: Date): Promise<boolean> {
    const { from, to, label } = previousMonth(now, workspace.timezone);
    const subject = `Monthly report: ${workspace.name}, ${label}`;
    const already = await this.dataSource.query(`SELECT 1 FROM outbox_mail WHERE workspace_id = $1 AND purpose = 'report.monthly' AND subject = $2 LIMIT 1`, [workspace.id, subject]);
    if (already.length) return false;
    const report = await this.build(this.systemContext(workspace.id), workspace, from, to);
    const pdf = await this.render(report, ReportFormat.PDF, workspace.slug);
    await this.dataSource.transaction((manager) =>
      this.mail.enqueue(manager, {
        workspaceId: workspace.id,
        to: workspace.reportRecipients,
        subject,
        text: [
          'Hello,',
          '',
          `Attached is the report of what was done for ${workspace.name} in ${label}:`,
          `${report.posts.published} posts published, ${report.inbox.messagesReceived} messages received (${report.inbox.responseRate === null ? 'none to answer' : `${Math.round(report.inbox.responseRate * 100)}% answered`}), ${report.reputation.count} reviews${report.reputation.averageRating === null ? '' : ` averaging ${report.reputation.averageRating.toFixed(1)} stars`}.`,
        ].join('\n'),
        purpose: 'report.monthly',
        attachments: [{ filename: pdf.filename, contentType: pdf.contentType, content: pdf.body }],
      }),
    );
    this.logger.info({ workspaceId: workspace.id, from, to, recipients: workspace.reportRecipients.length }, 'monthly report queued');
    return true;
  }

  /** Reports read on behalf of the workspace itself (the link or the schedule authorised it). */
  private systemContext(workspaceId: string): RequestContext {
    return new RequestContext('report', null, { workspaceId, role: Role.VIEWER });
  }

  private sign(link: ReportLink): string {
    return createHmac('sha256', this.linkKey).update([link.workspaceId, link.from.toISOString(), link.to.toISOString(), link.format, link.expires].join('\n')).digest('base64url');
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The calendar month before `now`'s, in `timeZone`: its first and the next month's first midnights there. */
export function previousMonth(now: Date, timeZone: string): { from: Date; to: Date; label: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number);
  const [py, pm] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const first = (y: number, m: number) => parseScheduleTime(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01T00:00`, timeZone)!;
  const from = first(py, pm);
  const label = new Intl.DateTimeFormat('en-GB', { timeZone, month: 'long', year: 'numeric' }).format(from);
  return { from, to: first(year, month), label };
}
