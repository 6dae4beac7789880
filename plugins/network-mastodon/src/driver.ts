import { setTimeout as sleep } from 'node:timers/promises';
import {
  DriverError,
  classifyHttpError,
  formBody,
  isDriverError,
  isHttpError,
  multipartBody,
  parseLinkHeader,
  type ChannelDriver,
  type ChannelLimits,
  type DriverContext,
  type InboundItem,
  type MediaAttachment,
} from '@rapport/plugin-sdk';
import { credentialsSchema, hostOf, mastodon, settingsOf, type MastodonSettings } from './api.js';
import {
  compareIds,
  type MastodonAccount,
  type MastodonContext,
  type MastodonInstance,
  type MastodonMediaAttachment,
  type MastodonNotification,
  type MastodonStatus,
  type Visibility,
} from './entities.js';
import { htmlToText } from './html.js';
import { mastodonOAuth } from './oauth.js';

/** What Mastodon reserves for a link unless the server says otherwise (`characters_reserved_per_url`). */
const DEFAULT_URL_LENGTH = 23;

/** Mastodon's defaults (https://docs.joinmastodon.org/user/posting/); each server may differ, see instanceLimits. */
export const DEFAULT_LIMITS: ChannelLimits = {
  maxLength: 500,
  countLength: (text) => statusLength(text, DEFAULT_URL_LENGTH),
  maxMedia: 4,
  mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/heic', 'video/mp4', 'video/webm', 'video/quicktime'],
};

/** How often the server's limits are read again. */
const INSTANCE_CACHE_MS = 24 * 3600 * 1000;

/** Narrowest last: a reply is never more visible than the status it answers. */
const VISIBILITY_RANK: Record<Visibility, number> = { public: 0, unlisted: 1, private: 2, direct: 3 };

type Me = {
  id: string;
  acct: string;
};

/** Where a status sits: its thread's first status, and whether the account wrote that one. */
type ThreadInfo = {
  root: string;
  ours: boolean;
};

type InstanceLimits = {
  fetchedAt: number;
  maxCharacters: number;
  maxMedia: number;
  urlLength: number;
  mediaTypes: string[];
};

/**
 * A Mastodon account on any server. Statuses go out with the post's visibility (else the plugin's), an optional
 * content warning (the post's `spoilerText` option, or a first line `CW: ...`), media (uploaded with `POST /api/v2/media`, waited for until processed)
 * and an `Idempotency-Key`; inbound mentions, replies and direct messages are read from the mention
 * notifications; replies stay in their thread. Mastodon cannot hide replies others write, so `hide` is
 * not offered.
 */
