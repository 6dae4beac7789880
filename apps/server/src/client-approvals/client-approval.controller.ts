import { Controller, Get, Header, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { clientInfoOf } from '../auth/access.decorators.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { PAGE_CSP, renderApprovalPage, renderErrorPage, STYLESHEET } from './approval-page.js';
import { ClientApprovalsService, PortalError } from './client-approvals.service.js';

const NONCE_COOKIE = 'rapport_review';
const NONCE = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * The page a client's link opens, with no login: GET shows the posts, POST
 * (an HTML form, no script needed) records a decision and redirects back to
 * the page. The form carries a CSRF token bound to a SameSite=Strict cookie
 * set by the page, so only a page this server rendered can post it. The
 * token in the path is never logged (see logging/logger.ts).
 */
@Controller('client')
export class ClientApprovalController {
  constructor(
    private readonly approvals: ClientApprovalsService,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
  ) {}

  @Get('approval.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=86400')
  stylesheet(): string {
    return STYLESHEET;
  }

  @Get('approve/:token')
  async page(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.pageHeaders(res);
    try {
      const page = await this.approvals.page(token);
      const nonce = this.nonceOf(req) ?? randomBytes(24).toString('base64url');
      res.cookie(NONCE_COOKIE, nonce, { httpOnly: true, sameSite: 'strict', secure: this.config.publicUrl.startsWith('https:'), path: `/client/approve/${token}`, maxAge: 12 * 3600_000 });
      res.status(200).type('html').send(renderApprovalPage(page, this.approvals.csrfToken(page.recipient.id, nonce), this.registry));
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Post('approve/:token')
  async decide(@Param('token') token: string, @Req() req: Request & { id?: string }, @Res() res: Response): Promise<void> {
    this.pageHeaders(res);
    try {
      const form = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      await this.approvals.decide(token, form, this.nonceOf(req), clientInfoOf(req), req.id ?? 'unknown');
      res.redirect(303, `/client/approve/${token}#post-${typeof form.postId === 'string' ? encodeURIComponent(form.postId) : ''}`);
    } catch (error) {
      this.refuse(res, error, `/client/approve/${token}`);
    }
  }

  private nonceOf(req: Request): string | undefined {
    const cookies = req.headers.cookie?.split(';').map((part) => part.trim().split('=')) ?? [];
    const value = cookies.find(([name]) => name === NONCE_COOKIE)?.[1];
    return value && NONCE.test(value) ? value : undefined;
  }

  /** Not cached, not indexed, never a referrer (the URL is the credential), nothing but our stylesheet and the posts' media. */
  private pageHeaders(res: Response): void {
    res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex, nofollow', 'content-security-policy': PAGE_CSP });
  }

  private refuse(res: Response, error: unknown, backLink?: string): void {
    if (!(error instanceof PortalError)) throw error;
    const back = error.status === 400 || error.status === 403 || error.status === 409 ? backLink : undefined;
    res.status(error.status).type('html').send(renderErrorPage(error.title, error.message, back));
  }
}
