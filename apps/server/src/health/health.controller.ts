import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/**
 * Health for load balancers and orchestrators. `/health/live`: the process
 * serves HTTP (restart it when this fails). `/health/ready` and `/health`:
 * the database answers too (send it traffic only then); they answer 503
 * during a database outage and 200 again once it is back, without a restart.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async check(@Res() res: Response): Promise<void> {
    await this.reportDatabase(res);
  }

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    await this.reportDatabase(res);
  }

  private async reportDatabase(res: Response): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: 'down', reason: (error as Error).message });
    }
  }
}
