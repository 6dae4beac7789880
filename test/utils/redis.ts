import { createConnection } from 'node:net';

/** TEST_REDIS_URL, or a Redis answering on 127.0.0.1:6379; undefined when there is none (tests needing it skip). */
export async function redisUrlIfReachable(): Promise<string | undefined> {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: 6379 });
    socket.setTimeout(500, () => socket.destroy());
    socket.once('connect', () => socket.end(() => resolve('redis://127.0.0.1:6379')));
    socket.once('error', () => resolve(undefined));
    socket.once('close', () => resolve(undefined));
  });
}
