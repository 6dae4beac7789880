import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ClientReport } from './dto/client-report.types.js';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Latin, Greek and Cyrillic scripts, so client and channel names print as typed (PDF's built-in Helvetica does not). */
const FONTS = { regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') };

const INK = '#1d2129';
const MUTED = '#5f6b7a';
const BAR = '#4263eb';
const TARGET = '#e8590c';
const TRACK = '#e9ecef';
const PAGE_WIDTH = 595.28; // A4, in points
const MARGIN = 50;
const CONTENT = PAGE_WIDTH - 2 * MARGIN;

/** A count of seconds in words: "45 s", "12 min", "3 h 20 min". */
export function duration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** The period as people read it: the last day shown is the day before `to` (which is exclusive). */
export function periodLabel(report: Pick<ClientReport, 'from' | 'to' | 'timeZone'>): string {
  const day = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: report.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  return `${day(report.from)} – ${day(new Date(report.to.getTime() - 1))} (${report.timeZone})`;
}

/**
 * The report as a PDF, drawn by pdfkit without a browser: text in an embedded
 * DejaVu Sans, charts as vector bars drawn with pdfkit's own shapes (so they
 * stay sharp at any zoom and need no charting library).
 */
export function renderReportPdf(report: ClientReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Client report: ${report.workspaceName}`, Author: 'Rapport', Subject: periodLabel(report) } });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => {
    if (doc.y > 700) doc.addPage();
    doc.moveDown(0.8).font('bold').fontSize(14).fillColor(INK).text(text, MARGIN, doc.y);
    doc.moveDown(0.3);
  };
  const rows = (pairs: Array<[string, string]>) => {
    for (const [label, value] of pairs) {
      const y = doc.y;
      doc.font('regular').fontSize(10).fillColor(MUTED).text(label, MARGIN, y, { width: CONTENT - 140 });
      doc.font('bold').fillColor(INK).text(value, PAGE_WIDTH - MARGIN - 140, y, { width: 140, align: 'right' });
      doc.moveDown(0.25);
    }
  };
  /** Horizontal bars, one per item, scaled to the largest value; `mark` draws a target tick on a bar. */
  const bars = (items: Array<{ label: string; value: number; mark?: number | null; note?: string }>) => {
    const labelWidth = 150;
    const trackWidth = CONTENT - labelWidth - 90;
    const max = Math.max(1, ...items.map((i) => Math.max(i.value, i.mark ?? 0)));
    for (const item of items) {
      if (doc.y > 760) doc.addPage();
      const y = doc.y;
      doc.font('regular').fontSize(9).fillColor(INK).text(item.label, MARGIN, y + 1, { width: labelWidth - 8, ellipsis: true, height: 12 });
      const x = MARGIN + labelWidth;
      doc.rect(x, y, trackWidth, 12).fill(TRACK);
      if (item.value > 0) doc.rect(x, y, (trackWidth * item.value) / max, 12).fill(BAR);
      if (item.mark) doc.rect(x + (trackWidth * item.mark) / max - 1, y - 2, 2, 16).fill(TARGET);
      doc.font('bold').fontSize(9).fillColor(INK).text(item.note ?? String(item.value), x + trackWidth + 8, y + 1, { width: 82 });
      doc.y = y + 18;
    }
  };

  doc.font('bold').fontSize(20).fillColor(INK).text(`Client report: ${report.workspaceName}`);
  doc.font('regular').fontSize(11).fillColor(MUTED).text(periodLabel(report));

  heading('Key figures');
  rows([
    ['Posts published', String(report.posts.published)],
    ['Messages received', String(report.inbox.messagesReceived)],
    ['Response rate', percent(report.inbox.responseRate)],
    ['Median first response', duration(report.inbox.medianFirstResponseSeconds)],
    ['Reviews', String(report.reputation.count)],
    ['Average rating', report.reputation.averageRating === null ? '–' : `${report.reputation.averageRating.toFixed(1)} / 5`],
  ]);

  heading('Posts by channel');
  doc.font('regular').fontSize(9).fillColor(MUTED).text('Bars: posts published in the period. Orange tick: what the channel’s weekly target asks of the period.');
  doc.moveDown(0.4);
  bars(report.posts.perChannel.map((c) => ({ label: c.channel.displayName, value: c.published, mark: c.expected, note: c.expected === null ? `${c.published}` : `${c.published} of ${c.expected}` })));
  rows([
    ['Publications (post × channel)', String(report.posts.publications)],
    ['Failed publications', String(report.posts.failed)],
    ['Channels on target', `${report.posts.perChannel.filter((c) => c.cadenceMet).length} of ${report.posts.perChannel.filter((c) => c.cadenceMet !== null).length}`],
  ]);

  heading('Inbox');
  rows([
    ['Conversations started', String(report.inbox.conversations)],
    ['Answered', `${report.inbox.answered} (${percent(report.inbox.responseRate)})`],
    ['Median first response', duration(report.inbox.medianFirstResponseSeconds)],
    ['Questions answered', `${report.inbox.questionsAnswered} of ${report.inbox.questions}`],
    ['Escalated to a person', String(report.inbox.escalations)],
    ['Escalations cleared', String(report.inbox.escalationsCleared)],
  ]);

  heading('Reputation');
  rows([
    ['Reviews written', String(report.reputation.count)],
    ['Average rating', report.reputation.averageRating === null ? '–' : `${report.reputation.averageRating.toFixed(2)} / 5`],
    ['Reply rate', percent(report.reputation.replyRate)],
    ['Median reply time', duration(report.reputation.medianReplySeconds)],
    ['Disputes opened', String(report.disputes.opened)],
    ['   upheld by the site / rejected / pending', `${report.disputes.upheld} / ${report.disputes.rejected} / ${report.disputes.pending}`],
  ]);
  doc.moveDown(0.4);
  bars([...report.reputation.distribution].reverse().map((d) => ({ label: `${d.stars} star${d.stars === 1 ? '' : 's'}`, value: d.count })));

  heading('Moderation by policies');
  rows([
    ['Spam hidden', String(report.policyActions.spamHidden)],
    ['Abuse hidden', String(report.policyActions.abuseHidden)],
    ['Criticism escalated to a person', String(report.policyActions.criticismEscalated)],
    ['   of which abusive, and hidden', String(report.policyActions.criticismHidden)],
  ]);

  doc.moveDown(1.5).font('regular').fontSize(8).fillColor(MUTED).text(`Generated by Rapport on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`, MARGIN);
  doc.end();
  return done;
}
