import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { MessageAddedEvent } from '../conversations/conversation-events.js';
import { MessageDirection } from '../conversations/conversation.enums.js';
import { EventBus } from '../events/event-bus.js';
import { JOB_SCHEMA } from '../jobs/job-queue-db.js';
import { JobQueue, NotRetryable, RetryLater } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PostTargetUpdatedEvent } from '../posts/post-target-updated.event.js';
import { TargetStatus } from '../posts/post.enums.js';
import { ReviewAddedEvent } from '../reviews/review-events.js';
import { isAuthorizedScrape } from './metrics-auth.js';

/** Seconds; HTTP and GraphQL answer in milliseconds to seconds, jobs in up to minutes. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
/** Queue depth is one grouped count over pgboss.job; scrapes within this window reuse the last one. */
const QUEUE_DEPTH_TTL_MS = 15_000;
/** Job states that are still to be worked (or being worked). */
const WAITING_STATES = ['created', 'retry', 'active'];

/** How a job run ended, from what its handler threw (see JobQueue). */
function jobOutcome(error: unknown): string {
  if (error === undefined) return 'completed';
  if (error instanceof RetryLater) return 'retry_later';
  if (error instanceof NotRetryable) return 'not_retryable';
  return 'error';
}

/** The outcome of a publish step a PostTargetUpdatedEvent reports, or null for an intermediate one (claimed). */
function publishOutcome(status: TargetStatus, lastError: string | null): string | null {
  if (status === TargetStatus.PUBLISHED) return 'published';
  if (status === TargetStatus.FAILED) return 'failed';
  if (status === TargetStatus.PENDING && lastError) return 'retry';
  return null;
}

