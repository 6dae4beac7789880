import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@rapport/plugin-sdk';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Role } from '../auth/role.enum.js';
import { deriveKey, randomToken, sha256Hex } from '../auth/secrets.js';
import { User } from '../auth/user.entity.js';
import { normaliseEmail } from '../auth/users.service.js';
import { Channel } from '../channels/channel.entity.js';
import { parseDateTime } from '../common/date-time.js';
import { ConflictError, NotFoundError, UserInputError } from '../common/errors.js';
import { paginate, type Connection } from '../common/pagination.js';
import { RequestContext, type ClientInfo } from '../common/request-context.js';
import { parseScheduleTime } from '../common/time-zones.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { EventBus } from '../events/event-bus.js';
import { defineJob, JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { MailService } from '../mail/mail.service.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { assertNotBlocked } from '../policies/policy-engine.js';
import { ClientApprovalMissingEvent } from '../posts/client-approval-missing.event.js';
import { PostActivity } from '../posts/post-activity.entity.js';
import { PostUpdatedEvent } from '../posts/post-updated.event.js';
import { Post } from '../posts/post.entity.js';
import { ClientApprovalStatus, PostActivityKind, PostStatus } from '../posts/post.enums.js';
import { cancelPublishJobs } from '../posts/publish-target.job.js';
import { ApprovalMode, ClientApprovalRule, needsClientApproval } from '../workspaces/approval-mode.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { ClientApprovalDecision, ClientDecision } from './client-approval-decision.entity.js';
import { ClientApprovalRecipient } from './client-approval-recipient.entity.js';
import { ClientApprovalRequest } from './client-approval-request.entity.js';
import { DEFAULT_EXPIRES_IN_HOURS, MAX_POSTS_PER_REQUEST, type ClientApprovalRequestsArgs, type RequestClientApprovalInput, type RevokeClientApprovalInput } from './dto/client-approval.inputs.js';
import { formatInZone } from './format.js';

/** Once a minute: posts whose client deadline passed without approval (see expireDue). */
export const CLIENT_APPROVAL_DEADLINES = defineJob<object>({ name: 'client-approval-deadlines', retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 120 });

/** A link's token: `ca_` and 32 random bytes, base64url. */
export const CLIENT_TOKEN = /^ca_[A-Za-z0-9_-]{43}$/;
const COMMENT_MAX = 2000;

/** Which post statuses may be sent to the client, per mode. */
const SENDABLE: Record<ApprovalMode, PostStatus[]> = {
  [ApprovalMode.INTERNAL_ONLY]: [],
  // The team approves first: only approved (and possibly already scheduled) posts go to the client.
  [ApprovalMode.INTERNAL_THEN_CLIENT]: [PostStatus.APPROVED, PostStatus.SCHEDULED],
  [ApprovalMode.CLIENT_ONLY]: [PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.SCHEDULED],
};
/** While a post is in one of these, a client's decision about it can still count. */
const DECIDABLE = [PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.SCHEDULED];

/** Why the client page refuses something: an HTTP status and words for the page. */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the page shows about one post. */
export interface PagePost {
  id: string;
  post: Post | null;
  channels: Map<string, Channel>;
  /** This reviewer's own decision, if any. */
  decision: ClientApprovalDecision | null;
  /** Why no form is shown (decided, changed, withdrawn), or null when the reviewer may decide. */
  closed: string | null;
}

export interface ApprovalPage {
  recipient: ClientApprovalRecipient;
  request: ClientApprovalRequest;
  workspace: Workspace;
  requesterName: string | null;
  posts: PagePost[];
}

/**
 * Client approval: posts sent to a client's reviewers, each with a personal
 * magic link (a random token stored as its SHA-256), the page those links open
 * (client-approval.controller.ts), their decisions and what they do to the
 * posts, and the deadline sweep. Every change to a post happens with the post
 * row locked (as PostsService and the publish job do), lands in its history
 * and is announced on postUpdated after commit. docs/client-approvals.md.
 */
@Injectable()
export class ClientApprovalsService {
  private readonly csrfKey: Uint8Array;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly events: EventBus,
    private readonly audit: AuditService,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    queue: JobQueue,
  ) {
    this.csrfKey = deriveKey(config.secret, 'client-approval-csrf');
    queue.register(CLIENT_APPROVAL_DEADLINES, async () => void (await this.expireDue()));
    queue.schedule(CLIENT_APPROVAL_DEADLINES, '* * * * *');
    // The publish job held a due post without the client's approval: tell whoever asked.
    events.ofType(ClientApprovalMissingEvent).subscribe((event) => {
      if (event.payload.reason === 'DUE') void this.tellHeld(event.payload.post).catch((error: unknown) => this.logger.error({ err: error, postId: event.payload.post.id }, 'could not mail the held-post notice'));
    });
  }

  list(ctx: RequestContext, args: ClientApprovalRequestsArgs): Promise<Connection<ClientApprovalRequest>> {
    const query = this.dataSource.getRepository(ClientApprovalRequest).createQueryBuilder('request').where('request.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (args.postId) query.andWhere(':postId = ANY(request.postIds)', { postId: args.postId });
    return paginate(query, args, { property: 'createdAt', direction: 'DESC' });
  }

  recipients(request: ClientApprovalRequest): Promise<ClientApprovalRecipient[]> {
    return this.dataSource.getRepository(ClientApprovalRecipient).find({ where: { requestId: request.id, workspaceId: request.workspaceId }, order: { email: 'ASC' } });
  }

  decisions(request: ClientApprovalRequest): Promise<ClientApprovalDecision[]> {
    return this.dataSource.getRepository(ClientApprovalDecision).find({ where: { requestId: request.id, workspaceId: request.workspaceId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  posts(request: ClientApprovalRequest): Promise<Post[]> {
    return this.dataSource.getRepository(Post).find({ where: { id: In(request.postIds), workspaceId: request.workspaceId } }).then((posts) => request.postIds.flatMap((id) => posts.filter((p) => p.id === id)));
  }

  /** Sends posts to the client's reviewers: one link each, by mail; the posts become PENDING with the client. */
  async request(ctx: RequestContext, input: RequestClientApprovalInput): Promise<ClientApprovalRequest> {
    if (!input.postIds === !input.range) throw UserInputError.forField('postIds', 'give postIds or range (one of them)');
    const workspace = await this.dataSource.getRepository(Workspace).findOneByOrFail({ id: ctx.workspaceId });
    if (!needsClientApproval(workspace.approvalMode)) {
      throw new ConflictError('This workspace does not ask clients (approvalMode is INTERNAL_ONLY): an ADMIN sets approvalMode to INTERNAL_THEN_CLIENT or CLIENT_ONLY with updateWorkspace.');
    }
    const timeZone = input.timeZone ?? workspace.timezone;
    const now = new Date();
    const deadline = input.deadline === undefined ? null : parseScheduleTime(input.deadline, timeZone);
    if (input.deadline !== undefined && !deadline) throw UserInputError.forField('deadline', `must be an ISO time with offset, or a wall-clock time in ${timeZone}`);
    if (deadline && deadline <= now) throw UserInputError.forField('deadline', `${deadline.toISOString()} is in the past`);
    // Links outlive the deadline by default, so a late reviewer reads that it passed rather than a dead link.
    const defaultExpiry = Math.max(now.getTime() + DEFAULT_EXPIRES_IN_HOURS * 3600_000, deadline?.getTime() ?? 0);
    const expiresAt = new Date(input.expiresInHours !== undefined ? now.getTime() + input.expiresInHours * 3600_000 : defaultExpiry);
    if (deadline && deadline > expiresAt) throw UserInputError.forField('deadline', 'is after the links expire; give a longer expiresInHours or an earlier deadline');
    const emails = [...new Set(input.emails.map(normaliseEmail))];
    const links = emails.map((email) => ({ email, token: randomToken('ca_', 32) }));
    const requester = ctx.principal?.kind === 'user' ? ctx.principal.user : null;

    const { request, posts } = await this.dataSource.transaction(async (manager) => {
      const posts = await this.sendablePosts(ctx, workspace, input, manager);
      const request = await manager.save(
        manager.create(ClientApprovalRequest, {
          workspaceId: ctx.workspaceId,
          requestedById: requester?.id ?? null,
          postIds: posts.map((p) => p.id),
          message: input.message?.trim() || null,
          rule: workspace.clientApprovalRule,
          timeZone,
          expiresAt,
          deadline,
          deadlineProcessedAt: null,
          revokedAt: null,
        }),
      );
      await manager.save(links.map(({ email, token }) => manager.create(ClientApprovalRecipient, { workspaceId: ctx.workspaceId, requestId: request.id, email, tokenHash: sha256Hex(token), revokedAt: null, lastOpenedAt: null })));
      const detail = [`sent to ${emails.join(', ')}`, deadline ? `deadline ${deadline.toISOString()}` : null].filter(Boolean).join('; ');
      for (const post of posts) {
        // A newer request replaces an older one: decisions through the older links no longer count for this post.
        post.clientApprovalStatus = ClientApprovalStatus.PENDING;
        post.clientApprovalRequestId = request.id;
        await manager.save(post);
        await this.history(manager, post, PostActivityKind.CLIENT_APPROVAL_REQUESTED, ctx.userId, null, detail);
      }
      await this.audit.record(ctx, { action: 'client_approval.requested', entityType: 'ClientApprovalRequest', entityId: request.id, after: { postIds: request.postIds, emails, rule: request.rule, expiresAt, deadline, timeZone } }, manager);
      for (const { email, token } of links) {
        await this.mail.enqueue(manager, {
          workspaceId: ctx.workspaceId,
          to: [email],
          subject: `${workspace.name}: please review ${posts.length === 1 ? 'a post' : `${posts.length} posts`} before ${posts.length === 1 ? 'it is' : 'they are'} published`,
          text: this.invitationText(workspace, request, requester?.name ?? null, posts.length, `${this.config.publicUrl}/client/approve/${token}`),
          purpose: 'client_approval.requested',
        });
      }
      return { request, posts };
    });
    for (const post of posts) await this.announce(post.id);
    return request;
  }

  /**
   * Stops links: one reviewer's, or the whole request's. A post still PENDING
   * on a revoked request is no longer asked about (NOT_REQUESTED); when one
   * reviewer is removed under ALL_MUST_APPROVE, the others may now all have
   * approved it. Decisions already made stay.
   */
  async revoke(ctx: RequestContext, input: RevokeClientApprovalInput): Promise<ClientApprovalRequest> {
    const { request, changed } = await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(ClientApprovalRequest, { where: { id: input.requestId, workspaceId: ctx.workspaceId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new NotFoundError('ClientApprovalRequest', input.requestId);
      if (request.revokedAt) throw new ConflictError('This request was already revoked.');
      const now = new Date();
      const recipients = await manager.findBy(ClientApprovalRecipient, { requestId: request.id, revokedAt: IsNull() });
      const revoked = input.email ? recipients.filter((r) => r.email === normaliseEmail(input.email!)) : recipients;
      if (input.email && !revoked.length) throw new NotFoundError('ClientApprovalRecipient', input.email);
      for (const recipient of revoked) await manager.update(ClientApprovalRecipient, { id: recipient.id }, { revokedAt: now });
      const whole = revoked.length === recipients.length;
      if (whole) request.revokedAt = now;
      await manager.save(request);
      const posts = await this.lockPosts(manager, request.workspaceId, request.postIds);
      const changed: string[] = [];
      for (const post of posts) {
        if (post.clientApprovalRequestId !== request.id || post.clientApprovalStatus !== ClientApprovalStatus.PENDING) continue;
        if (whole) {
          post.clientApprovalStatus = ClientApprovalStatus.NOT_REQUESTED;
          post.clientApprovalRequestId = null;
          await manager.save(post);
          await this.history(manager, post, PostActivityKind.CLIENT_APPROVAL_REVOKED, ctx.userId, null, 'the request was revoked; the client is no longer asked');
        } else {
          const detail = `${revoked[0].email} is no longer asked`;
          const settled = await this.settle(manager, request, post);
          await this.history(manager, post, PostActivityKind.CLIENT_APPROVAL_REVOKED, ctx.userId, null, settled ? `${detail}; everyone else asked approved it` : detail);
        }
        changed.push(post.id);
      }
      await this.audit.record(ctx, { action: 'client_approval.revoked', entityType: 'ClientApprovalRequest', entityId: request.id, before: { revoked: [] }, after: { revoked: revoked.map((r) => r.email), wholeRequest: whole } }, manager);
      return { request, changed };
    });
    for (const id of changed) await this.announce(id);
    return request;
  }

  /** What a link's page shows; refuses unknown (404), revoked or expired (410) links. Records that it was opened. */
  async page(token: string): Promise<ApprovalPage> {
    const { recipient, request } = await this.openLink(token);
    await this.dataSource.getRepository(ClientApprovalRecipient).update({ id: recipient.id }, { lastOpenedAt: new Date() });
    const workspace = await this.dataSource.getRepository(Workspace).findOneByOrFail({ id: request.workspaceId });
    const requester = request.requestedById ? await this.dataSource.getRepository(User).findOneBy({ id: request.requestedById }) : null;
    const posts = await this.dataSource.getRepository(Post).findBy({ id: In(request.postIds), workspaceId: request.workspaceId });
    const channelIds = [...new Set(posts.flatMap((p) => p.targets.map((t) => t.channelId)))];
    const channels = new Map((channelIds.length ? await this.dataSource.getRepository(Channel).findBy({ id: In(channelIds), workspaceId: request.workspaceId }) : []).map((c) => [c.id, c]));
    const decisions = await this.dataSource.getRepository(ClientApprovalDecision).findBy({ recipientId: recipient.id, workspaceId: request.workspaceId });
    return {
      recipient,
      request,
      workspace,
      requesterName: requester?.name ?? null,
      posts: request.postIds.map((id): PagePost => {
        const post = posts.find((p) => p.id === id) ?? null;
        const decision = decisions.find((d) => d.postId === id) ?? null;
        return { id, post, channels, decision, closed: post ? this.closedReason(request, post, decision) : 'This post was withdrawn by the team.' };
      }),
    };
  }

  /** A per-page CSRF token bound to the reviewer and to the browser's cookie nonce. */
  csrfToken(recipientId: string, nonce: string): string {
    return createHmac('sha256', this.csrfKey).update(`${recipientId}:${nonce}`).digest('base64url');
  }

  private csrfMatches(recipientId: string, nonce: string | undefined, given: unknown): boolean {
    if (!nonce || typeof given !== 'string') return false;
    return constantTimeEqual(given, this.csrfToken(recipientId, nonce));
  }

  /**
   * A reviewer's decision on one post of their link's request, with the post
   * locked: refused when the link is unknown, revoked or expired, the CSRF
   * token does not match, the post is not part of this request (a link never
   * reaches another post or workspace), no longer waits for this request, or
   * was already decided. Then the post's history gets the decision and the
   * workspace's rule may settle the post.
   */
  async decide(token: string, form: { postId?: unknown; decision?: unknown; comment?: unknown; csrf?: unknown }, nonce: string | undefined, client: ClientInfo, requestId: string): Promise<void> {
    const { recipient, request } = await this.openLink(token);
    if (!this.csrfMatches(recipient.id, nonce, form.csrf)) throw new PortalError(403, 'This page is out of date', 'Reload the page and try again (your browser must accept cookies from this site).');
    const decision = form.decision === 'approve' ? ClientDecision.APPROVED : form.decision === 'changes' ? ClientDecision.CHANGES_REQUESTED : null;
    if (!decision) throw new PortalError(400, 'Choose an answer', 'Approve the post or request changes.');
    const postId = typeof form.postId === 'string' ? form.postId : '';
    if (!request.postIds.includes(postId)) throw new PortalError(404, 'Not found', 'This post is not part of your review.');
    const comment = typeof form.comment === 'string' ? form.comment.replace(/\r\n/g, '\n').trim() : '';
    if (comment.length > COMMENT_MAX) throw new PortalError(400, 'Comment too long', `Please keep your comment under ${COMMENT_MAX} characters.`);
    if (/[\u0000\p{Cs}]/u.test(comment)) throw new PortalError(400, 'Comment not readable', 'Your comment contains characters that cannot be stored.');
    if (decision === ClientDecision.CHANGES_REQUESTED && !comment) throw new PortalError(400, 'Say what should change', 'Write what should change in the comment box, then request changes.');

    const outcome = await this.dataSource.transaction(async (manager) => {
      const [post] = await this.lockPosts(manager, request.workspaceId, [postId]);
      if (!post) throw new PortalError(404, 'Not found', 'This post was withdrawn by the team.');
      const existing = await manager.findOneBy(ClientApprovalDecision, { recipientId: recipient.id, postId });
      const closed = this.closedReason(request, post, existing);
      if (closed) throw new PortalError(closed.endsWith('has passed.') ? 410 : 409, 'Nothing to decide', closed);
      const saved = await manager.save(manager.create(ClientApprovalDecision, { workspaceId: request.workspaceId, requestId: request.id, recipientId: recipient.id, email: recipient.email, postId, decision, comment: comment || null }));
      const ctx = new RequestContext(requestId, null, { workspaceId: request.workspaceId, role: Role.VIEWER }, client);
      await this.audit.record(ctx, { action: decision === ClientDecision.APPROVED ? 'post.client_approved' : 'post.client_changes_requested', entityType: 'Post', entityId: post.id, after: { clientEmail: recipient.email, requestId: request.id, comment: saved.comment } }, manager);
      const kind = decision === ClientDecision.APPROVED ? PostActivityKind.CLIENT_APPROVED : PostActivityKind.CLIENT_CHANGES_REQUESTED;
      await this.history(manager, post, kind, null, recipient.email, saved.comment);
      const settled = await this.settle(manager, request, post, saved);
      if (settled) await this.tellDecided(manager, request, post, saved);
      return post.id;
    });
    await this.announce(outcome);
  }

  /**
   * Settles a post under `request`'s rule after a decision (or a reviewer's
   * removal): a request for changes sends it back to DRAFT (unscheduled);
   * enough approvals make it APPROVED (a DRAFT or IN_REVIEW post of a
   * CLIENT_ONLY workspace becomes APPROVED too). True when it settled.
   */
  private async settle(manager: EntityManager, request: ClientApprovalRequest, post: Post, latest?: ClientApprovalDecision): Promise<boolean> {
    if (latest?.decision === ClientDecision.CHANGES_REQUESTED) {
      if (post.status === PostStatus.SCHEDULED) await cancelPublishJobs(manager, post.targets.map((t) => t.id));
      post.status = PostStatus.DRAFT;
      post.scheduledAt = null;
      post.clientApprovalStatus = ClientApprovalStatus.CHANGES_REQUESTED;
      await manager.save(post);
      return true;
    }
    const active = await manager.findBy(ClientApprovalRecipient, { requestId: request.id, revokedAt: IsNull() });
    const approvals = await manager.findBy(ClientApprovalDecision, { requestId: request.id, postId: post.id, decision: ClientDecision.APPROVED });
    const approvedBy = new Set(approvals.map((d) => d.recipientId));
    const enough = request.rule === ClientApprovalRule.ANY ? approvedBy.size > 0 : active.length > 0 && active.every((r) => approvedBy.has(r.id));
    if (!enough) return false;
    post.clientApprovalStatus = ClientApprovalStatus.APPROVED;
    const workspace = await manager.findOneByOrFail(Workspace, { id: request.workspaceId });
    if (workspace.approvalMode === ApprovalMode.CLIENT_ONLY && (post.status === PostStatus.DRAFT || post.status === PostStatus.IN_REVIEW)) post.status = PostStatus.APPROVED;
    await manager.save(post);
    return true;
  }

  /**
   * The deadline sweep: every post still PENDING on a request whose deadline
   * passed becomes EXPIRED with the post locked; a scheduled one goes back to
   * DRAFT, unscheduled, so it is not published. The requester gets a mail,
   * the log a warning, subscribers postUpdated and the bus an event.
   */
  async expireDue(now = new Date()): Promise<number> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM client_approval_request WHERE deadline <= $1 AND deadline_processed_at IS NULL AND revoked_at IS NULL ORDER BY deadline LIMIT 100`,
      [now],
    );
    let expired = 0;
    for (const { id } of due) {
      const result = await this.dataSource.transaction(async (manager) => {
        const [locked] = await manager.query('SELECT id FROM client_approval_request WHERE id = $1 AND deadline_processed_at IS NULL FOR UPDATE SKIP LOCKED', [id]);
        if (!locked) return null;
        const request = await manager.findOneByOrFail(ClientApprovalRequest, { id });
        const posts = (await this.lockPosts(manager, request.workspaceId, request.postIds)).filter((p) => p.clientApprovalRequestId === request.id && p.clientApprovalStatus === ClientApprovalStatus.PENDING);
        for (const post of posts) {
          const wasScheduled = post.status === PostStatus.SCHEDULED ? post.scheduledAt : null;
          if (wasScheduled) await cancelPublishJobs(manager, post.targets.map((t) => t.id));
          post.clientApprovalStatus = ClientApprovalStatus.EXPIRED;
          if (wasScheduled) {
            post.status = PostStatus.DRAFT;
            post.scheduledAt = null;
          }
          await manager.save(post);
          const detail = `the deadline ${request.deadline!.toISOString()} passed without the client's approval; ${wasScheduled ? `unscheduled (was for ${wasScheduled.toISOString()}), it` : 'it'} will not be published`;
          await this.history(manager, post, PostActivityKind.CLIENT_APPROVAL_EXPIRED, null, null, detail);
        }
        await manager.update(ClientApprovalRequest, { id }, { deadlineProcessedAt: now });
        if (posts.length) await this.tellDeadline(manager, request, posts);
        return { request, posts };
      });
      if (!result?.posts.length) continue;
      expired += result.posts.length;
      this.logger.warn({ workspaceId: result.request.workspaceId, requestId: id, postIds: result.posts.map((p) => p.id) }, 'client approval deadline passed: posts will not be published');
      for (const post of result.posts) {
        const current = await this.announce(post.id);
        if (current) await this.events.publish(new ClientApprovalMissingEvent(current.workspaceId, { post: current, reason: 'DEADLINE' }));
      }
    }
    return expired;
  }

  /** The recipient and request of a token, or the page's refusal. */
  private async openLink(token: string): Promise<{ recipient: ClientApprovalRecipient; request: ClientApprovalRequest }> {
    const unknown = new PortalError(404, 'Link not found', 'This link is not valid. Check that you copied all of it, or ask the team for a new one.');
    if (!CLIENT_TOKEN.test(token)) throw unknown;
    const recipient = await this.dataSource.getRepository(ClientApprovalRecipient).findOneBy({ tokenHash: sha256Hex(token) });
    if (!recipient) throw unknown;
    const request = await this.dataSource.getRepository(ClientApprovalRequest).findOneByOrFail({ id: recipient.requestId, workspaceId: recipient.workspaceId });
    if (recipient.revokedAt || request.revokedAt) throw new PortalError(410, 'Link withdrawn', 'The team withdrew this link. Ask them for a new one if you still need to review.');
    if (request.expiresAt <= new Date()) throw new PortalError(410, 'Link expired', 'This link has expired. Ask the team for a new one.');
    return { recipient, request };
  }

  /** Why a reviewer can no longer decide on a post, or null when they can. */
  private closedReason(request: ClientApprovalRequest, post: Post, decision: ClientApprovalDecision | null): string | null {
    if (decision) return decision.decision === ClientDecision.APPROVED ? 'You approved this post.' : 'You asked for changes to this post.';
    if (post.clientApprovalRequestId !== request.id) return 'This post changed after this link was sent, or was sent again for review: it can no longer be decided here.';
    if (!DECIDABLE.includes(post.status)) return 'This post is no longer waiting for approval.';
    if (post.clientApprovalStatus === ClientApprovalStatus.APPROVED) return 'This post was already approved.';
    if (post.clientApprovalStatus === ClientApprovalStatus.CHANGES_REQUESTED) return 'Changes were already requested for this post.';
    if (post.clientApprovalStatus === ClientApprovalStatus.EXPIRED || (request.deadline && request.deadline <= new Date())) return 'The deadline for this post has passed.';
    if (post.clientApprovalStatus !== ClientApprovalStatus.PENDING) return 'This post is no longer waiting for approval.';
    return null;
  }

  /** The posts a request may carry, locked: the ids given (all must qualify) or the range's (those that qualify). */
  private async sendablePosts(ctx: RequestContext, workspace: Workspace, input: RequestClientApprovalInput, manager: EntityManager): Promise<Post[]> {
    const allowed = SENDABLE[workspace.approvalMode];
    if (input.postIds) {
      const posts = await this.lockPosts(manager, ctx.workspaceId, input.postIds);
      const missing = input.postIds.filter((id) => !posts.some((p) => p.id === id));
      if (missing.length) throw UserInputError.forField('postIds', `no such post in this workspace: ${missing.join(', ')}`);
      for (const post of posts) {
        if (!allowed.includes(post.status)) {
          throw UserInputError.forField('postIds', `post ${post.id} is ${post.status}; in ${workspace.approvalMode} only ${allowed.join(', ')} posts are sent to the client${workspace.approvalMode === ApprovalMode.INTERNAL_THEN_CLIENT ? ' (an ADMIN approves them first)' : ''}`);
        }
        if (post.clientApprovalStatus === ClientApprovalStatus.APPROVED) throw UserInputError.forField('postIds', `post ${post.id} is already approved by the client`);
        assertNotBlocked(post.policyCheck.outcome, post.policyCheck.findings as Array<{ action: string; message: string }>);
      }
      return this.inCalendarOrder(posts);
    }
    const from = parseDateTime(input.range!.from)!;
    const to = parseDateTime(input.range!.to)!;
    if (to <= from) throw UserInputError.forField('range.to', 'must be after range.from');
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM post WHERE workspace_id = $1 AND scheduled_at >= $2 AND scheduled_at < $3 AND status = ANY($4::post_status[]) AND client_approval_status <> 'APPROVED'
        AND policy_check->>'outcome' <> 'BLOCK' ORDER BY scheduled_at, id LIMIT $5`,
      [ctx.workspaceId, from, to, allowed, MAX_POSTS_PER_REQUEST + 1],
    );
    if (!rows.length) throw UserInputError.forField('range', 'no post scheduled in this range can be sent to the client (already approved, or not in a status the approvalMode allows)');
    if (rows.length > MAX_POSTS_PER_REQUEST) throw UserInputError.forField('range', `more than ${MAX_POSTS_PER_REQUEST} posts are scheduled in this range; send a shorter one`);
    return this.inCalendarOrder(await this.lockPosts(manager, ctx.workspaceId, rows.map((r) => r.id)));
  }

  private inCalendarOrder(posts: Post[]): Post[] {
    return [...posts].sort((a, b) => (a.scheduledAt?.getTime() ?? Infinity) - (b.scheduledAt?.getTime() ?? Infinity) || a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** Locks posts of a workspace (in id order, as every path does, so two never deadlock) and loads them with their targets. */
  private async lockPosts(manager: EntityManager, workspaceId: string, ids: string[]): Promise<Post[]> {
    if (!ids.length) return [];
    const locked: Array<{ id: string }> = await manager.query('SELECT id FROM post WHERE id = ANY($1::uuid[]) AND workspace_id = $2 ORDER BY id FOR UPDATE', [ids, workspaceId]);
    return locked.length ? manager.findBy(Post, { id: In(locked.map((r) => r.id)), workspaceId }) : [];
  }

  private async history(manager: EntityManager, post: Post, kind: PostActivityKind, actorId: string | null, clientEmail: string | null, detail: string | null): Promise<void> {
    await manager.save(manager.create(PostActivity, { workspaceId: post.workspaceId, postId: post.id, kind, actorId, clientEmail, detail }));
  }

  /** postUpdated for a post as committed; null when it is gone. */
  private async announce(postId: string): Promise<Post | null> {
    const post = await this.dataSource.getRepository(Post).findOneBy({ id: postId });
    if (post) await this.events.publish(new PostUpdatedEvent(post.workspaceId, post));
    return post;
  }

  private invitationText(workspace: Workspace, request: ClientApprovalRequest, requesterName: string | null, count: number, link: string): string {
    const who = requesterName ? `${requesterName} (${workspace.name})` : workspace.name;
    return [
      'Hello,',
      '',
      `${who} asks you to review ${count === 1 ? 'a post' : `${count} posts`} before ${count === 1 ? 'it is' : 'they are'} published.`,
      ...(request.message ? ['', request.message] : []),
      '',
      'Open this link to see each post as it will appear on each network, then approve it or ask for changes:',
      link,
      '',
      ...(request.deadline ? [`Please decide by ${formatInZone(request.deadline, request.timeZone)}: posts not approved by then will not be published.`] : []),
      `The link is yours alone (do not forward it) and works until ${formatInZone(request.expiresAt, request.timeZone)}.`,
    ].join('\n');
  }

  /** The requester's address, when a person asked. */
  private async requesterEmail(manager: EntityManager, request: ClientApprovalRequest | null, post: Post): Promise<string | null> {
    const userId = request?.requestedById ?? post.authorId;
    return userId ? ((await manager.findOneBy(User, { id: userId }))?.email ?? null) : null;
  }

  private excerpt(post: Post): string {
    const text = post.body.replace(/\s+/g, ' ').trim();
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  }

  private async tellDecided(manager: EntityManager, request: ClientApprovalRequest, post: Post, decision: ClientApprovalDecision): Promise<void> {
    const to = await this.requesterEmail(manager, request, post);
    if (!to) return;
    const approved = post.clientApprovalStatus === ClientApprovalStatus.APPROVED;
    await this.mail.enqueue(manager, {
      workspaceId: post.workspaceId,
      to: [to],
      subject: approved ? `The client approved "${this.excerpt(post)}"` : `The client asked for changes to "${this.excerpt(post)}"`,
      text: approved
        ? `${decision.email} approved the post "${this.excerpt(post)}"${decision.comment ? `:\n\n${decision.comment}` : '.'}\n\nIt can now be published.`
        : `${decision.email} asked for changes to the post "${this.excerpt(post)}":\n\n${decision.comment}\n\nThe post went back to DRAFT.`,
      purpose: 'client_approval.decided',
    });
  }

  private async tellDeadline(manager: EntityManager, request: ClientApprovalRequest, posts: Post[]): Promise<void> {
    const to = await this.requesterEmail(manager, request, posts[0]);
    if (!to) return;
    await this.mail.enqueue(manager, {
      workspaceId: request.workspaceId,
      to: [to],
      subject: `Client approval deadline passed: ${posts.length === 1 ? '1 post' : `${posts.length} posts`} will not be published`,
      text: [
        `The client did not approve these posts by ${formatInZone(request.deadline!, request.timeZone)}, so they will not be published:`,
        '',
        ...posts.map((p) => `- "${this.excerpt(p)}" (${p.id})`),
        '',
        'Ask again with requestClientApproval once the client is ready.',
      ].join('\n'),
      purpose: 'client_approval.deadline_passed',
    });
  }

  private async tellHeld(post: Post): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const request = post.clientApprovalRequestId ? await manager.findOneBy(ClientApprovalRequest, { id: post.clientApprovalRequestId }) : null;
      const to = await this.requesterEmail(manager, request, post);
      if (!to) return;
      await this.mail.enqueue(manager, {
        workspaceId: post.workspaceId,
        to: [to],
        subject: `Not published: the client has not approved "${this.excerpt(post)}"`,
        text: `The post "${this.excerpt(post)}" (${post.id}) was due but the client has not approved it (${post.clientApprovalStatus}), so it was not published and went back to DRAFT.`,
        purpose: 'client_approval.missing',
      });
    });
  }
}
