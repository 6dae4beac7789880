import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Subject, filter, type Observable } from 'rxjs';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { workspaceTopic, type RapportEvent } from './rapport-event.js';
import { PUB_SUB } from './pub-sub.provider.js';

type EventClass<T extends RapportEvent> = abstract new (...args: never[]) => T;

/**
 * Publishes domain events. Call `publish` after the transaction that caused
 * the event has committed, so nobody hears of a change that was rolled back.
 * In-process handlers use `ofType`; GraphQL subscribers (on any replica, via
 * the pub/sub engine) receive it on the event's workspace topic.
 */
@Injectable()
export class EventBus {
  private readonly local = new Subject<RapportEvent>();

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async publish(event: RapportEvent): Promise<void> {
    this.local.next(event);
    try {
      await this.pubSub.publish(workspaceTopic(event.name, event.workspaceId), { event: event.payload });
    } catch (error) {
      // The change is committed; a lost live update must not fail the request that made it.
      this.logger.error({ err: error, event: event.name, workspaceId: event.workspaceId }, 'could not publish event');
    }
  }

  ofType<T extends RapportEvent>(type: EventClass<T>): Observable<T> {
    return this.local.pipe(filter((event): event is T => event instanceof type));
  }
}
