import { createHmac } from 'node:crypto';
import { constantTimeEqual, parseJsonWebhook, type DriverContext, type InboundReview, type JSONSchema, type WebhookRequest } from '@rapport/plugin-sdk';
import { stringOf } from './api.js';
import type { TrustpilotWebhookDelivery, TrustpilotWebhookEvent } from './entities.js';

/**
 * Trustpilot documents no signature on webhook deliveries: a business registers subscription URLs (Integrations >
 * Developers > Webhooks, https://support.trustpilot.com/hc/en-us/articles/115015822068) and Trustpilot POSTs the
 * events to them, so the URL is all the business controls. Rapport expects HTTP Basic credentials written into it
 * (user information, sent as `Authorization: Basic`). Rapport's subscription URL for a channel is
 * `https://rapport:<password>@<Rapport>/webhooks/<channel id>`; a delivery is accepted when its
 * `Authorization: Basic` header carries that password (any user name), compared in constant time. The password is
 * the channel's `webhookSecret` credential, else the hex HMAC-SHA256 of the channel id keyed with the plugin option
 * `webhookSecret`. Nothing covers the body or a timestamp, so a captured delivery could be sent again: ingestion
 * is idempotent and an older copy of a review never replaces a newer one.
 */
export function webhookPasswordOf(ctx: Pick<DriverContext, 'credentials' | 'options' | 'channelId'>): string | undefined {
  const own = stringOf(ctx.credentials.webhookSecret);
  if (own) return own;
  const root = stringOf(ctx.options.webhookSecret);
  return root && ctx.channelId ? createHmac('sha256', root).update(ctx.channelId).digest('hex') : undefined;
}

export function isFromTrustpilot(ctx: DriverContext, request: WebhookRequest): boolean {
  const expected = webhookPasswordOf(ctx);
  const header = request.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value) : null;
  if (!expected || !match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  return constantTimeEqual(decoded.slice(colon + 1), expected);
}

const nullableString = { type: ['string', 'null'] };
const dateTime = { type: 'string', format: 'date-time' };

/** A delivery as Trustpilot documents it: `{ "events": [{ "eventName", "version", "eventData" }] }`. */
export const webhookDeliverySchema: JSONSchema = {
  type: 'object',
  required: ['events'],
  properties: {
    events: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['eventName', 'eventData'],
        properties: {
          eventName: { type: 'string', minLength: 1 },
          version: { type: 'string' },
          eventData: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
        },
        allOf: [
          {
            if: { required: ['eventName'], properties: { eventName: { enum: ['service-review-created', 'service-review-updated'] } } },
            then: {
              properties: {
                eventData: {
                  type: 'object',
                  required: ['id', 'stars', 'createdAt', 'consumer'],
                  properties: {
                    id: { type: 'string', minLength: 1 },
                    stars: { type: 'integer', minimum: 1, maximum: 5 },
                    title: nullableString,
                    text: nullableString,
                    language: nullableString,
                    referenceId: nullableString,
                    locationId: nullableString,
                    isVerified: { type: 'boolean' },
                    createdAt: dateTime,
                    updatedAt: { type: ['string', 'null'], format: 'date-time' },
                    consumer: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' }, displayName: { type: 'string' } } },
                  },
                },
              },
            },
          },
        ],
      },
    },
  },
};

/**
 * The reviews a delivery brings: `service-review-created` and `service-review-updated` (a revision). Other events
 * (`service-review-deleted`, product review events) are acknowledged and stored nowhere: Rapport keeps the review
 * as it last saw it, since a review source has no way yet to say a review is gone.
 */
export function reviewsOfDelivery(request: WebhookRequest, receivedAt: Date = new Date()): InboundReview[] {
  const delivery = parseJsonWebhook<TrustpilotWebhookDelivery>(request, webhookDeliverySchema);
  return delivery.events.filter((event) => event.eventName === 'service-review-created' || event.eventName === 'service-review-updated').map((event) => toReview(event, receivedAt));
}

function toReview({ eventName, eventData: data }: TrustpilotWebhookEvent, receivedAt: Date): InboundReview {
  const consumer = data.consumer!;
  const name = consumer.displayName ?? consumer.name ?? 'Trustpilot user';
  // A revision without its own date is dated when it arrived, so it is not taken for an older copy.
  const updatedAt = data.updatedAt ?? (eventName === 'service-review-updated' ? receivedAt.toISOString() : undefined);
  return {
    externalId: data.id,
    author: { externalId: consumer.id, handle: name, name },
    rating: data.stars!,
    ...(data.title ? { title: data.title } : {}),
    text: data.text ?? '',
    ...(data.language ? { language: data.language } : {}),
    createdAt: data.createdAt!,
    ...(updatedAt ? { updatedAt } : {}),
    metadata: {
      ...(typeof data.isVerified === 'boolean' ? { isVerified: data.isVerified } : {}),
      ...(data.referenceId ? { referenceId: data.referenceId } : {}),
      ...(data.locationId ? { locationId: data.locationId } : {}),
    },
  };
}
