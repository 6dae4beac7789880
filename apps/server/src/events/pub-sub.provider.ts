import type { Provider } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';

export const PUB_SUB = Symbol('PUB_SUB');

/** Closes the pub/sub engine's connections on shutdown. */
export async function closePubSub(pubSub: PubSubEngine): Promise<void> {
  if (pubSub instanceof RedisPubSub) await pubSub.close();
}

/**
 * In memory for a single process; Redis when REDIS_URL is set, so an event
 * published on one replica reaches subscribers connected to any other.
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [RAPPORT_CONFIG],
  useFactory: (config: RapportConfig): PubSubEngine => {
    if (!config.redisUrl) return new PubSub();
    const options = { maxRetriesPerRequest: null, lazyConnect: false };
    return new RedisPubSub({ publisher: new Redis(config.redisUrl, options), subscriber: new Redis(config.redisUrl, options) });
  },
};