/**
 * Prometheus metrics of this process (prom-client, its own registry per
 * app): HTTP and GraphQL durations and errors, jobs, queue depth, ingestion,
 * publishing, outbound webhook deliveries, WebSocket subscribers, the
 * database pool and Node's defaults. Served at `/metrics` (see
 * MetricsController) or on RAPPORT_METRICS_PORT.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly registry = new Registry();
  private separateServer?: Server;
  private queueDepth?: { at: number; rows: Promise<Array<{ name: string; state: string; count: number }>> };

  readonly httpDuration = new Histogram({
    name: 'rapport_http_request_duration_seconds',
    help: 'HTTP requests by method, route (the matched route or /graphql, /admin, other) and status code.',
    labelNames: ['method', 'route', 'status'],
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'rapport_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name (unknown names collapsed, see metrics docs) and type.',
    labelNames: ['operation', 'type'],
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'rapport_graphql_errors_total',
    help: 'GraphQL errors by operation name and extensions.code.',
    labelNames: ['operation', 'code'],
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'rapport_job_duration_seconds',
    help: 'Job runs in this process by kind and outcome (completed, retry_later, not_retryable, error).',
    labelNames: ['kind', 'outcome'],
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  readonly ingestedItems = new Counter({
    name: 'rapport_ingested_items_total',
    help: 'New inbound items stored by this process (messages from networks, reviews).',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  readonly publishOutcomes = new Counter({
    name: 'rapport_post_publish_total',
    help: 'Post target publish attempts worked by this process, by outcome (published, failed, retry).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  /** For the outbound webhook worker: one attempt to deliver, by outcome (e.g. delivered, failed, retry). */
  readonly webhookDeliveries = new Counter({
    name: 'rapport_webhook_deliveries_total',
    help: 'Outbound webhook delivery attempts by outcome.',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  readonly webhookDeliveryDuration = new Histogram({
    name: 'rapport_webhook_delivery_duration_seconds',
    help: 'How long outbound webhook endpoints took to answer (or to time out).',
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly wsConnections = new Gauge({
    name: 'rapport_graphql_ws_connections',
    help: 'Open graphql-ws (subscription) connections on this process.',
    registers: [this.registry],
  });

  constructor(
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
    queue: JobQueue,
    events: EventBus,
  ) {
    collectDefaultMetrics({ register: this.registry });
    queue.observeRuns(async (kind, run) => {
      const end = this.jobDuration.startTimer({ kind });
      try {
        await run();
        end({ outcome: 'completed' });
      } catch (error) {
        end({ outcome: jobOutcome(error) });
        throw error;
      }
    });
    events.ofType(MessageAddedEvent).subscribe((event) => {
      if (event.payload.direction === MessageDirection.INBOUND) this.ingestedItems.inc({ kind: 'message' });
    });
    events.ofType(ReviewAddedEvent).subscribe(() => this.ingestedItems.inc({ kind: 'review' }));
    events.ofType(PostTargetUpdatedEvent).subscribe(({ payload }) => {
      const outcome = publishOutcome(payload.status, payload.lastError);
      if (outcome) this.publishOutcomes.inc({ outcome });
    });
    this.registerPoolGauges();
    this.registerQueueDepth();
  }

  /** Times every HTTP request (install before the routes). */
  readonly httpMiddleware = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.httpDuration.startTimer();
    res.on('finish', () => end({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };

  private registerPoolGauges(): void {
    // TypeORM's postgres driver keeps its node-postgres Pool as `master`.
    const pool = () => (this.dataSource.driver as unknown as { master?: Pool }).master;
    const gauge = (name: string, help: string, read: (pool: Pool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const current = pool();
          if (current) this.set(read(current));
        },
      });
    gauge('rapport_db_pool_connections', 'Connections open in the database pool.', (p) => p.totalCount);
    gauge('rapport_db_pool_idle_connections', 'Open connections not in use.', (p) => p.idleCount);
    gauge('rapport_db_pool_waiting_requests', 'Queries waiting for a free connection.', (p) => p.waitingCount);
  }

  private registerQueueDepth(): void {
    const read = () => this.readQueueDepth();
    new Gauge({
      name: 'rapport_job_queue_depth',
      help: `Jobs waiting or running, by kind and state (created, retry, active), across every process; sampled at most every ${QUEUE_DEPTH_TTL_MS / 1000} s.`,
      labelNames: ['kind', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const row of await read()) this.set({ kind: row.name, state: row.state }, row.count);
      },
    });
  }

  /** One grouped count, shared by every scrape within the TTL (a scrape storm costs one query). */
  private readQueueDepth(): Promise<Array<{ name: string; state: string; count: number }>> {
    const now = Date.now();
    if (!this.queueDepth || now - this.queueDepth.at > QUEUE_DEPTH_TTL_MS) {
      const rows = this.dataSource
        .query(`SELECT name, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job WHERE state::text = ANY($1) GROUP BY name, state`, [WAITING_STATES])
        .catch((error: unknown) => {
          this.logger.warn({ err: error }, 'could not read the job queue depth for /metrics');
          this.queueDepth = undefined;
          return [];
        });
      this.queueDepth = { at: now, rows };
    }
    return this.queueDepth.rows;
  }

  /** The Prometheus text exposition of every metric. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** Where the separate metrics listener (RAPPORT_METRICS_PORT) listens, once started. */
  get separateAddress(): AddressInfo | null {
    return (this.separateServer?.address() as AddressInfo | null) ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const http = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    // graphql-ws connections are HTTP upgrades on /graphql; the socket closing ends the connection.
    http?.on('upgrade', (req: { url?: string }, socket: NodeJS.EventEmitter) => {
      if (!req.url?.startsWith('/graphql')) return;
      this.wsConnections.inc();
      socket.once('close', () => this.wsConnections.dec());
    });
    if (this.config.metrics.port === undefined) return;
    const server = createServer((req, res) => {
      void (async () => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') return void res.writeHead(404).end();
        if (!isAuthorizedScrape(req.headers.authorization, this.config.metrics.token)) return void res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
        const { contentType, body } = await this.render();
        res.writeHead(200, { 'content-type': contentType }).end(body);
      })().catch((error: unknown) => {
        this.logger.error({ err: error }, 'could not render /metrics');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.config.metrics.port, this.config.metrics.host, resolve));
    this.separateServer = server;
    this.logger.info({ port: this.separateAddress?.port, host: this.config.metrics.host }, 'metrics listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.separateServer;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A bounded route label: Express's matched route pattern, else the few mounts that have none. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return route;
  const path = req.originalUrl.split('?')[0];
  if (path === '/graphql') return '/graphql';
  if (path === '/admin' || path.startsWith('/admin/')) return '/admin';
  return 'other';
}