export const mastodonDriver: ChannelDriver = {
  code: 'mastodon',
  displayName: 'Mastodon',
  description: 'An account on any Mastodon server: connect by OAuth (or paste a token), publish statuses with media and content warnings, answer mentions, replies and direct messages.',
  capabilities: {
    publish: true,
    reply: true,
    // https://docs.joinmastodon.org/methods/statuses/ has no way to hide another account's reply: not faked.
    hide: false,
    delete: true,
    mentions: true,
    directMessages: true,
    webhooks: false,
    polling: true,
    deletableKinds: [],
  },
  limits: DEFAULT_LIMITS,
  credentialsSchema,
  // Per post: https://docs.joinmastodon.org/methods/statuses/#form-data-parameters (visibility, spoiler_text).
  postOptionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      visibility: { type: 'string', enum: ['public', 'unlisted', 'private', 'direct'], title: 'Visibility', description: "Who sees this status; the plugin's visibility option when not set" },
      spoilerText: { type: 'string', minLength: 1, maxLength: 500, title: 'Content warning', description: 'Shown before the status, which stays folded until opened (spoiler_text)' },
    },
  },
  // https://docs.joinmastodon.org/api/rate-limits/: 300 requests per 5 minutes per account.
  rateLimit: { requests: 300, perSeconds: 300 },
  oauth: mastodonOAuth,

  /** The server's own limits as last read (on connecting, then once a day when publishing). */
  async accountLimits(ctx) {
    const limits = await ctx.store.get<InstanceLimits>('instance-limits');
    return limits ? { maxLength: limits.maxCharacters, countLength: (text) => statusLength(text, limits.urlLength), maxMedia: limits.maxMedia, mediaTypes: limits.mediaTypes } : null;
  },

  // https://docs.joinmastodon.org/methods/accounts/#verify_credentials
  async verifyCredentials(ctx) {
    const me = (await mastodon(ctx, 'GET', '/api/v1/accounts/verify_credentials')).json<MastodonAccount>();
    await ctx.store.set('me', { id: me.id, acct: me.acct });
    // The server's limits, so posts are checked against them before the first one goes out.
    await instanceLimits(ctx).catch((error: unknown) => ctx.logger.warn('could not read the server limits; Mastodon defaults apply until the first post', { error: String(error) }));
    const host = hostOf(ctx);
    // Account ids are per server: the host makes them unique across the fediverse.
    return { accountId: `${me.id}@${host}`, displayName: `@${me.username}@${host}`, url: me.url };
  },

  // https://docs.joinmastodon.org/methods/statuses/#create
  async publish(ctx, input) {
    const sent = await ctx.store.get<{ id: string; url: string | null }>(`sent:${input.idempotencyKey}`);
    if (sent) return { externalId: sent.id, url: sent.url ?? undefined };
    const settings = settingsOf(ctx.options);
    // A content warning set on the post wins over a first line `CW: ...`, which then stays part of the text.
    const { spoiler, body } = input.options?.spoilerText ? { spoiler: input.options.spoilerText, body: input.text } : splitContentWarning(input.text);
    const visibility = (input.options?.visibility as Visibility | undefined) ?? settings.visibility;
    const limits = await instanceLimits(ctx);
    const length = countCharacters(spoiler + body, limits.urlLength);
    if (length > limits.maxCharacters) throw new DriverError(`The status has ${length} characters; ${hostOf(ctx)} allows ${limits.maxCharacters}`, 'invalid');
    if (input.media.length > limits.maxMedia) throw new DriverError(`The status has ${input.media.length} attachments; ${hostOf(ctx)} allows ${limits.maxMedia}`, 'invalid');
    const refused = input.media.find((item) => !limits.mediaTypes.includes(item.mimeType));
    if (refused) throw new DriverError(`${hostOf(ctx)} does not accept ${refused.mimeType} attachments`, 'invalid');

    const mediaIds: string[] = [];
    for (const [index, item] of input.media.entries()) mediaIds.push(await uploadMedia(ctx, `${input.idempotencyKey}:${index}`, item, settings));
    const form = formBody({ status: body, 'media_ids[]': mediaIds, visibility, spoiler_text: spoiler || undefined });
    const status = await postStatus(ctx, form, input.idempotencyKey);
    await ctx.store.set(`thread:${status.id}`, { root: status.id, ours: true });
    return { externalId: status.id, url: status.url ?? undefined };
  },

  /**
   * Mention notifications (https://docs.joinmastodon.org/methods/notifications/#get), which also carry
   * replies and direct messages addressed to the account, paged forward with `min_id` from the Link
   * header's `prev` link. With no cursor, `min_id=0` starts at the oldest the server keeps
   * (https://docs.joinmastodon.org/api/guidelines/#pagination), so a backfill misses nothing.
   */
  async sync(ctx, cursor) {
    const me = await meOf(ctx);
    const response = await mastodon(ctx, 'GET', '/api/v1/notifications', {
      query: { 'types[]': 'mention', limit: 40, include_filtered: true, min_id: cursor ?? '0' },
    });
    const notifications = response.json<MastodonNotification[]>().sort((a, b) => compareIds(a.id, b.id));
    const items: InboundItem[] = [];
    for (const notification of notifications) {
      if (notification.type !== 'mention' || !notification.status) continue;
      items.push(await toInboundItem(ctx, notification.status, me));
    }
    const prev = parseLinkHeader(response.headers.link).prev;
    const newest = prev && URL.canParse(prev) ? new URL(prev).searchParams.get('min_id') : notifications.at(-1)?.id;
    return { items, nextCursor: newest ?? cursor };
  },

  async reply(ctx, input) {
    const sent = await ctx.store.get<{ id: string }>(`sent:${input.idempotencyKey}`);
    if (sent) return { externalId: sent.id };
    const settings = settingsOf(ctx.options);
    const me = await meOf(ctx);
    // https://docs.joinmastodon.org/methods/statuses/#get
    const parent = (await mastodon(ctx, 'GET', `/api/v1/statuses/${encodeURIComponent(input.inReplyToExternalId)}`)).json<MastodonStatus>();
    const visibility = VISIBILITY_RANK[parent.visibility] > VISIBILITY_RANK[settings.visibility] ? parent.visibility : settings.visibility;
    // A reply reaches (and, when direct, is visible to) only the accounts it mentions.
    const addressed = [parent.account, ...(parent.visibility === 'direct' ? parent.mentions : [])].filter((account) => account.id !== me.id).map((account) => account.acct);
    const missing = [...new Set(addressed)].filter((acct) => !new RegExp(`(^|\\s)@${escapeRegExp(acct)}(?![\\w@.-])`, 'i').test(input.text));
    const text = missing.length ? `${missing.map((acct) => `@${acct}`).join(' ')} ${input.text}` : input.text;
    const form = formBody({ status: text, in_reply_to_id: parent.id, visibility });
    const status = await postStatus(ctx, form, input.idempotencyKey);
    await ctx.store.set(`thread:${status.id}`, await threadOf(ctx, parent, me));
    return { externalId: status.id };
  },

  // https://docs.joinmastodon.org/methods/statuses/#delete
  async delete(ctx, externalId) {
    try {
      await mastodon(ctx, 'DELETE', `/api/v1/statuses/${encodeURIComponent(externalId)}`);
    } catch (error) {
      // Already gone: what was asked is true.
      if (isHttpError(error) && error.status === 404) return;
      throw error;
    }
  },

  classifyError: classifyHttpError,
};

