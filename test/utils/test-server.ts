import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PubSubEngine } from 'graphql-subscriptions';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/server/src/bootstrap.js';
import { loadConfig, type RapportConfig } from '../../apps/server/src/config/rapport-config.js';
import { withDatabase } from '../../apps/server/src/database/database-target.js';
import { PUB_SUB } from '../../apps/server/src/events/pub-sub.provider.js';
import { workspaceTopic } from '../../apps/server/src/events/rapport-event.js';
import { createLogger } from '../../apps/server/src/logging/logger.js';
import type { PluginEntry } from '../../apps/server/src/plugins/plugin-config.js';
import { loadPlugins } from '../../apps/server/src/plugins/plugin-loader.js';
import { subscribe, type Subscription } from './subscriptions.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; field?: string; [key: string]: unknown } }>;
}

export interface TestServer {
  app: NestExpressApplication;
  config: RapportConfig;
  /** The test file's own database. */
  databaseUrl: string;
  http: ReturnType<typeof request>;
  /** graphql-ws endpoint, for subscriptions. */
  wsUrl: string;
  /** Every JSON log line the server wrote, for asserting what logs contain (and never contain). */
  logLines: string[];
  /** POSTs a GraphQL operation; `token` is a session token or API key. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /**
   * Opens a subscription (utils/subscriptions.ts) to an event of a workspace and resolves once the server listens for
   * it: graphql-ws does not acknowledge a subscription, and an event published before the server listens is never
   * sent to it, so a test that needs every event subscribes through this before causing them.
   */
  subscribed<T = Record<string, any>>(eventName: string, workspaceId: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Subscription<T>>;
  /** How many subscriptions to an event of a workspace the server has made so far (for clients other than the tests', e.g. the admin UI in a browser). */
  subscriptionsMade(eventName: string, workspaceId: string): number;
  /** Runs SQL on the test database, e.g. to look at stored rows. */
  sql<R = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.RAPPORT_TEST_PG_URL;
  if (!url) throw new Error('RAPPORT_TEST_PG_URL is not set: run the tests through jest (its globalSetup starts PostgreSQL)');
  return url;
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A Rapport server for one test file: its own fresh database on the suite's
 * PostgreSQL, migrations applied, HTTP on an ephemeral port.
 */
export interface TestServerOptions {
  /** Plugins to load, as a rapport.config would list them. */
  plugins?: PluginEntry[];
  /** Run as another replica on this server's database instead of a fresh one. */
  replicaOf?: TestServer;
  /** For tests that assert on log lines; otherwise TEST_LOG_LEVEL or debug. */
  logLevel?: string;
  /** A PostgreSQL server of the test's own (e.g. one it restarts) instead of the suite's. */
  postgresUrl?: string;
}

export async function createTestServer(env: Record<string, string> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.replicaOf ? new URL(options.replicaOf.databaseUrl).pathname.slice(1) : `rapport_test_${randomBytes(6).toString('hex')}`;
  const postgresUrl = options.replicaOf ? options.replicaOf.databaseUrl : (options.postgresUrl ?? serverUrl());
  if (!options.replicaOf) await onServer(postgresUrl, `CREATE DATABASE ${database}`);
  const databaseUrl = withDatabase(postgresUrl, database);
  const secret = options.replicaOf?.config.secret ?? randomBytes(32).toString('hex');
  const config = loadConfig({ NODE_ENV: 'test', RAPPORT_SECRET: secret, ...env });
  const logLines: string[] = [];
  const logger = createLogger(options.logLevel ?? process.env.TEST_LOG_LEVEL ?? 'debug', { write: (line: string) => void logLines.push(line) });
  const registry = await loadPlugins(options.plugins ?? []);
  const app = await createApp(config, databaseUrl, logger, registry);
  const subscriptionsMade = countSubscriptions(app.get<PubSubEngine>(PUB_SUB));
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const http = request(app.getHttpServer() as Server);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => {}); // tests that cut connections on purpose must not crash the worker
  return {
    app,
    config,
    logLines,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    databaseUrl,
    http,
    async gql(query, variables = {}, token) {
      const req = http.post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return res.body;
    },
    subscriptionsMade: (eventName, workspaceId) => subscriptionsMade.get(workspaceTopic(eventName, workspaceId)) ?? 0,
    async subscribed(eventName, workspaceId, query, variables, token) {
      const topic = workspaceTopic(eventName, workspaceId);
      const before = subscriptionsMade.get(topic) ?? 0;
      const subscription = subscribe(`ws://127.0.0.1:${port}/graphql`, query, variables, token);
      const deadline = Date.now() + 20_000;
      while ((subscriptionsMade.get(topic) ?? 0) <= before) {
        if (subscription.errors.length || Date.now() > deadline) {
          await subscription.close();
          throw new Error(`the server did not listen for ${eventName} in ${workspaceId}: ${JSON.stringify(subscription.errors)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return subscription as Subscription<never>;
    },
    async sql(text, params = []) {
      return (await pool.query(text, params)).rows;
    },
    async close() {
      await pool.end();
      await app.close();
      if (!options.replicaOf) await onServer(postgresUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

/** Subscriptions the server has made so far per topic, counted through the pub/sub engine's public subscribe. */
function countSubscriptions(pubSub: PubSubEngine): Map<string, number> {
  const counts = new Map<string, number>();
  const engineSubscribe = pubSub.subscribe.bind(pubSub);
  pubSub.subscribe = async (topic, onMessage, options) => {
    const id = await engineSubscribe(topic, onMessage, options);
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
    return id;
  };
  return counts;
}
