// Child process of bench/fanout.mjs: opens BENCH_CLIENTS graphql-ws
// connections to BENCH_WS_URL, each subscribed to messageAdded of
// BENCH_WORKSPACE, and records when each event reaches each client.
// IPC: → { type: 'ready' } once every subscription is sent;
//      ← { type: 'report' } → { type: 'receipts', receipts: { [body]: number[] } } (Date.now() per client);
//      ← { type: 'stop' } closes everything.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const URL_ = process.env.BENCH_WS_URL;
const TOKEN = process.env.BENCH_TOKEN;
const WORKSPACE = process.env.BENCH_WORKSPACE;
const CLIENTS = Number(process.env.BENCH_CLIENTS);
const CONNECT_CONCURRENCY = 50;

const receipts = new Map();
let errors = 0;
let firstError = null;
const clients = [];
const query = 'subscription($ws: ID!) { messageAdded(workspaceId: $ws) { id body } }';

async function open() {
  let next = 0;
  const lanes = Array.from({ length: Math.min(CONNECT_CONCURRENCY, CLIENTS) }, async () => {
    while (next < CLIENTS) {
      next++;
      const client = createClient({ url: URL_, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` }, retryAttempts: 0, lazy: false });
      clients.push(client);
      // Connected (and authenticated) before the next one, so the server is not flooded with handshakes.
      await new Promise((resolve) => {
        const stop = client.on('connected', () => {
          stop();
          resolve();
        });
        client.on('error', (error) => {
          errors++;
          firstError ??= String(error?.message ?? error?.reason ?? error);
          resolve();
        });
      });
      client.subscribe(
        { query, variables: { ws: WORKSPACE } },
        {
          next: ({ data }) => {
            const at = Date.now();
            const body = data?.messageAdded?.body;
            if (!body) return;
            let list = receipts.get(body);
            if (!list) receipts.set(body, (list = []));
            list.push(at);
          },
          error: (error) => {
            errors++;
            firstError ??= JSON.stringify(error).slice(0, 300);
          },
          complete: () => {},
        },
      );
    }
  });
  await Promise.all(lanes);
}

process.on('message', async (message) => {
  if (message?.type === 'report') {
    process.send({ type: 'receipts', receipts: Object.fromEntries(receipts), errors, firstError });
    receipts.clear();
  } else if (message?.type === 'stop') {
    await Promise.all(clients.map((c) => c.dispose()));
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
await open();
process.send({ type: 'ready', errors, firstError });