/** POST /api/v1/statuses with the Idempotency-Key, remembering the result beyond Mastodon's one hour. */
async function postStatus(ctx: DriverContext, form: { body: Uint8Array; contentType: string }, idempotencyKey: string): Promise<MastodonStatus> {
  const response = await mastodon(ctx, 'POST', '/api/v1/statuses', { body: form.body, headers: { 'content-type': form.contentType, 'idempotency-key': idempotencyKey } });
  const status = response.json<MastodonStatus>();
  await ctx.store.set(`sent:${idempotencyKey}`, { id: status.id, url: status.url });
  return status;
}

/** The account behind the token, remembered after the first look. */
async function meOf(ctx: DriverContext): Promise<Me> {
  const known = await ctx.store.get<Me>('me');
  if (known) return known;
  await mastodonDriver.verifyCredentials(ctx);
  return (await ctx.store.get<Me>('me'))!;
}

/** The server's own limits (https://docs.joinmastodon.org/methods/instance/#v2), read once a day. */
async function instanceLimits(ctx: DriverContext): Promise<InstanceLimits> {
  const cached = await ctx.store.get<InstanceLimits>('instance-limits');
  if (cached && Date.now() - cached.fetchedAt < INSTANCE_CACHE_MS) return cached;
  const { configuration } = (await mastodon(ctx, 'GET', '/api/v2/instance')).json<MastodonInstance>();
  const limits: InstanceLimits = {
    fetchedAt: Date.now(),
    maxCharacters: configuration.statuses.max_characters,
    maxMedia: configuration.statuses.max_media_attachments,
    urlLength: configuration.statuses.characters_reserved_per_url,
    mediaTypes: configuration.media_attachments.supported_mime_types,
  };
  await ctx.store.set('instance-limits', limits);
  return limits;
}

/**
 * Characters as Mastodon counts them: every URL as `characters_reserved_per_url`, a mention of a remote
 * account as its local part only, and user-perceived characters (graphemes), not UTF-16 units.
 */
export function countCharacters(text: string, urlLength: number): number {
  const countable = text.replace(/https?:\/\/\S+/g, 'x'.repeat(urlLength)).replace(/@(\w+)@[\w.-]+\w/g, '@$1');
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(countable)].length;
}

/** A status's length as Mastodon counts it: its content warning (a first line `CW: ...`) and its text. */
function statusLength(text: string, urlLength: number): number {
  const { spoiler, body } = splitContentWarning(text);
  return countCharacters(spoiler + body, urlLength);
}

/** A first line `CW: <warning>` becomes the content warning (spoiler_text); the rest is the status. */
export function splitContentWarning(text: string): { spoiler: string; body: string } {
  const match = /^CW:[ \t]*([^\r\n]+)\r?\n([\s\S]*)$/.exec(text);
  if (!match || !match[2]!.trim()) return { spoiler: '', body: text };
  return { spoiler: match[1]!.trim(), body: match[2]!.replace(/^\s*\n/, '') };
}

