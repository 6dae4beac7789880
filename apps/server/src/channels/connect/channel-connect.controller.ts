import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ChannelConnectService } from './channel-connect.service.js';

/**
 * GET /connect/callback — where networks send the browser back after consent (the OAuth redirect URI,
 * `<RAPPORT_PUBLIC_URL>/connect/callback`). Whatever happens, the browser is redirected to
 * RAPPORT_CONNECT_RETURN_URL with `connect=choose&pendingId=...` (the consent is kept until the user who began
 * confirms it: pendingChannelConnection, completeChannelConnection) or `connect=error&code=...&message=...`;
 * the code and state never reach the logs (only the path is logged).
 */
@Controller('connect')
export class ChannelConnectController {
  constructor(private readonly connect: ChannelConnectService) {}

  @Get('callback')
  async callback(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.connect.complete(query, (req as Request & { id?: string }).id ?? 'unknown');
    // The redirect must not be cached, nor leak this URL (with its code) as a referrer.
    res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    res.redirect(303, this.connect.returnUrl(outcome));
  }

  /**
   * GET /connect/<type>/client-metadata.json — the OAuth client metadata document of a network whose client id is
   * this URL (AT Protocol's OAuth profile): the network's authorization server fetches it to learn Rapport's
   * redirect URI, scopes and how it authenticates. Public, like any client metadata.
   */
  @Get(':type/client-metadata.json')
  clientMetadata(@Param('type') type: string, @Res() res: Response): void {
    const document = this.connect.clientMetadata(type);
    if (!document) throw new NotFoundException(`no client metadata for "${type}"`);
    res.set({ 'cache-control': 'public, max-age=300' });
    res.json(document);
  }
}
