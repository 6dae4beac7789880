import { createHash, randomBytes } from 'node:crypto';
import { startFakeServer, type FakeResponse, type RecordedRequest } from '@rapport/plugin-sdk/testing';
import { createFakeOAuth, type FakeBlueskyOAuth } from './fake-bluesky-oauth.js';

/**
 * A local stand-in for a Bluesky PDS (with the AppView and chat service behind it), for tests. It checks each
 * request as the documentation describes it and answers in the documented shapes:
 *
 * - XRPC: `GET|POST /xrpc/<nsid>`, errors as `{ error, message }` (https://atproto.com/specs/xrpc).
 * - Sessions: createSession with handle + app password; `Authorization: Bearer <accessJwt>` on every call, the
 *   refreshJwt (and only it) on refreshSession, which rotates both tokens; an expired access token answers
 *   400 `ExpiredToken` (https://docs.bsky.app/docs/api/com-atproto-server-create-session,
 *   https://docs.bsky.app/docs/api/com-atproto-server-refresh-session).
 * - Posts: `app.bsky.feed.post` records through createRecord, text at most 300 graphemes / 3000 bytes, facets
 *   whose UTF-8 byte ranges cover exactly the `@handle`, `#tag` or URL they annotate, images as blobs uploaded
 *   first, link cards, replies whose root and parent strong refs (uri + cid) match the thread
 *   (https://docs.bsky.app/docs/advanced-guides/posts, https://docs.bsky.app/docs/advanced-guides/post-richtext).
 * - Threadgates: keyed by the root post's rkey, `post` naming that post, `hiddenReplies` at most 300
 *   (https://docs.bsky.app/docs/tutorials/thread-gates).
 * - Notifications (mention, reply, quote) newest first with a cursor, getPosts for at most 25 URIs
 *   (https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications, https://docs.bsky.app/docs/api/app-bsky-feed-get-posts).
 * - Chat only with `atproto-proxy: did:web:api.bsky.chat#bsky_chat`, and only for app passwords allowed DMs
 *   (https://docs.bsky.app/docs/api/chat-bsky-convo-list-convos, https://docs.bsky.app/docs/api/chat-bsky-convo-send-message).
 * - Rate limits: `ratelimit-limit|remaining|reset|policy` on every answer, 429 `RateLimitExceeded` when used up
 *   (https://docs.bsky.app/docs/advanced-guides/rate-limits).
 *
 * - OAuth (fake-bluesky-oauth.ts): the PDS is its own authorization server, with the PLC directory at `/plc`;
 *   PAR, PKCE, DPoP-bound tokens and proofs checked as https://atproto.com/specs/oauth says; XRPC calls then take
 *   `Authorization: DPoP <token>` with a proof. Such tokens carry `atproto transition:generic`, which does not
 *   reach the chat service (https://atproto.com/specs/oauth#authorization-scopes).
 *
 * A request that breaks these rules is answered 400 `InvalidRequest` and its reason is kept in `violations`.
 * It also serves plain HTTP pages and images (`/web/...`) for media downloads and link cards.
 */

export interface FakeAccount {
  did: string;
  handle: string;
  displayName: string;
  appPassword: string;
  /** The app password may reach the chat service ("Allow access to your direct messages"). */
  dmAccess: boolean;
}

export interface FakeRecord {
  uri: string;
  cid: string;
  repo: string;
  collection: string;
  rkey: string;
  value: Record<string, any>;
  indexedAt: string;
}

export interface FakeNotification {
  uri: string;
  cid: string;
  author: string;
  reason: 'mention' | 'reply' | 'quote';
  reasonSubject?: string;
  indexedAt: string;
}

export interface FakeMessage {
  id: string;
  rev: string;
  text: string;
  sender: { did: string };
  sentAt: string;
  facets?: unknown[];
}

export interface FakeConvo {
  id: string;
  rev: string;
  members: string[];
  messages: FakeMessage[];
}