/**
 * Uploads one attachment (https://docs.joinmastodon.org/methods/media/#v2) and waits until the server has
 * processed it: 200 is ready, 202 is processing, after which `GET /api/v1/media/:id` answers 206 until it
 * answers 200. The id is remembered, so a publish retried after a timeout does not upload twice.
 */
async function uploadMedia(ctx: DriverContext, key: string, item: MediaAttachment, settings: MastodonSettings): Promise<string> {
  let id = await ctx.store.get<string>(`media:${key}`);
  if (!id) {
    // The host's client (no Mastodon token) fetches the file, through the outbound guard like every request.
    const file = await ctx.http.get(item.url, { headers: { accept: item.mimeType } });
    const upload = multipartBody([
      { name: 'file', filename: fileNameOf(item), contentType: item.mimeType, data: file.bytes },
      ...(item.altText ? [{ name: 'description', value: item.altText }] : []),
    ]);
    const response = await mastodon(ctx, 'POST', '/api/v2/media', { body: upload.body, headers: { 'content-type': upload.contentType } });
    const attachment = response.json<MastodonMediaAttachment>();
    id = attachment.id;
    await ctx.store.set(`media:${key}`, id);
    if (response.status === 200 && attachment.url) return id;
  }
  const deadline = Date.now() + settings.mediaTimeoutMs;
  for (;;) {
    const check = await mastodon(ctx, 'GET', `/api/v1/media/${encodeURIComponent(id)}`);
    if (check.status === 200 && check.json<MastodonMediaAttachment>().url) return id;
    if (Date.now() >= deadline) throw new DriverError(`Mastodon is still processing attachment ${id}; the publish is tried again later`, 'retry');
    await sleep(settings.mediaPollIntervalMs);
  }
}

function fileNameOf(item: MediaAttachment): string {
  const last = URL.canParse(item.url) ? new URL(item.url).pathname.split('/').pop() : '';
  return last || `attachment.${item.mimeType.split('/')[1] ?? 'bin'}`;
}

/** A mention notification's status as an inbox item. */
async function toInboundItem(ctx: DriverContext, status: MastodonStatus, me: Me): Promise<InboundItem> {
  const thread = await threadOf(ctx, status, me);
  await ctx.store.set(`thread:${status.id}`, thread);
  const direct = status.visibility === 'direct';
  const kind = direct ? 'direct_message' : thread.ours ? 'comment' : 'mention';
  const text = htmlToText(status.content);
  return {
    kind,
    externalId: status.id,
    // Direct messages are kept apart from a public thread they may branch from.
    threadExternalId: direct ? `direct:${thread.root}` : thread.root,
    inReplyToExternalId: status.in_reply_to_id ?? undefined,
    postExternalId: kind === 'comment' && thread.root !== status.id ? thread.root : undefined,
    author: {
      externalId: status.account.id,
      handle: status.account.acct.includes('@') ? status.account.acct : `${status.account.acct}@${hostOf(ctx)}`,
      name: status.account.display_name || status.account.username,
      avatarUrl: status.account.avatar || undefined,
    },
    text: status.spoiler_text ? `CW: ${status.spoiler_text}\n\n${text}` : text,
    createdAt: new Date(status.created_at).toISOString(),
  };
}

/**
 * The thread a status belongs to (threading by `in_reply_to_id`): remembered for every status seen or
 * sent, else the first ancestor from `GET /api/v1/statuses/:id/context`
 * (https://docs.joinmastodon.org/methods/statuses/#context).
 */
async function threadOf(ctx: DriverContext, status: MastodonStatus, me: Me): Promise<ThreadInfo> {
  if (!status.in_reply_to_id) return { root: status.id, ours: status.account.id === me.id };
  const known = await ctx.store.get<ThreadInfo>(`thread:${status.in_reply_to_id}`);
  if (known) return known;
  try {
    const context = (await mastodon(ctx, 'GET', `/api/v1/statuses/${encodeURIComponent(status.in_reply_to_id)}/context`)).json<MastodonContext>();
    const root = context.ancestors[0];
    return root ? { root: root.id, ours: root.account.id === me.id } : { root: status.in_reply_to_id, ours: status.in_reply_to_account_id === me.id };
  } catch (error) {
    // The parent is gone or not visible to the account: the thread starts at it.
    if ((isHttpError(error) && error.status === 404) || (isDriverError(error) && error.classification === 'invalid')) {
      return { root: status.in_reply_to_id, ours: status.in_reply_to_account_id === me.id };
    }
    throw error;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

