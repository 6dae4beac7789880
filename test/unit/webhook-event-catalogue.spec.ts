import { RapportEvent } from '../../apps/server/src/events/rapport-event.js';
import { outboundEventTypesOf } from '../../apps/server/src/webhooks/outbound/webhook-event-catalogue.js';

class BusEvent extends RapportEvent {
  constructor(
    readonly name: string,
    payload: unknown,
  ) {
    super('workspace-1', payload);
  }
}

const typesOf = (name: string, payload: unknown) => outboundEventTypesOf(new BusEvent(name, payload)).map((made) => made.type);

describe('outbound webhook event catalogue', () => {
  it('makes each documented type from its bus event, by the state the event carries', () => {
    expect(typesOf('post_target.updated', { id: 't1', status: 'PUBLISHED' })).toEqual(['post_target.published']);
    expect(typesOf('post_target.updated', { id: 't1', status: 'FAILED' })).toEqual(['post_target.failed']);
    // A target still on its way makes no outbound event.
    expect(typesOf('post_target.updated', { id: 't1', status: 'PUBLISHING' })).toEqual([]);
    expect(typesOf('channel.updated', { disconnected: false, channel: { id: 'c1' } })).toEqual(['channel.updated']);
    expect(typesOf('channel.updated', { disconnected: true, channel: { id: 'c1' } })).toEqual(['channel.disconnected']);
    expect(typesOf('message.added', { id: 'm1' })).toEqual(['message.created']);
    expect(typesOf('something.internal', { id: 'x' })).toEqual([]);
  });

  it('builds an event’s data only when asked (most events go to no endpoint), picking the documented fields alone', () => {
    let reads = 0;
    const message = new Proxy({ id: 'm1', body: 'Hello', credentialsEncrypted: 'secret' } as Record<string, unknown>, {
      get(target, key) {
        reads++;
        return target[key as string];
      },
    });
    const [made] = outboundEventTypesOf(new BusEvent('message.added', message));
    expect(reads).toBe(0);
    const data = made.build();
    expect(reads).toBeGreaterThan(0);
    expect(data).toMatchObject({ id: 'm1', body: 'Hello', conversationId: null });
    expect(data).not.toHaveProperty('credentialsEncrypted');
  });
});
