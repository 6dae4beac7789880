/**
 * Something that happened in one workspace, published on the EventBus after
 * its transaction committed. `name` is stable: it is part of subscription
 * topics and (later) outbound webhook payloads.
 */
export abstract class RapportEvent<TPayload = unknown> {
  abstract readonly name: string;
  readonly occurredAt = new Date();

  constructor(
    readonly workspaceId: string,
    readonly payload: TPayload,
  ) {}
}

/** The pub/sub topic of an event kind in one workspace: subscribers never see another workspace's topic. */
export function workspaceTopic(eventName: string, workspaceId: string): string {
  return `${eventName}:${workspaceId}`;
}
