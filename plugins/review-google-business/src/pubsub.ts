import { decodeJwt, parseJsonWebhook, verifyJwt, WebhookPayloadError, type DriverContext, type InboundReview, type JSONSchema, type WebhookRequest } from '@rapport/plugin-sdk';
import type { JsonWebKey } from 'node:crypto';
import { locationOf, urlsOf } from './api.js';
import { fetchReview, toInboundReview } from './reviews.js';

/**
 * Pub/Sub push notifications (https://developers.google.com/my-business/content/notification-setup): the account's
 * notification setting publishes NEW_REVIEW / UPDATED_REVIEW to a topic, and a push subscription per channel
 * delivers them to `<RAPPORT_PUBLIC_URL>/webhooks/<channelId>` (one topic per account carries every location's
 * notifications: each channel keeps those of its own location).
 *
 * Authentication is the push subscription's OIDC token (https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions):
 * `Authorization: Bearer <JWT>` signed by Google (RS256, keys at `certsUrl`), `iss` accounts.google.com, `aud` the
 * configured audience, `email` the subscription's service account (`email_verified`). The token does not cover the
 * body, so the body is used only as a pointer: the review itself is fetched from the reviews API with the
 * channel's own token, and only when it belongs to the channel's location.
 */

const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
/** How long Google's signing keys are kept before they are fetched again (they rotate about weekly). */
const CERTS_TTL_MS = 60 * 60 * 1000;
const CERTS_KEY = 'google-certs';
/** The least time between two fetches of the keys for a token naming an unknown key. */
const CERTS_REFETCH_MS = 5 * 60 * 1000;

export interface PubSubSettings {
  audience: string;
  serviceAccountEmail?: string;
}

export function pubsubOf(options: Record<string, unknown>): PubSubSettings | null {
  const pubsub = options.pubsub as Partial<PubSubSettings> | undefined;
  return pubsub && typeof pubsub.audience === 'string' ? { audience: pubsub.audience, serviceAccountEmail: typeof pubsub.serviceAccountEmail === 'string' ? pubsub.serviceAccountEmail : undefined } : null;
}

/** Whether the push is Pub/Sub's, by its OIDC token; always false when push is not configured (polling only). */
export async function verifyPush(ctx: DriverContext, request: WebhookRequest): Promise<boolean> {
  const settings = pubsubOf(ctx.options);
  const header = request.headers.authorization;
  const token = typeof header === 'string' && /^Bearer [\w-]+\.[\w-]+\.[\w-]*$/.test(header) ? header.slice('Bearer '.length) : undefined;
  if (!settings || !token) return false;
  const kid = decodeJwt(token)?.header.kid;
  const claims = verifyJwt(token, { keys: await signingKeys(ctx, typeof kid === 'string' ? kid : undefined), audience: settings.audience, issuers: GOOGLE_ISSUERS });
  if (!claims || claims.email_verified !== true) return false;
  return !settings.serviceAccountEmail || claims.email === settings.serviceAccountEmail;
}

/**
 * Google's signing keys, cached per channel for an hour. A token naming a key not among them (Google rotated one in)
 * fetches them again, at most every few minutes, so forged tokens cannot make Rapport call Google on every push.
 */
async function signingKeys(ctx: DriverContext, kid: string | undefined): Promise<JsonWebKey[]> {
  const cached = (await ctx.store.get(CERTS_KEY)) as { fetchedAt: number; keys: JsonWebKey[] } | undefined;
  const age = cached ? Date.now() - cached.fetchedAt : Infinity;
  const known = !kid || cached?.keys.some((key) => key.kid === kid);
  if (cached && age < CERTS_TTL_MS && (known || age < CERTS_REFETCH_MS)) return cached.keys;
  const keys = (await ctx.http.get(urlsOf(ctx.options).certsUrl)).json<{ keys?: JsonWebKey[] }>().keys ?? [];
  await ctx.store.set(CERTS_KEY, { fetchedAt: Date.now(), keys: keys as never });
  return keys;
}

/** The push envelope (https://cloud.google.com/pubsub/docs/push#receive_push): the message's data is base64. */
const envelopeSchema: JSONSchema = {
  type: 'object',
  required: ['message'],
  properties: {
    message: {
      type: 'object',
      required: ['data'],
      properties: { data: { type: 'string', pattern: '^[A-Za-z0-9+/=_-]*$' }, messageId: { type: 'string' }, publishTime: { type: 'string' }, attributes: { type: 'object' } },
    },
    subscription: { type: 'string' },
  },
};

const REVIEW_NOTIFICATIONS = ['NEW_REVIEW', 'UPDATED_REVIEW'];

/**
 * The review a verified push points at. The reference names the notification's fields `reviewName` /
 * `locationName` (v4) or `review_name` / `location_name` (Notifications API v1) and shows no sample message, so
 * either spelling is read (and `review` / `location`), the type from `type` or `notificationType`. Other
 * notification types, and another location's reviews, give nothing.
 */
export async function parsePush(ctx: DriverContext, request: WebhookRequest): Promise<InboundReview[]> {
  const envelope = parseJsonWebhook<{ message: { data: string } }>(request, envelopeSchema);
  let notification: Record<string, unknown>;
  try {
    notification = JSON.parse(Buffer.from(envelope.message.data, 'base64').toString('utf8'));
  } catch {
    throw new WebhookPayloadError('message.data: must be base64 of a JSON notification');
  }
  if (typeof notification !== 'object' || notification === null || Array.isArray(notification)) throw new WebhookPayloadError('message.data: must be a JSON object');
  const type = pick(notification, ['notificationType', 'type']);
  if (!type) throw new WebhookPayloadError('message.data: the notification has no type');
  if (!REVIEW_NOTIFICATIONS.includes(type)) return [];
  const reviewName = pick(notification, ['reviewName', 'review_name', 'review']);
  if (!reviewName || !/^accounts\/[^/]+\/locations\/[^/]+\/reviews\/[^/]+$/.test(reviewName)) throw new WebhookPayloadError(`message.data: a ${type} notification needs the review's name (accounts/.../locations/.../reviews/...)`);
  if (!reviewName.startsWith(`${locationOf(ctx)}/reviews/`)) return [];
  const review = await fetchReview(ctx, reviewName);
  const inbound = review && toInboundReview(review);
  return inbound ? [inbound] : [];
}

function pick(object: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) if (typeof object[name] === 'string' && object[name]) return object[name] as string;
  return undefined;
}