export interface FakeBluesky {
  url: string;
  requests: RecordedRequest[];
  /** The account Rapport connects. */
  account: FakeAccount;
  /** Other people on the network, by short name: `ana`, `ben`, `cy`. */
  people: Record<string, FakeAccount>;
  records: Map<string, FakeRecord>;
  blobs: Map<string, { mimeType: string; size: number; owner: string }>;
  notifications: FakeNotification[];
  convos: Map<string, FakeConvo>;
  /** Requests that broke the documented rules, with the reason. */
  violations: string[];
  /** How often each session call was made. */
  counts: { createSession: number; refreshSession: number };
  /** Every session handed out (by createSession or refreshSession), in order. */
  sessions: Array<{ accessJwt: string; refreshJwt: string }>;
  inject: {
    /** A post by someone; `replyTo` makes it a reply (root taken from the parent), `quote` embeds a post. */
    post(from: string, text: string, options?: { replyTo?: string; quote?: string; mentions?: string[] }): FakeRecord;
    dm(from: string, text: string): { convoId: string; message: FakeMessage };
  };
  /** The OAuth side: PAR requests, tokens, and levers (expire, revoke, rotate nonces). */
  oauth: FakeBlueskyOAuth;
  /** Plays the user on the consent page: opens the authorize URL and returns where the browser is sent back. */
  authorize(authorizeUrl: string, options?: { as?: string; deny?: boolean }): Promise<string>;
  /** Every access token issued so far is now expired (answers ExpiredToken). */
  expireAccessTokens(): void;
  /** Every refresh token issued so far is now expired. */
  expireRefreshTokens(): void;
  /** The account revokes the app password: it no longer signs in, and its sessions end. */
  revokeAppPassword(): void;
  /**
   * Calls of `nsid` find its limit used up until `resetInSeconds` from now (answered 429); with `retryAfter` the
   * 429 also says Retry-After. Returns the epoch second it resets, as `ratelimit-reset` tells it.
   */
  exhaust(nsid: string, options: { resetInSeconds: number; retryAfter?: boolean }): number;
  /** The next `count` calls of `nsid` get this answer. */
  failNext(nsid: string, response: FakeResponse, count?: number): void;
  /** Serves `body` at `/web/<name>` with this content type. */
  serve(name: string, body: string | Uint8Array, contentType: string): string;
  close(): Promise<void>;
}

export const CHAT_PROXY = 'did:web:api.bsky.chat#bsky_chat';
const MAX_GRAPHEMES = 300;
const MAX_BYTES = 3000;
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    /** The whole answer, when it is not an XRPC error (an OAuth refusal with its WWW-Authenticate). */
    readonly response?: FakeResponse,
  ) {
    super(message);
  }
}

const invalid = (message: string) => new Refusal(400, 'InvalidRequest', message);

function did(name: string): string {
  return `did:plc:${createHash('sha256').update(name).digest('hex').slice(0, 24)}`;
}

function cidOf(value: unknown): string {
  const digest = createHash('sha256').update(typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value)).digest();
  return `bafyrei${Buffer.from(digest).toString('base64url').toLowerCase().replace(/[^a-z2-7]/g, 'a').slice(0, 52)}`;
}

function person(name: string, handle: string, displayName: string): FakeAccount {
  return { did: did(handle), handle, displayName, appPassword: `${name.slice(0, 4).padEnd(4, 'x')}-${randomBytes(6).toString('hex').match(/.{4}/g)!.join('-')}`, dmAccess: true };
}

