#!/usr/bin/env node
/**
 * rapport-sandbox-network [serve] [--port 4010] [--host 127.0.0.1] [--token ...] [--latency-ms 0]
 *   runs the sandbox network on its own.
 * rapport-sandbox-network inject <comment|mention|dm|review> --text "..." [--author handle] [--rating 1-5] [--url http://127.0.0.1:4010]
 *   simulates inbound activity on a running sandbox network (e.g. the one `npm start` embeds).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_ACCESS_TOKEN } from './contract.js';
import { startSandboxNetwork } from './sandbox-server.js';

const INJECTABLE = ['comment', 'mention', 'dm', 'review'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: process.env.SANDBOX_PORT ?? '4010' },
    host: { type: 'string', default: process.env.SANDBOX_HOST ?? '127.0.0.1' },
    token: { type: 'string', default: process.env.SANDBOX_ACCESS_TOKEN ?? DEFAULT_ACCESS_TOKEN },
    'latency-ms': { type: 'string', default: process.env.SANDBOX_LATENCY_MS ?? '0' },
    url: { type: 'string', default: process.env.SANDBOX_URL ?? 'http://127.0.0.1:4010' },
    text: { type: 'string' },
    author: { type: 'string' },
    rating: { type: 'string' },
  },
});

async function inject(kind: string | undefined): Promise<void> {
  if (!kind || !INJECTABLE.includes(kind)) throw new Error(`inject needs one of: ${INJECTABLE.join(', ')}`);
  if (!values.text) throw new Error('inject needs --text "..."');
  const body = {
    text: values.text,
    ...(values.author ? { author: { handle: values.author } } : {}),
    ...(kind === 'review' ? { rating: Number(values.rating ?? 5) } : {}),
  };
  const response = await fetch(`${values.url}/v1/_inject/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch((error: Error) => {
    throw new Error(`no sandbox network at ${values.url} (${error.message}); is Rapport running with the embedded sandbox?`);
  });
  const answer = await response.text();
  if (!response.ok) throw new Error(`sandbox answered ${response.status}: ${answer}`);
  console.log(`Injected ${kind}: ${answer}`);
}

async function serve(): Promise<void> {
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
}

const [command = 'serve', kind] = positionals;
try {
  if (command === 'inject') await inject(kind);
  else if (command === 'serve') await serve();
  else throw new Error(`unknown command "${command}"; use serve or inject`);
} catch (error) {
  console.error(`rapport-sandbox-network: ${(error as Error).message}`);
  process.exit(1);
}
