#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEFAULT_ACCESS_TOKEN } from './contract.js';
import { startSandboxNetwork } from './sandbox-server.js';

const INJECTABLE = ['comment', 'mention', 'dm', 'review'];

const USAGE = `Usage (in the Rapport repository: npm run sandbox -- <command> ...):
  rapport-sandbox-network inject <comment|mention|dm|review> --text "..." [--author handle] [--rating 1-5] [--url URL]
      Simulates inbound activity on a running sandbox network, e.g. the one \`npm start\` embeds
      (--url defaults to $SANDBOX_URL or http://127.0.0.1:4010; --rating to 5, reviews only).
  rapport-sandbox-network [serve] [--port 4010] [--host 127.0.0.1] [--token sandbox-token] [--latency-ms 0] [--state FILE]
      Runs the sandbox network on its own; --state keeps its state in FILE across restarts
      (defaults: $SANDBOX_PORT, $SANDBOX_HOST, $SANDBOX_ACCESS_TOKEN, $SANDBOX_LATENCY_MS, $SANDBOX_STATE_FILE).
  rapport-sandbox-network --help
      Prints this help.
`;

/** A mistake in the command line: one line, then the usage, exit status 2. */
class UsageError extends Error {}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string', default: process.env.SANDBOX_PORT ?? '4010' },
        host: { type: 'string', default: process.env.SANDBOX_HOST ?? '127.0.0.1' },
        token: { type: 'string', default: process.env.SANDBOX_ACCESS_TOKEN ?? DEFAULT_ACCESS_TOKEN },
        'latency-ms': { type: 'string', default: process.env.SANDBOX_LATENCY_MS ?? '0' },
        state: { type: 'string', default: process.env.SANDBOX_STATE_FILE },
        url: { type: 'string', default: process.env.SANDBOX_URL ?? 'http://127.0.0.1:4010' },
        text: { type: 'string' },
        author: { type: 'string' },
        rating: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs goes on to explain `--` for positionals; its first sentence says what is wrong.
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, ''));
  }
}

function integerOption(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

async function inject(values: ReturnType<typeof parseCommandLine>['values'], kind: string | undefined, extra: string[]): Promise<void> {
  if (!kind || !INJECTABLE.includes(kind)) throw new UsageError(`inject needs one of: ${INJECTABLE.join(', ')}${kind ? ` (got "${kind}")` : ''}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (quote the text: --text "...")`);
  if (!values.text) throw new UsageError('inject needs --text "..."');
  if (values.rating !== undefined && kind !== 'review') throw new UsageError('--rating is for reviews only');
  let url: URL;
  try {
    url = new URL('/v1/_inject/' + kind, values.url);
  } catch {
    throw new UsageError(`--url must be an http(s) URL, got "${values.url}"`);
  }
  const body = {
    text: values.text,
    ...(values.author ? { author: { handle: values.author } } : {}),
    ...(kind === 'review' ? { rating: integerOption('rating', values.rating ?? '5', 1, 5) } : {}),
  };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch((error: Error) => {
    throw new Error(`no sandbox network at ${values.url} (${(error.cause as Error | undefined)?.message ?? error.message}); is Rapport running with the embedded sandbox?`);
  });
  const answer = await response.text();
  if (!response.ok) throw new Error(`sandbox answered ${response.status}: ${answer}`);
  console.log(`Injected ${kind}: ${answer}`);
}

async function serve(values: ReturnType<typeof parseCommandLine>['values'], extra: string[]): Promise<void> {
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const network = await startSandboxNetwork({
    port: integerOption('port', values.port!, 0, 65535),
    host: values.host,
    accessToken: values.token,
    latencyMs: integerOption('latency-ms', values['latency-ms']!, 0, 60_000),
    stateFile: values.state,
    onWarning: (message) => console.warn(`rapport-sandbox-network: ${message}`),
  });
  console.log(`Sandbox network listening on ${network.url} (access token: ${network.accessToken})${values.state ? `, state in ${values.state}` : ''}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void network.close().then(() => process.exit(0)));
  }
}

try {
  const { values, positionals } = parseCommandLine();
  const [command = 'serve', kind, ...extra] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
  } else if (command === 'inject') {
    await inject(values, kind, extra);
  } else if (command === 'serve') {
    await serve(values, kind === undefined ? extra : [kind, ...extra]);
  } else {
    throw new UsageError(`unknown command "${command}"; use inject or serve`);
  }
} catch (error) {
  process.stderr.write(`rapport-sandbox-network: ${(error as Error).message}\n`);
  if (error instanceof UsageError) process.stderr.write(`\n${USAGE}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