let tidClock = 0;
function tid(): string {
  tidClock = Math.max(Date.now() * 1000, tidClock + 1);
  let value = BigInt(tidClock) << 10n;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = '234567abcdefghijklmnopqrstuvwxyz'[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** A JWT-shaped token whose payload says who, which scope and when it expires (the driver reads `exp`). */
function token(sub: string, scope: string, expiresInSeconds: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'ES256K', typ: scope === 'com.atproto.refresh' ? 'refresh+jwt' : 'at+jwt' })}.${part({ scope, sub, iat: now, exp: now + expiresInSeconds, jti: randomBytes(8).toString('hex') })}.${randomBytes(16).toString('base64url')}`;
}

/** `loginTokenSeconds`: lifetime of the access tokens createSession issues (refreshed ones live 2 hours); negative ones are already past their `exp`. */
/**
 * `loginTokenSeconds`: lifetime of the access tokens createSession issues (refreshed ones live 2 hours); negative ones are already past their `exp`.
 * `resolveClientMetadata`: how the authorization server fetches an OAuth client's metadata document (by default
 * over HTTP from its client id URL). `oauthTokenSeconds`: lifetime of OAuth access tokens.
 */
export async function startFakeBluesky(options: { loginTokenSeconds?: number; resolveClientMetadata?: (clientId: string) => Promise<unknown>; oauthTokenSeconds?: number } = {}): Promise<FakeBluesky> {
  const account = person('rapport', 'rapport-pets.bsky.social', 'Rapport Pets');
  const people = { ana: person('ana', 'ana.bsky.social', 'Ana Lima'), ben: person('ben', 'ben.example.com', 'Ben'), cy: person('cy', 'cy.bsky.social', 'Cy') };
  const accounts = new Map([account, ...Object.values(people)].map((a) => [a.did, a]));
  const byHandle = new Map([...accounts.values()].map((a) => [a.handle, a]));
  const records = new Map<string, FakeRecord>();
  const blobs = new Map<string, { mimeType: string; size: number; owner: string }>();
  const notifications: FakeNotification[] = [];
  const convos = new Map<string, FakeConvo>();
  const violations: string[] = [];
  const counts = { createSession: 0, refreshSession: 0 };
  const sessions: Array<{ accessJwt: string; refreshJwt: string }> = [];
  const accessTokens = new Map<string, { did: string; expired: boolean; dm: boolean }>();
  const refreshTokens = new Map<string, { did: string; expired: boolean; dm: boolean; used: boolean }>();
  const limits = new Map<string, { resetAt: number; retryAfter: boolean }>();
  const faults = new Map<string, { response: FakeResponse; count: number }>();
  const pages = new Map<string, { body: string | Uint8Array; contentType: string }>();
  let serverUrl = '';
  const oauth = createFakeOAuth({ url: () => serverUrl, accounts, violations, resolveClientMetadata: options.resolveClientMetadata, accessTokenSeconds: options.oauthTokenSeconds });
  oauth.state.consentAs = account.did;
  let clock = Date.now();
  const now = () => new Date((clock = Math.max(clock + 1, Date.now()))).toISOString();

  function issueSession(who: FakeAccount, dm: boolean, accessTokenSeconds = 7200) {
    const accessJwt = token(who.did, dm ? 'com.atproto.appPassPrivileged' : 'com.atproto.appPass', accessTokenSeconds);
    const refreshJwt = token(who.did, 'com.atproto.refresh', 90 * 86400);
    accessTokens.set(accessJwt, { did: who.did, expired: false, dm });
    refreshTokens.set(refreshJwt, { did: who.did, expired: false, dm, used: false });
    sessions.push({ accessJwt, refreshJwt });
    return { accessJwt, refreshJwt, handle: who.handle, did: who.did, active: true };
  }

  function bearer(request: RecordedRequest): string {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new Refusal(401, 'AuthMissing', 'Authentication Required');
    return header.slice('Bearer '.length);
  }

  /** The caller of an authenticated method: only a live access token will do. */
  function caller(request: RecordedRequest): { account: FakeAccount; dm: boolean } {
    if ((request.headers.authorization ?? '').startsWith('DPoP ')) {
      const bound = oauth.resourceCaller(request);
      if ('refusal' in bound) throw new Refusal(bound.refusal.status ?? 401, 'OAuth', 'refused', bound.refusal);
      // atproto transition:generic does not reach the chat service.
      return { account: accounts.get(bound.did)!, dm: false };
    }
    const jwt = bearer(request);
    if (oauth.isBoundToken(jwt)) {
      violations.push('oauth: a DPoP-bound access token was sent as a Bearer token');
      throw new Refusal(401, 'InvalidToken', 'DPoP-bound token used as a bearer token');
    }
    if (refreshTokens.has(jwt)) throw new Refusal(400, 'InvalidToken', 'Invalid token type');
    const session = accessTokens.get(jwt);
    if (!session) throw new Refusal(400, 'InvalidToken', 'Token could not be verified');
    if (session.expired) throw new Refusal(400, 'ExpiredToken', 'Token has expired');
    return { account: accounts.get(session.did)!, dm: session.dm };
  }

  function postView(record: FakeRecord) {
    const author = accounts.get(record.repo)!;
    return {
      uri: record.uri,
      cid: record.cid,
      author: { did: author.did, handle: author.handle, displayName: author.displayName, avatar: `https://cdn.bsky.app/img/avatar/plain/${author.did}/a@jpeg`, labels: [] },
      record: record.value,
      replyCount: 0,
      repostCount: 0,
      likeCount: 0,
      quoteCount: 0,
      indexedAt: record.indexedAt,
      labels: [],
    };
  }

  function writeRecord(repo: string, collection: string, rkey: string, value: Record<string, any>): FakeRecord {
    const uri = `at://${repo}/${collection}/${rkey}`;
    const record = { uri, cid: cidOf({ value, nonce: randomBytes(4).toString('hex') }), repo, collection, rkey, value, indexedAt: now() };
    records.set(uri, record);
    return record;
  }

  function rootOf(record: FakeRecord): { uri: string; cid: string } {
    return record.value.reply?.root ?? { uri: record.uri, cid: record.cid };
  }

  function notify(record: FakeRecord) {
    const mentioned = (record.value.facets ?? []).flatMap((facet: any) => facet.features).filter((f: any) => f.$type === 'app.bsky.richtext.facet#mention').map((f: any) => f.did);
    const base = { uri: record.uri, cid: record.cid, author: record.repo, indexedAt: record.indexedAt };
    const parent = record.value.reply?.parent?.uri as string | undefined;
    const root = record.value.reply?.root?.uri as string | undefined;
    const ours = (uri: string | undefined) => uri !== undefined && uri.startsWith(`at://${account.did}/`);
    if (ours(parent) || ours(root)) notifications.push({ ...base, reason: 'reply', reasonSubject: parent });
    else if (mentioned.includes(account.did)) notifications.push({ ...base, reason: 'mention' });
    const quoted = record.value.embed?.$type === 'app.bsky.embed.record' ? (record.value.embed.record.uri as string) : undefined;
    if (ours(quoted)) notifications.push({ ...base, reason: 'quote', reasonSubject: quoted });
  }

  function checkBlob(owner: FakeAccount, blob: any, where: string) {
    if (blob?.$type !== 'blob' || typeof blob.ref?.$link !== 'string' || typeof blob.mimeType !== 'string' || typeof blob.size !== 'number') throw invalid(`${where} must be a blob ref from uploadBlob`);
    const stored = blobs.get(blob.ref.$link);
    if (!stored || stored.owner !== owner.did) throw invalid(`${where} names a blob this account did not upload`);
    if (!stored.mimeType.startsWith('image/')) throw invalid(`${where} is not an image`);
  }

  /** An app.bsky.feed.post record as the lexicon and the posts guide describe it. */
  function checkPost(owner: FakeAccount, post: Record<string, any>) {
    if (post.$type !== 'app.bsky.feed.post') throw invalid('record/$type must be app.bsky.feed.post');
    if (typeof post.text !== 'string') throw invalid('record/text must be a string');
    const length = [...graphemes.segment(post.text)].length;
    const bytes = Buffer.from(post.text, 'utf8');
    if (length > MAX_GRAPHEMES) throw invalid(`record/text must not be longer than ${MAX_GRAPHEMES} graphemes`);
    if (bytes.length > MAX_BYTES) throw invalid(`record/text must not be longer than ${MAX_BYTES} characters`);
    if (typeof post.createdAt !== 'string' || Number.isNaN(Date.parse(post.createdAt))) throw invalid('record/createdAt must be a valid datetime');
    let lastEnd = 0;
    for (const [i, facet] of (post.facets ?? []).entries()) {
      const { byteStart, byteEnd } = facet.index ?? {};
      if (!Number.isInteger(byteStart) || !Number.isInteger(byteEnd) || byteStart < lastEnd || byteEnd <= byteStart || byteEnd > bytes.length) {
        throw invalid(`record/facets/${i}/index ${JSON.stringify(facet.index)} is not a UTF-8 byte range of the text after the previous facet`);
      }
      lastEnd = byteEnd;
      const slice = bytes.subarray(byteStart, byteEnd);
      const text = slice.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(slice)) throw invalid(`record/facets/${i}/index cuts a character in half`);
      if (!Array.isArray(facet.features) || facet.features.length === 0) throw invalid(`record/facets/${i}/features must not be empty`);
      for (const feature of facet.features) {
        if (feature.$type === 'app.bsky.richtext.facet#link') {
          if (!URL.canParse(feature.uri) || text !== feature.uri) throw invalid(`record/facets/${i} links "${text}" to ${feature.uri}`);
        } else if (feature.$type === 'app.bsky.richtext.facet#mention') {
          const mentioned = accounts.get(feature.did);
          if (!mentioned || text.toLowerCase() !== `@${mentioned.handle}`) throw invalid(`record/facets/${i} mentions ${feature.did} over "${text}"`);
        } else if (feature.$type === 'app.bsky.richtext.facet#tag') {
          if (typeof feature.tag !== 'string' || /^[#＃]|\s/.test(feature.tag) || text.slice(1) !== feature.tag || !/^[#＃]/.test(text)) {
            throw invalid(`record/facets/${i} tags "${text}" as ${JSON.stringify(feature.tag)}`);
          }
        } else throw invalid(`record/facets/${i} has an unknown feature ${feature.$type}`);
      }
    }
    if (post.reply !== undefined) {
      for (const which of ['root', 'parent'] as const) {
        const ref = post.reply[which];
        const target = ref && records.get(ref.uri);
        if (!target || target.collection !== 'app.bsky.feed.post' || target.cid !== ref.cid) throw invalid(`record/reply/${which} must be a strong ref (uri + cid) of an existing post`);
      }
      if (rootOf(records.get(post.reply.parent.uri)!).uri !== post.reply.root.uri) throw invalid('record/reply/root must be the root of the parent post’s thread');
    }
    const embed = post.embed;
    if (embed === undefined) return;
    if (embed.$type === 'app.bsky.embed.images') {
      if (!Array.isArray(embed.images) || embed.images.length < 1 || embed.images.length > 4) throw invalid('record/embed/images must hold 1 to 4 images');
      embed.images.forEach((image: any, i: number) => {
        checkBlob(owner, image.image, `record/embed/images/${i}/image`);
        if (typeof image.alt !== 'string') throw invalid(`record/embed/images/${i}/alt must be a string`);
      });
    } else if (embed.$type === 'app.bsky.embed.external') {
      const { uri, title, description, thumb } = embed.external ?? {};
      if (!URL.canParse(uri) || typeof title !== 'string' || typeof description !== 'string') throw invalid('record/embed/external needs uri, title and description');
      if (thumb !== undefined) checkBlob(owner, thumb, 'record/embed/external/thumb');
    } else if (embed.$type !== 'app.bsky.embed.record') throw invalid(`record/embed has an unexpected type ${embed.$type}`);
  }

  /** app.bsky.feed.threadgate: same rkey as the root post, in the same repository; hiddenReplies at most 300 at-uris. */
  function checkThreadgate(owner: FakeAccount, rkey: string, gate: Record<string, any>) {
    if (gate.$type !== 'app.bsky.feed.threadgate') throw invalid('record/$type must be app.bsky.feed.threadgate');
    const post = `at://${owner.did}/app.bsky.feed.post/${rkey}`;
    if (gate.post !== post || !records.has(post)) throw invalid(`record/post must be ${post}, an existing post of this repository with the threadgate's rkey`);
    if (typeof gate.createdAt !== 'string' || Number.isNaN(Date.parse(gate.createdAt))) throw invalid('record/createdAt must be a valid datetime');
    if (gate.allow !== undefined && !Array.isArray(gate.allow)) throw invalid('record/allow must be an array');
    const hidden = gate.hiddenReplies ?? [];
    if (!Array.isArray(hidden) || hidden.length > 300 || hidden.some((uri: unknown) => typeof uri !== 'string' || !uri.startsWith('at://'))) {
      throw invalid('record/hiddenReplies must be at most 300 at-uris');
    }
  }

  function checkWrite(owner: FakeAccount, input: Record<string, any>, rkeyRequired: boolean): string {
    if (input.repo !== owner.did && input.repo !== owner.handle) throw new Refusal(400, 'InvalidRequest', 'Invalid repo');
    const rkey = input.rkey ?? (rkeyRequired ? undefined : tid());
    if (typeof rkey !== 'string' || !TID.test(rkey)) throw invalid(`rkey ${JSON.stringify(input.rkey)} is not a TID, as ${input.collection} records are keyed`);
    if (input.collection === 'app.bsky.feed.post') checkPost(owner, input.record ?? {});
    else if (input.collection === 'app.bsky.feed.threadgate') checkThreadgate(owner, rkey, input.record ?? {});
    else throw invalid(`unexpected collection ${input.collection}`);
    if (input.record.$type !== input.collection) throw invalid('record/$type must be the collection');
    return rkey;
  }

  const methods: Record<string, ((request: RecordedRequest) => unknown) | undefined> = {
    'POST com.atproto.server.createSession': (request) => {
      counts.createSession++;
      const { identifier, password } = (request.json ?? {}) as { identifier?: string; password?: string };
      const who = typeof identifier === 'string' ? (byHandle.get(identifier.toLowerCase()) ?? accounts.get(identifier)) : undefined;
      if (!who || password !== who.appPassword) throw new Refusal(401, 'AuthenticationRequired', 'Invalid identifier or password');
      return { ...issueSession(who, who.dmAccess, options.loginTokenSeconds), email: undefined, didDoc: { id: who.did } };
    },
    'POST com.atproto.server.refreshSession': (request) => {
      counts.refreshSession++;
      const jwt = bearer(request);
      if (accessTokens.has(jwt)) throw new Refusal(400, 'InvalidToken', 'Invalid token type');
      const session = refreshTokens.get(jwt);
      if (!session) throw new Refusal(400, 'InvalidToken', 'Token could not be verified');
      if (session.expired) throw new Refusal(400, 'ExpiredToken', 'Token has expired');
      if (session.used) throw new Refusal(400, 'ExpiredToken', 'Token has been revoked');
      session.used = true;
      const who = accounts.get(session.did)!;
      return issueSession(who, session.dm);
    },
    'GET com.atproto.server.getSession': (request) => {
      const { account: who } = caller(request);
      return { did: who.did, handle: who.handle, active: true };
    },
    'GET com.atproto.identity.resolveHandle': (request) => {
      // Public: no authentication needed (a handle resolver answers anyone), but a token sent must be good.
      if (request.headers.authorization) caller(request);
      const who = byHandle.get((request.query.handle ?? '').toLowerCase());
      if (!who) throw invalid('Unable to resolve handle');
      return { did: who.did };
    },
    'POST com.atproto.repo.uploadBlob': (request) => {
      const { account: owner } = caller(request);
      const mimeType = request.headers['content-type'] ?? '';
      if (!/^image\//.test(mimeType)) throw invalid(`uploadBlob wants the blob's MIME type as content-type, got "${mimeType}"`);
      if (request.rawBody.length === 0) throw invalid('empty blob');
      if (request.rawBody.length > 1_000_000) throw new Refusal(400, 'BlobTooLarge', 'This file is too large');
      const cid = cidOf(request.rawBody);
      blobs.set(cid, { mimeType, size: request.rawBody.length, owner: owner.did });
      return { blob: { $type: 'blob', ref: { $link: cid }, mimeType, size: request.rawBody.length } };
    },
    'POST com.atproto.repo.createRecord': (request) => {
      const { account: owner } = caller(request);
      const input = (request.json ?? {}) as Record<string, any>;
      const rkey = checkWrite(owner, input, false);
      if (records.has(`at://${owner.did}/${input.collection}/${rkey}`)) throw invalid('Record already exists');
      const record = writeRecord(owner.did, input.collection, rkey, input.record);
      return { uri: record.uri, cid: record.cid, commit: { cid: cidOf(record.cid), rev: tid() }, validationStatus: 'valid' };
    },
    'POST com.atproto.repo.putRecord': (request) => {
      const { account: owner } = caller(request);
      const input = (request.json ?? {}) as Record<string, any>;
      const rkey = checkWrite(owner, input, true);
      const existing = records.get(`at://${owner.did}/${input.collection}/${rkey}`);
      if (input.swapRecord !== undefined && (existing?.cid ?? null) !== input.swapRecord) throw new Refusal(400, 'InvalidSwap', 'Record was at ' + (existing?.cid ?? 'null'));
      const record = writeRecord(owner.did, input.collection, rkey, input.record);
      return { uri: record.uri, cid: record.cid, commit: { cid: cidOf(record.cid), rev: tid() }, validationStatus: 'valid' };
    },
    'GET com.atproto.repo.getRecord': (request) => {
      caller(request);
      const { repo, collection, rkey } = request.query;
      const owner = repo && (accounts.get(repo) ?? byHandle.get(repo));
      const record = owner && records.get(`at://${owner.did}/${collection}/${rkey}`);
      if (!record) throw new Refusal(400, 'RecordNotFound', `Could not locate record: at://${repo}/${collection}/${rkey}`);
      return { uri: record.uri, cid: record.cid, value: record.value };
    },
    'POST com.atproto.repo.deleteRecord': (request) => {
      const { account: owner } = caller(request);
      const { repo, collection, rkey } = (request.json ?? {}) as Record<string, string>;
      if (repo !== owner.did) throw invalid('Invalid repo');
      records.delete(`at://${owner.did}/${collection}/${rkey}`);
      return { commit: { cid: cidOf(`${collection}/${rkey}`), rev: tid() } };
    },
    'GET app.bsky.feed.getPosts': (request) => {
      caller(request);
      const uris = request.queryAll.uris ?? [];
      if (uris.length === 0 || uris.length > 25) throw invalid('uris must hold 1 to 25 at-uris');
      return { posts: uris.flatMap((uri) => (records.has(uri) ? [postView(records.get(uri)!)] : [])) };
    },
    'GET app.bsky.notification.listNotifications': (request) => {
      const { account: me } = caller(request);
      if (me.did !== account.did) return { notifications: [] };
      const limit = Number(request.query.limit ?? 50);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalid('limit must be an integer from 1 to 100');
      const reasons = request.queryAll.reasons;
      const all = [...notifications].filter((n) => !reasons || reasons.includes(n.reason)).sort((a, b) => b.indexedAt.localeCompare(a.indexedAt));
      const start = request.query.cursor ? Number(request.query.cursor) : 0;
      const page = all.slice(start, start + limit);
      return {
        notifications: page.map((n) => ({
          uri: n.uri,
          cid: n.cid,
          author: postView(records.get(n.uri) ?? ({ repo: n.author } as FakeRecord)).author,
          reason: n.reason,
          ...(n.reasonSubject ? { reasonSubject: n.reasonSubject } : {}),
          record: records.get(n.uri)?.value ?? {},
          isRead: false,
          indexedAt: n.indexedAt,
          labels: [],
        })),
        ...(start + limit < all.length ? { cursor: String(start + limit) } : {}),
        priority: false,
        seenAt: undefined,
      };
    },
    'GET chat.bsky.convo.listConvos': (request) => {
      const me = chatCaller(request);
      const limit = Number(request.query.limit ?? 50);
      const mine = [...convos.values()].filter((c) => c.members.includes(me.did)).sort((a, b) => b.rev.localeCompare(a.rev));
      const start = request.query.cursor ? Number(request.query.cursor) : 0;
      return {
        convos: mine.slice(start, start + limit).map((c) => ({
          id: c.id,
          rev: c.rev,
          members: c.members.map((m) => ({ did: m, handle: accounts.get(m)!.handle, displayName: accounts.get(m)!.displayName })),
          ...(c.messages.length ? { lastMessage: { $type: 'chat.bsky.convo.defs#messageView', ...c.messages.at(-1)! } } : {}),
          muted: false,
          status: 'accepted',
          unreadCount: c.messages.filter((m) => m.sender.did !== me.did).length,
        })),
        ...(start + limit < mine.length ? { cursor: String(start + limit) } : {}),
      };
    },
    'GET chat.bsky.convo.getMessages': (request) => {
      const me = chatCaller(request);
      const convo = convos.get(request.query.convoId ?? '');
      if (!convo || !convo.members.includes(me.did)) throw invalid('Convo not found');
      const limit = Number(request.query.limit ?? 50);
      const newestFirst = [...convo.messages].reverse();
      const start = request.query.cursor ? Number(request.query.cursor) : 0;
      return {
        messages: newestFirst.slice(start, start + limit).map((m) => ({ $type: 'chat.bsky.convo.defs#messageView', ...m })),
        ...(start + limit < newestFirst.length ? { cursor: String(start + limit) } : {}),
      };
    },
    'POST chat.bsky.convo.sendMessage': (request) => {
      const me = chatCaller(request);
      const { convoId, message } = (request.json ?? {}) as { convoId?: string; message?: { text?: unknown; facets?: unknown[] } };
      const convo = convos.get(convoId ?? '');
      if (!convo || !convo.members.includes(me.did)) throw invalid('Convo not found');
      if (typeof message?.text !== 'string' || message.text.length === 0) throw invalid('message/text must be a non-empty string');
      if ([...graphemes.segment(message.text)].length > 1000) throw invalid('message/text must not be longer than 1000 graphemes');
      const sent = addMessage(convo, me.did, message.text, message.facets);
      return { $type: 'chat.bsky.convo.defs#messageView', ...sent };
    },
  };

  /** Chat goes through the PDS to the chat service only with the proxy header, for app passwords allowed DMs. */
  function chatCaller(request: RecordedRequest): FakeAccount {
    const { account: me, dm } = caller(request);
    if (request.headers['atproto-proxy'] !== CHAT_PROXY) throw new Refusal(404, 'XRPCNotSupported', 'XRPCNotSupported');
    if (!dm) throw new Refusal(400, 'InvalidToken', 'Bad token method');
    return me;
  }

  function addMessage(convo: FakeConvo, sender: string, text: string, facets?: unknown[]): FakeMessage {
    const message: FakeMessage = { id: tid(), rev: tid(), text, sender: { did: sender }, sentAt: now(), ...(facets ? { facets } : {}) };
    convo.messages.push(message);
    convo.rev = message.rev;
    return message;
  }

  function rateLimitHeaders(nsid: string): Record<string, string> {
    const limit = limits.get(nsid);
    const exhausted = limit !== undefined && limit.resetAt > Date.now() / 1000;
    const resetAt = exhausted ? limit.resetAt : Math.floor(Date.now() / 1000) + 300;
    return { 'ratelimit-limit': '3000', 'ratelimit-remaining': exhausted ? '0' : '2999', 'ratelimit-reset': String(resetAt), 'ratelimit-policy': '3000;w=300' };
  }

  async function handle(request: RecordedRequest): Promise<FakeResponse> {
    const oauthAnswer = await oauth.route(request);
    if (oauthAnswer) return oauthAnswer;
    if (request.path.startsWith('/web/')) {
      const page = pages.get(request.path.slice('/web/'.length));
      return page ? { body: typeof page.body === 'string' ? Buffer.from(page.body) : page.body, headers: { 'content-type': page.contentType } } : { status: 404, text: 'not found' };
    }
    const nsid = /^\/xrpc\/([a-zA-Z0-9.]+)$/.exec(request.path)?.[1];
    if (!nsid) return { status: 404, json: { error: 'NotFound', message: `not an XRPC path: ${request.path}` } };
    const headers = rateLimitHeaders(nsid);
    const limit = limits.get(nsid);
    if (limit && limit.resetAt > Date.now() / 1000) {
      return { status: 429, json: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, headers: { ...headers, ...(limit.retryAfter ? { 'retry-after': String(limit.resetAt - Math.floor(Date.now() / 1000)) } : {}) } };
    }
    const fault = faults.get(nsid);
    if (fault && fault.count > 0) {
      fault.count--;
      return { ...fault.response, headers: { ...headers, ...fault.response.headers } };
    }
    const method = methods[`${request.method} ${nsid}`];
    if (!method) {
      const other = methods[`${request.method === 'GET' ? 'POST' : 'GET'} ${nsid}`];
      return other ? { status: 400, json: { error: 'InvalidRequest', message: `Incorrect HTTP method (${request.method}) for ${nsid}` }, headers } : { status: 501, json: { error: 'MethodNotImplemented', message: 'Method Not Implemented' }, headers };
    }
    try {
      return { json: (await method(request)) ?? {}, headers };
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.response) return { ...error.response, headers: { ...headers, ...error.response.headers } };
      // An unknown handle is a fair question; every other InvalidRequest means the client broke a documented rule.
      if (error.error === 'InvalidRequest' && error.message !== 'Unable to resolve handle') violations.push(`${nsid}: ${error.message}`);
      return { status: error.status, json: { error: error.error, message: error.message }, headers };
    }
  }

  const server = await startFakeServer(handle);
  serverUrl = server.url;

  const fake: FakeBluesky = {
    url: server.url,
    requests: server.requests,
    account,
    people,
    records,
    blobs,
    notifications,
    convos,
    violations,
    counts,
    sessions,
    oauth: oauth.state,
    async authorize(authorizeUrl, { as, deny } = {}) {
      const url = new URL(authorizeUrl);
      if (as) url.searchParams.set('as', accounts.get(as)?.did ?? byHandle.get(as)?.did ?? as);
      if (deny) url.searchParams.set('deny', '');
      const response = await fetch(url, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`the consent page answered ${response.status}: ${await response.text()}`);
      return location;
    },
    inject: {
      post(from, text, { replyTo, quote } = {}) {
        const author = people[from as keyof typeof people] ?? byHandle.get(from);
        if (!author) throw new Error(`no such person: ${from}`);
        const value: Record<string, any> = { $type: 'app.bsky.feed.post', text, createdAt: now() };
        const facets: unknown[] = [];
        for (const match of text.matchAll(/@([a-z0-9.-]+\.[a-z]+)/gi)) {
          const mentioned = byHandle.get(match[1]!.toLowerCase());
          const byteStart = Buffer.byteLength(text.slice(0, match.index));
          if (mentioned) facets.push({ index: { byteStart, byteEnd: byteStart + Buffer.byteLength(match[0]) }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: mentioned.did }] });
        }
        if (facets.length) value.facets = facets;
        if (replyTo) {
          const parent = records.get(replyTo);
          if (!parent) throw new Error(`no such post: ${replyTo}`);
          value.reply = { root: rootOf(parent), parent: { uri: parent.uri, cid: parent.cid } };
        }
        if (quote) value.embed = { $type: 'app.bsky.embed.record', record: { uri: quote, cid: records.get(quote)?.cid } };
        const record = writeRecord(author.did, 'app.bsky.feed.post', tid(), value);
        notify(record);
        return record;
      },
      dm(from, text) {
        const author = people[from as keyof typeof people] ?? byHandle.get(from);
        if (!author) throw new Error(`no such person: ${from}`);
        let convo = [...convos.values()].find((c) => c.members.includes(author.did) && c.members.includes(account.did));
        if (!convo) convos.set(`convo-${author.handle.split('.')[0]}`, (convo = { id: `convo-${author.handle.split('.')[0]}`, rev: tid(), members: [account.did, author.did], messages: [] }));
        return { convoId: convo.id, message: addMessage(convo, author.did, text) };
      },
    },
    expireAccessTokens() {
      for (const session of accessTokens.values()) session.expired = true;
    },
    expireRefreshTokens() {
      for (const session of refreshTokens.values()) session.expired = true;
    },
    revokeAppPassword() {
      account.appPassword = `revoked-${randomBytes(4).toString('hex')}`;
      for (const session of [...accessTokens.values(), ...refreshTokens.values()]) if (session.did === account.did) session.expired = true;
    },
    exhaust(nsid, { resetInSeconds, retryAfter = false }) {
      const resetAt = Math.floor(Date.now() / 1000) + resetInSeconds;
      limits.set(nsid, { resetAt, retryAfter });
      return resetAt;
    },
    failNext(nsid, response, count = 1) {
      faults.set(nsid, { response, count });
    },
    serve(name, body, contentType) {
      pages.set(name, { body, contentType });
      return `${server.url}/web/${name}`;
    },
    close: () => server.close(),
  };
  return fake;
}
