import { RapportEvent } from '../../events/rapport-event.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';

/** An endpoint was disabled by Rapport (a long failure streak, or 410 Gone); the payload is the endpoint. */
export class WebhookEndpointDisabledEvent extends RapportEvent<WebhookEndpoint> {
  static readonly eventName = 'webhook_endpoint.disabled';
  readonly name = WebhookEndpointDisabledEvent.eventName;
}
