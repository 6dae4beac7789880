import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ClientReportsService, ReportLinkError } from './client-reports.service.js';

/**
 * GET /reports/download?workspace&from&to&format&expires&signature — a
 * report file from a link made by clientReportDownload. The signature (an
 * HMAC of every parameter) is the credential: a changed parameter is 403, an
 * expired link 410. The query string never reaches the request log.
 */
@Controller('reports')
export class ReportDownloadController {
  constructor(private readonly reports: ClientReportsService) {}

  @Get('download')
  async download(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    res.set({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
    try {
      const file = await this.reports.file(this.reports.readLink(query));
      res.set({ 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` }).status(200).send(file.body);
    } catch (error) {
      if (!(error instanceof ReportLinkError)) throw error;
      res.status(error.status).type('text/plain').send(error.message);
    }
  }
}
