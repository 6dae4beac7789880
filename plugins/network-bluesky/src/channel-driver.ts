import { DriverError, classifyHttpError, type ChannelDriver, type JSONSchema } from '@rapport/plugin-sdk';
import { sendDirectMessage } from './chat.js';
import { POST_COLLECTION, isChatId, parseAtUri, postUrl } from './ids.js';
import { syncInbound } from './inbound.js';
import { MAX_IMAGES, MEDIA_TYPES, createPost, replyRefs } from './publish.js';
import { MAX_POST_GRAPHEMES, graphemeLength } from './text.js';
import { setReplyHidden } from './threadgate.js';
import { blueskyOAuth } from './oauth.js';
import { blueskyClient } from './xrpc.js';

/**
 * Two ways in: a handle and app password (pasted with connectChannel), or what connecting by OAuth stores (the DID,
 * its PDS, the DPoP-bound access token and its key), which nobody types.
 */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  anyOf: [{ required: ['identifier', 'appPassword'] }, { required: ['did', 'pdsUrl', 'accessToken', 'dpopKey'] }],
  additionalProperties: false,
  properties: {
    identifier: { type: 'string', minLength: 1, maxLength: 253, title: 'Handle', description: 'The account’s handle (e.g. rapport.bsky.social) or DID' },
    appPassword: {
      type: 'string',
      minLength: 1,
      title: 'App password',
      secret: true,
      description: 'Made in Bluesky under Settings → Privacy and security → App passwords; tick "Allow access to your direct messages" to have DMs in the inbox',
    },
    pdsUrl: { type: 'string', format: 'uri', title: 'PDS URL', description: "The account's server; defaults to the plugin option pdsUrl, else https://bsky.social" },
    did: { type: 'string', pattern: '^did:', title: 'DID', description: 'Set by connecting with Bluesky OAuth' },
    handle: { type: 'string', title: 'Handle', description: 'Set by connecting with Bluesky OAuth' },
    accessToken: { type: 'string', minLength: 1, secret: true, title: 'OAuth access token', description: 'Set by connecting with Bluesky OAuth (DPoP-bound)' },
    dpopKey: {
      type: 'object',
      secret: true,
      title: 'DPoP key',
      description: 'Set by connecting with Bluesky OAuth: the private ES256 key the token is bound to',
      required: ['kty', 'crv', 'x', 'y', 'd'],
      properties: { kty: { const: 'EC' }, crv: { const: 'P-256' }, x: { type: 'string' }, y: { type: 'string' }, d: { type: 'string' } },
    },
    expiresAt: { type: 'string', format: 'date-time', title: 'Token expiry', description: 'Set by connecting with Bluesky OAuth' },
  },
};

/**
 * Bluesky through its XRPC API, with the host's HTTP client. External ids are AT URIs
 * (`at://did/app.bsky.feed.post/rkey`) for posts, and `chat:<convoId>:<messageId>` for direct messages.
 */
export const blueskyChannelDriver: ChannelDriver = {
  code: 'bluesky',
  displayName: 'Bluesky',
  description: 'Bluesky (AT Protocol): posts with links, mentions, hashtags, images and link cards; mentions, replies, quotes and direct messages in the inbox.',
  // Hiding works on replies in threads we started (the threadgate's hiddenReplies); a mention, quote or DM cannot
  // be hidden. Others' posts cannot be deleted.
  capabilities: {
    publish: true,
    reply: true,
    hide: true,
    delete: true,
    mentions: true,
    directMessages: true,
    webhooks: false,
    polling: true,
    hideableKinds: ['comment'],
    deletableKinds: [],
  },
  // Bluesky counts graphemes; Rapport's composer counts code points, which is never fewer, so it errs on the safe side.
  // A post holds 300 graphemes, not code points (app.bsky.feed.post; see text.ts).
  limits: { maxLength: MAX_POST_GRAPHEMES, countLength: graphemeLength, maxMedia: MAX_IMAGES, mediaTypes: MEDIA_TYPES },
  credentialsSchema,
  oauth: blueskyOAuth,
  // The PDS's global limit per client (https://docs.bsky.app/docs/advanced-guides/rate-limits).
  rateLimit: { requests: 3000, perSeconds: 300 },

  async verifyCredentials(ctx) {
    const session = await blueskyClient(ctx).verify();
    // New credentials may be allowed what old ones were not (direct messages): ask again at the next sync.
    await ctx.store.delete('chat');
    return { accountId: session.did, displayName: `@${session.handle}`, url: `https://bsky.app/profile/${session.handle}` };
  },

  async publish(ctx, input) {
    const { uri } = await createPost(ctx, { idempotencyKey: input.idempotencyKey, text: input.text, media: input.media });
    return { externalId: uri, url: postUrl(uri) };
  },

  sync: syncInbound,

  async reply(ctx, input) {
    if (isChatId(input.inReplyToExternalId)) return sendDirectMessage(ctx, input);
    const reply = await replyRefs(ctx, input.inReplyToExternalId);
    const { uri } = await createPost(ctx, { idempotencyKey: input.idempotencyKey, text: input.text, media: [], reply });
    return { externalId: uri };
  },

  hide: (ctx, externalId) => setReplyHidden(ctx, externalId, true),
  unhide: (ctx, externalId) => setReplyHidden(ctx, externalId, false),

  async delete(ctx, externalId) {
    if (isChatId(externalId)) throw new DriverError('Bluesky cannot delete a sent direct message for the other person', 'invalid');
    const client = blueskyClient(ctx);
    const { did } = await client.currentSession();
    const uri = parseAtUri(externalId);
    if (!uri || uri.collection !== POST_COLLECTION) throw new DriverError(`${externalId} is not a Bluesky post`, 'invalid');
    if (uri.repo !== did) throw new DriverError("only this account's own posts can be deleted on Bluesky", 'invalid');
    await client.post('com.atproto.repo.deleteRecord', { repo: did, collection: POST_COLLECTION, rkey: uri.rkey });
  },

  // XrpcErrors carry their classification (DriverError); anything else by HTTP status or transport.
  classifyError: classifyHttpError,
};
