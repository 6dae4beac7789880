import { Global, Module } from '@nestjs/common';
import { GraphqlMetrics } from './graphql-metrics.plugin.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus metrics; global, so the outbound webhook worker (and any domain) can count on MetricsService. */
@Global()
@Module({ providers: [MetricsService, GraphqlMetrics], controllers: [MetricsController], exports: [MetricsService] })
export class MetricsModule {}
