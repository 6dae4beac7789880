import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { EventBus } from './event-bus.js';
import { closePubSub, PUB_SUB, pubSubProvider } from './pub-sub.provider.js';

/** The event bus and the pub/sub engine behind GraphQL subscriptions. */
@Global()
@Module({
  providers: [pubSubProvider, EventBus],
  exports: [EventBus, PUB_SUB],
})
export class EventsModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await closePubSub(this.pubSub);
  }
}
