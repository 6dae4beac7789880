import { Controller, Get, Inject, NotFoundException, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { isAuthorizedScrape } from './metrics-auth.js';
import { MetricsService } from './metrics.service.js';

/**
 * `GET /metrics` on the API port, for Prometheus. Off (404) unless
 * RAPPORT_METRICS_TOKEN is set, and then only for that bearer token (401
 * otherwise); with RAPPORT_METRICS_PORT it is served on that port instead.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
  ) {}

  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { token, port } = this.config.metrics;
    if (!token || port !== undefined) throw new NotFoundException();
    if (!isAuthorizedScrape(req.headers.authorization, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    const { contentType, body } = await this.metrics.render();
    res.type(contentType).send(body);
  }
}
