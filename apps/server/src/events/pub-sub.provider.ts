import { EventEmitter } from 'node:events';
import type { Provider } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';

export const PUB_SUB = Symbol('PUB_SUB');

/** Closes the pub/sub engine's connections on shutdown. */
export async function closePubSub(pubSub: PubSubEngine): Promise<void> {
  if (pubSub instanceof RedisPubSub) await pubSub.close();
}

/**
 * In memory for a single process; Redis when REDIS_URL is set, so an event
 * published on one replica reaches subscribers connected to any other.
 * ioredis reconnects by itself (and re-subscribes); while Redis is down a
 * publish fails after one reconnection attempt instead of holding up the
 * request that caused the event, and the event is lost (EventBus logs it).
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [RAPPORT_CONFIG, LOGGER],
  useFactory: (config: RapportConfig, logger: Logger): PubSubEngine => {
    if (!config.redisUrl) {
      // Each live subscription to a topic is a listener of it: more than EventEmitter's default of 10 is normal (a
      // workspace's team in the admin UI), not the leak Node would warn about.
      const eventEmitter = new EventEmitter();
      eventEmitter.setMaxListeners(0);
      return new PubSub({ eventEmitter });
    }
    const connect = (role: string, options: { maxRetriesPerRequest: number | null }) => {
      const client = new Redis(config.redisUrl!, { ...options, lazyConnect: false });
      client.on('error', (error) => logger.warn({ err: error, redis: role }, 'redis connection error'));
      return client;
    };
    return new RedisPubSub({ publisher: connect('publisher', { maxRetriesPerRequest: 1 }), subscriber: connect('subscriber', { maxRetriesPerRequest: null }) });
  },
};
