#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEFAULT_ACCESS_TOKEN } from './contract.js';
import { startSandboxNetwork } from './sandbox-server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SANDBOX_PORT ?? '4010' },
    host: { type: 'string', default: process.env.SANDBOX_HOST ?? '127.0.0.1' },
    token: { type: 'string', default: process.env.SANDBOX_ACCESS_TOKEN ?? DEFAULT_ACCESS_TOKEN },
    'latency-ms': { type: 'string', default: process.env.SANDBOX_LATENCY_MS ?? '0' },
  },
});

const network = await startSandboxNetwork({
  port: Number(values.port),
  host: values.host,
  accessToken: values.token,
  latencyMs: Number(values['latency-ms']),
});
console.log(`Sandbox network listening on ${network.url} (access token: ${network.accessToken})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void network.close().then(() => process.exit(0)));
}
