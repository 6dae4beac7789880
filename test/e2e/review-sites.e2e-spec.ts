import { TokenRefresher } from '../../apps/server/src/channels/connect/token-refresher.js';
import { PUSH_AUDIENCE, PUSH_SERVICE_ACCOUNT, startFakeGoogleBusiness, type FakeGoogleBusiness } from '../../plugins/review-google-business/test/fake-google-business.js';
import { startFakeGooglePlay, type FakeGooglePlay } from '../../plugins/review-google-play/test/fake-google-play.js';
import { confirmConsent, createApiKey, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until as pollUntil } from '../utils/wait.js';

const PUBLIC_URL = 'http://rapport.test';
const RETURN_URL = 'http://admin.test/channels';
const BACKFILL = 1000;

const BEGIN = 'mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl } }';
const PENDING = 'query($ws: ID!, $id: ID!) { pendingChannelConnection(workspaceId: $ws, id: $id) { id type expiresAt accounts { id name details connectedChannelId } } }';
const COMPLETE = `mutation($input: CompleteChannelConnectionInput!) { completeChannelConnection(input: $input) {
  channels { id type displayName status externalAccountId } failures { accountId code message } } }`;
const SYNC_FIELDS = 'sync { state itemsSynced pages estimatedTotal startedAt finishedAt error }';
const CHANNEL = `query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id status statusReason displayName externalAccountId ${SYNC_FIELDS} } }`;
const SYNC = `mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok itemsSynced pages continuesInBackground failure { classification message } channel { status ${SYNC_FIELDS} } } }`;
const REVIEWS = `query($ws: ID!, $ch: ID!, $first: Int) { reviews(workspaceId: $ws, channelId: $ch, first: $first) { totalCount edges { node {
  id externalId rating rawRating body language metadata author { handle } reply { status body error }
  revisions { totalCount edges { node { previousRating previousBody } } } } } } }`;
const PROGRESS = `subscription($ws: ID!, $ch: ID) { channelSyncProgress(workspaceId: $ws, channelId: $ch) { id ${SYNC_FIELDS} } }`;

/** Syncs here page through whole review sites: a minute before giving up. */
const until = <T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000) => pollUntil(what, probe, timeoutMs);

describe('Review sites through the GraphQL API (Google Business Profile and Google Play, loaded by config)', () => {
  let gbp: FakeGoogleBusiness;
  let play: FakeGooglePlay;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let lyonId: string;
  let parisId: string;
  let playId: string;
  /** Holds Lyon's backfill after five pages, so its progress can be watched half done. */
  let lyonHold: ReturnType<FakeGoogleBusiness['holdListing']>;

  beforeAll(async () => {
    gbp = await startFakeGoogleBusiness();
    play = await startFakeGooglePlay();
    server = await createTestServer(
      { RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_CONNECT_RETURN_URL: RETURN_URL, RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: '@rapport/plugin-review-google-business', baseDir: '/', options: gbp.options({ pubsub: { audience: PUSH_AUDIENCE, serviceAccountEmail: PUSH_SERVICE_ACCOUNT } }) },
          { specifier: '@rapport/plugin-review-google-play', baseDir: '/', options: play.options() },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Paws & Claws');
    gbp.addReviews(gbp.locations[0]!, BACKFILL);
    gbp.addReviews(gbp.locations[1]!, 3);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await gbp?.close();
    await play?.close();
  });

  const [lyon, paris, nantes] = ['accounts/1010/locations/7000', 'accounts/2020/locations/7001', 'accounts/2020/locations/7002'];
  const channel = async (id: string, token = admin) => ok(await server.gql(CHANNEL, { ws: workspaceId, id }, token)).channel;
  const reviews = async (channelId: string, first = 5) => ok(await server.gql(REVIEWS, { ws: workspaceId, ch: channelId, first }, admin)).reviews;
  const reviewOf = async (channelId: string, externalId: string) => {
    const [row] = await server.sql('SELECT id FROM review WHERE channel_id = $1 AND external_id = $2', [channelId, externalId]);
    return row && ok(await server.gql(`query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { id rating body metadata reply { status body error } revisions { totalCount edges { node { previousRating previousBody } } } } }`, { ws: workspaceId, id: row.id }, admin)).review;
  };

  /** beginChannelConnection → the Google user consents → the browser follows the redirect to Rapport. */
  async function consent(input: Record<string, unknown> = {}, token = admin, ws = workspaceId): Promise<URL> {
    const { authorizeUrl } = ok(await server.gql(BEGIN, { input: { workspaceId: ws, type: 'google-business', ...input } }, token)).beginChannelConnection;
    const callback = new URL(await gbp.authorize(authorizeUrl));
    const response = await server.http.get(`${callback.pathname}${callback.search}`);
    expect(response.status).toBe(303);
    return new URL(response.headers.location!);
  }

  it('connects Google Business Profile by consent: the user chooses 2 of the 3 locations they manage, one channel each', async () => {
    const returned = await consent();
    expect(`${returned.origin}${returned.pathname}`).toBe(RETURN_URL);
    expect(Object.fromEntries(returned.searchParams)).toEqual({ connect: 'choose', workspaceId, pendingId: expect.any(String) });
    const pendingId = returned.searchParams.get('pendingId')!;
    const pending = ok(await server.gql(PENDING, { ws: workspaceId, id: pendingId }, admin)).pendingChannelConnection;
    expect(pending).toEqual({
      id: pendingId,
      type: 'google-business',
      expiresAt: expect.any(String),
      accounts: [
        { id: lyon, name: 'Paws & Claws – Lyon', details: '1 rue des Chats, 69000 Lyon · account Paws & Claws (personal)', connectedChannelId: null },
        { id: paris, name: 'Paws & Claws – Paris', details: '2 rue des Chats, 69010 Paris · account Paws & Claws Group', connectedChannelId: null },
        { id: nantes, name: 'Paws & Claws – Nantes', details: '3 rue des Chats, 69020 Nantes · account Paws & Claws Group', connectedChannelId: null },
      ],
    });
    // The tokens are kept encrypted until the choice.
    const token = gbp.requests.filter((request) => request.path === '/v1/accounts').at(-1)!.headers.authorization!.slice('Bearer '.length);
    const [held] = await server.sql('SELECT pending_encrypted FROM channel_pending_connection WHERE id = $1', [pendingId]);
    expect(held.pending_encrypted).not.toContain(token);
    expect(held.pending_encrypted).not.toContain('Lyon');

    const complete = (accountIds: string[], token = admin) => server.gql(COMPLETE, { input: { workspaceId, pendingId, accountIds } }, token);
    const unknown = await complete([lyon, 'accounts/9/locations/9']);
    expect([errorCode(unknown), unknown.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'accountIds']);
    expect(errorCode(await complete([lyon, lyon]))).toBe('BAD_USER_INPUT');
    expect(errorCode(await complete([]))).toBe('BAD_USER_INPUT');

    // The Lyon backfill will pause after 5 pages, so its progress can be watched half done.
    lyonHold = gbp.holdListing(lyon, 5);
    const completed = ok(await complete([lyon, paris])).completeChannelConnection;
    expect(completed).toEqual({
      channels: [
        { id: expect.any(String), type: 'google-business', displayName: 'Paws & Claws – Lyon', status: 'CONNECTED', externalAccountId: lyon },
        { id: expect.any(String), type: 'google-business', displayName: 'Paws & Claws – Paris', status: 'CONNECTED', externalAccountId: paris },
      ],
      failures: [],
    });
    [lyonId, parisId] = completed.channels.map((c: { id: string }) => c.id);
    // Completed: the consent is spent.
    expect(errorCode(await server.gql(PENDING, { ws: workspaceId, id: pendingId }, admin))).toBe('NOT_FOUND');
    const grants = await server.sql('SELECT channel_id, refreshable FROM channel_oauth_grant ORDER BY channel_id');
    expect(grants.map((g) => g.channel_id).sort()).toEqual([lyonId, parisId].sort());
    expect(grants.every((g) => g.refreshable)).toBe(true);

    // A second consent lists the connected locations as such, and choosing one again is CONFLICT with nothing created.
    const again = (await consent()).searchParams.get('pendingId')!;
    const listed = ok(await server.gql(PENDING, { ws: workspaceId, id: again }, admin)).pendingChannelConnection.accounts;
    expect(listed.map((a: { connectedChannelId: string | null }) => a.connectedChannelId)).toEqual([lyonId, parisId, null]);
    const conflict = await server.gql(COMPLETE, { input: { workspaceId, pendingId: again, accountIds: [nantes, paris] } }, admin);
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(await server.sql(`SELECT count(*)::int AS n FROM channel WHERE type = 'google-business'`)).toEqual([{ n: 2 }]);
  }, 60_000);

  it('backfills 1,000 reviews across pages, its progress visible on the channel and live on channelSyncProgress', async () => {
    const hold = lyonHold;
    await hold.reached;
    // Five pages of 50 are stored; Google announced the total.
    const halfway = await until('the first five pages to be recorded', async () => {
      const found = await channel(lyonId);
      return found.sync.itemsSynced === 250 && found;
    });
    expect(halfway.sync).toEqual({ state: 'RUNNING', itemsSynced: 250, pages: 5, estimatedTotal: BACKFILL, startedAt: expect.any(String), finishedAt: null, error: null });
    // Another run finds the backfill busy and pulls nothing itself.
    const busy = ok(await server.gql(SYNC, { ws: workspaceId, ch: lyonId }, admin)).syncReviews;
    expect(busy).toMatchObject({ ok: true, itemsSynced: 0, pages: 0, continuesInBackground: true, channel: { sync: { state: 'RUNNING', itemsSynced: 250 } } });

    const live = subscribe<{ channelSyncProgress: { id: string; sync: Record<string, unknown> } }>(server.wsUrl, PROGRESS, { ws: workspaceId, ch: lyonId }, admin);
    try {
      // The first event is the channel as it stands: the subscription is live.
      expect((await live.next(10_000)).channelSyncProgress).toMatchObject({ id: lyonId, sync: { state: 'RUNNING', itemsSynced: 250 } });
      hold.release();
      const events: Array<Record<string, any>> = [];
      for (;;) {
        const event = (await live.next(300_000)).channelSyncProgress.sync;
        events.push(event);
        if (event.state !== 'RUNNING') break;
      }
      const counts = events.map((event) => event.itemsSynced);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(counts).toEqual(expect.arrayContaining([300, 500, 950]));
      expect(events.at(-1)).toEqual({ state: 'DONE', itemsSynced: BACKFILL, pages: 21, estimatedTotal: BACKFILL, startedAt: halfway.sync.startedAt, finishedAt: expect.any(String), error: null });
    } finally {
      await live.close();
    }
    expect((await reviews(lyonId, 1)).totalCount).toBe(BACKFILL);
    expect((await channel(lyonId)).sync.state).toBe('DONE');
    // The sync asked for while the backfill ran was not dropped: the run went round once more (one empty page) before letting go.
    await until('the run asked for during the backfill', async () => {
      const [{ sync_run_id: holder }] = await server.sql('SELECT sync_run_id FROM channel WHERE id = $1', [lyonId]);
      return (await channel(lyonId)).sync.pages === 22 && holder === null;
    });
    // A thousand reviews each go through policies and suspicion checks: on a busy machine this takes minutes.
    // The smaller location backfilled beside it.
    await until('Paris to be synced', async () => (await channel(parisId)).sync.state === 'DONE');
    expect((await reviews(parisId)).totalCount).toBe(3);
    // Each page was asked as documented.
    const lists = gbp.requests.filter((request) => request.path === `/v4/${lyon}/reviews`);
    expect(lists[0]!.query).toEqual({ pageSize: '50', orderBy: 'updateTime desc' });
    expect(lists.slice(1, 20).every((request) => request.query.pageToken)).toBe(true);
  }, 900_000);

  it('picks up an edit on the next sync, keeping the previous text as a revision', async () => {
    const [target] = await server.sql(`SELECT external_id FROM review WHERE channel_id = $1 ORDER BY source_created_at LIMIT 1 OFFSET 10`, [lyonId]);
    gbp.editReview(lyon, target.external_id, { comment: 'Changed my mind: they lost my dog for an hour.', starRating: 'ONE' });
    const before = await reviewOf(lyonId, target.external_id);
    const synced = ok(await server.gql(SYNC, { ws: workspaceId, ch: lyonId }, admin)).syncReviews;
    expect(synced).toMatchObject({ ok: true, itemsSynced: 1, failure: null, continuesInBackground: false, channel: { status: 'CONNECTED', sync: { state: 'DONE', itemsSynced: 1, estimatedTotal: null } } });
    const after = await reviewOf(lyonId, target.external_id);
    expect(after).toMatchObject({ rating: 1, body: 'Changed my mind: they lost my dog for an hour.' });
    expect(after.revisions).toEqual({ totalCount: 1, edges: [{ node: { previousRating: before.rating, previousBody: before.body } }] });
    expect((await reviews(lyonId, 1)).totalCount).toBe(BACKFILL);
  }, 60_000);

  it('replies on Google and deletes the reply, refusing a reply over 4096 bytes before anything is sent', async () => {
    const [target] = await server.sql(`SELECT id, external_id FROM review WHERE channel_id = $1 ORDER BY source_created_at DESC LIMIT 1`, [lyonId]);
    const puts = () => gbp.requests.filter((request) => request.method === 'PUT').length;
    const tooLong = await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId, reviewId: target.id, body: '€'.repeat(1400) } }, admin);
    expect([errorCode(tooLong), tooLong.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'body']);
    expect(tooLong.errors![0]!.message).toContain('4200 bytes');
    expect(puts()).toBe(0);

    ok(await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId, reviewId: target.id, body: 'Thank you, see you and Rex soon!' } }, admin));
    const sent = await until('the reply to be sent', async () => {
      const found = await reviewOf(lyonId, target.external_id);
      return found.reply?.status === 'SENT' && found;
    });
    expect(sent.reply).toEqual({ status: 'SENT', body: 'Thank you, see you and Rex soon!', error: null });
    expect(gbp.review(lyon, target.external_id).reviewReply?.comment).toBe('Thank you, see you and Rex soon!');
    const put = gbp.requests.find((request) => request.method === 'PUT')!;
    expect([put.path, put.json]).toEqual([`/v4/${lyon}/reviews/${target.external_id}/reply`, { comment: 'Thank you, see you and Rex soon!' }]);

    const deleted = ok(await server.gql('mutation($input: ReviewRefInput!) { deleteReviewReply(input: $input) { reply { status } } }', { input: { workspaceId, reviewId: target.id } }, admin)).deleteReviewReply;
    expect(deleted.reply).toBeNull();
    expect(gbp.review(lyon, target.external_id).reviewReply).toBeUndefined();
  }, 60_000);

  it('takes a Pub/Sub push: a NEW_REVIEW for the location appears; a forged token is 401 and stores nothing', async () => {
    const [fresh] = gbp.addReviews(lyon, 1, { comment: 'Booked by phone, Rex looks great', start: new Date() });
    const notification = { type: 'NEW_REVIEW', reviewName: `${lyon}/reviews/${fresh!.reviewId}`, locationName: lyon };
    const post = (push: { headers: Record<string, string | string[] | undefined>; rawBody: Buffer }, channelId = lyonId) =>
      server.http.post(`/webhooks/${channelId}`).set(push.headers as Record<string, string>).send(push.rawBody.toString('utf8'));

    expect((await post(gbp.push(notification, { signWith: 'other' }))).status).toBe(401);
    expect((await post(gbp.push(notification, { audience: 'https://elsewhere.example' }))).status).toBe(401);
    expect((await post(gbp.push(notification), parisId)).status).toBe(202); // Paris's subscription: not its location
    expect((await post(gbp.push(notification))).status).toBe(202);
    const arrived = await until('the pushed review', () => reviewOf(lyonId, fresh!.reviewId));
    expect(arrived).toMatchObject({ body: 'Booked by phone, Rex looks great' });
    expect((await reviews(lyonId, 1)).totalCount).toBe(BACKFILL + 1);
    expect(await server.sql('SELECT count(*)::int AS n FROM review WHERE channel_id = $1 AND external_id = $2', [parisId, fresh!.reviewId])).toEqual([{ n: 0 }]);
  }, 60_000);

  it('renews tokens keeping each channel\'s location, and a refused refresh or an expired token makes the channel NEEDS_REAUTH', async () => {
    const refresher = server.app.get(TokenRefresher);
    const due = (channelId: string) => server.sql(`UPDATE channel_oauth_grant SET expires_at = now() WHERE channel_id = $1`, [channelId]);
    await due(parisId);
    expect(await refresher.refresh(parisId)).toBe('refreshed');
    const [added] = gbp.addReviews(paris, 1, { start: new Date() });
    expect(ok(await server.gql(SYNC, { ws: workspaceId, ch: parisId }, admin)).syncReviews).toMatchObject({ ok: true, itemsSynced: 1 });
    expect(await reviewOf(parisId, added!.reviewId)).toBeTruthy();

    // The user removes Rapport's access: the refresh token is refused.
    gbp.revokeRefreshTokens();
    await due(parisId);
    expect(await refresher.refresh(parisId)).toBe('needs-reauth');
    expect(await channel(parisId)).toMatchObject({
      status: 'NEEDS_REAUTH',
      statusReason: 'Google Business Profile: renewing the access token failed (The token endpoint refused the refresh token (HTTP 400, invalid_grant)); reconnect the account.',
    });
    expect(errorCode(await server.gql(SYNC, { ws: workspaceId, ch: parisId }, admin))).toBe('CONFLICT');

    // An access token Google no longer takes: the sync says so and the channel needs reconnecting.
    gbp.expireAccessTokens();
    const refused = ok(await server.gql(SYNC, { ws: workspaceId, ch: lyonId }, admin)).syncReviews;
    expect(refused).toMatchObject({ ok: false, failure: { classification: 'REAUTHORIZE', message: 'Google Business Profile: Listing reviews: HTTP 401, UNAUTHENTICATED' }, channel: { status: 'NEEDS_REAUTH', sync: { state: 'FAILED' } } });

    // Reconnecting by consent offers the channel's own location only; confirming renews that channel.
    const back = await consent({ channelId: lyonId });
    const renewed = await confirmConsent(server, admin, back);
    expect(renewed.pending).toMatchObject({ reconnectChannelId: lyonId, accounts: [{ id: lyon, connectedChannelId: lyonId }] });
    expect(renewed.channels.map((found: { id: string }) => found.id)).toEqual([lyonId]);
    expect(await channel(lyonId)).toMatchObject({ status: 'CONNECTED', externalAccountId: lyon });
    expect(ok(await server.gql(SYNC, { ws: workspaceId, ch: lyonId }, admin)).syncReviews).toMatchObject({ ok: true, channel: { sync: { state: 'DONE' } } });
  }, 60_000);

  it('connects Google Play with a service account: reviews with app version and device, a 351-character reply refused before sending, replies sent', async () => {
    const rex = play.addReview({ text: 'Booking a grooming slot is so easy', starRating: 5, appVersionName: '4.1.2', device: 'a52q', androidOsVersion: 33, reviewerLanguage: 'en_GB', authorName: 'Ana' });
    const crash = play.addReview({ text: 'Crashes when I add a second pet', starRating: 1, appVersionName: '4.2.0', device: 'gts7l', androidOsVersion: 34, reviewerLanguage: 'fr_FR', authorName: 'Zoé' });
    play.addReview({ text: 'Too old for the API to list', daysAgo: 12 });
    const connected = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status externalAccountId externalAccountUrl } }', {
        input: { workspaceId, type: 'google-play', displayName: 'Paws app', credentials: play.credentials() },
      }, admin),
    ).connectChannel;
    expect(connected).toMatchObject({ status: 'CONNECTED', externalAccountId: 'com.pawsandclaws.app', externalAccountUrl: 'https://play.google.com/store/apps/details?id=com.pawsandclaws.app' });
    playId = connected.id;
    const [stored] = await server.sql('SELECT credentials_encrypted FROM channel WHERE id = $1', [playId]);
    expect(stored.credentials_encrypted).not.toContain('PRIVATE KEY');

    await until('the Play reviews', async () => (await reviews(playId)).totalCount === 2);
    const crashed = await reviewOf(playId, crash.reviewId);
    expect(crashed).toMatchObject({
      rating: 1,
      body: 'Crashes when I add a second pet',
      metadata: { appVersionName: '4.2.0', appVersionCode: 412, device: 'gts7l', androidOsVersion: 34, reviewerLanguage: 'fr_FR', deviceManufacturer: 'Samsung', deviceName: 'a52q (Galaxy A52)' },
    });
    const listed = (await reviews(playId)).edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(listed.find((node: Record<string, any>) => node.externalId === rex.reviewId)).toMatchObject({ language: 'en-GB', author: { handle: 'Ana' }, metadata: { appVersionName: '4.1.2', device: 'a52q' } });
    // The token came from a signed assertion for the service account.
    const assertion = new URLSearchParams(play.requests.find((request) => request.path === '/token')!.rawBody.toString('utf8')).get('assertion')!;
    expect(JSON.parse(Buffer.from(assertion.split('.')[1]!, 'base64url').toString('utf8'))).toMatchObject({ iss: play.serviceAccount.client_email, aud: `${play.url}/token`, scope: 'https://www.googleapis.com/auth/androidpublisher' });

    const replies = () => play.requests.filter((request) => request.method === 'POST' && request.path.endsWith(':reply')).length;
    const reply = (body: string) => server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id reply { status } } }', { input: { workspaceId, reviewId: crashed.id, body } }, admin);
    const tooLong = await reply('x'.repeat(351));
    expect([errorCode(tooLong), tooLong.errors![0]!.extensions.field, tooLong.errors![0]!.message]).toEqual(['BAD_USER_INPUT', 'body', 'body: is 351 characters long; Paws app takes at most 350']);
    expect((await reviewOf(playId, crash.reviewId)).reply).toBeNull();
    expect(replies()).toBe(0);

    ok(await reply('Sorry Zoé! Version 4.2.1, out today, fixes adding a second pet.'));
    await until('the Play reply to be sent', async () => (await reviewOf(playId, crash.reviewId)).reply?.status === 'SENT');
    expect(play.developerReply(crash.reviewId)).toBe('Sorry Zoé! Version 4.2.1, out today, fixes adding a second pet.');
    expect(replies()).toBe(1);
    // Play cannot delete a reply: refused up front, the reply stays.
    const removal = await server.gql('mutation($input: ReviewRefInput!) { deleteReviewReply(input: $input) { id } }', { input: { workspaceId, reviewId: crashed.id } }, admin);
    expect([errorCode(removal), removal.errors![0]!.message]).toEqual(['CONFLICT', 'This review source cannot delete replies.']);
    expect((await reviewOf(playId, crash.reviewId)).reply.status).toBe('SENT');
  }, 60_000);

  it('keeps the new operations inside their workspace and role: pending connections for their user only', async () => {
    const otherAdmin = await createMember(server, admin, workspaceId, 'second-admin@agency.test', 'ADMIN');
    const editor = await createMember(server, admin, workspaceId, 'editor@agency.test', 'EDITOR');
    const viewer = await createMember(server, admin, workspaceId, 'viewer@agency.test', 'VIEWER');
    const key = await createApiKey(server, admin, workspaceId, 'ADMIN');
    const elsewhere = await createWorkspace(server, admin, 'Other Brand');
    const outsider = await createMember(server, admin, elsewhere, 'outsider@agency.test', 'OWNER');
    const pendingId = (await consent()).searchParams.get('pendingId')!;
    const complete = (ws: string, token: string) => server.gql(COMPLETE, { input: { workspaceId: ws, pendingId, accountIds: [nantes] } }, token);
    const pending = (ws: string, token: string) => server.gql(PENDING, { ws, id: pendingId }, token);

    for (const token of [outsider]) {
      expect(errorCode(await pending(workspaceId, token))).toBe('NOT_FOUND');
      expect(errorCode(await complete(workspaceId, token))).toBe('NOT_FOUND');
      // Naming their own workspace with A's pending connection: as if it did not exist.
      expect(errorCode(await pending(elsewhere, token))).toBe('NOT_FOUND');
      expect(errorCode(await complete(elsewhere, token))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(SYNC, { ws: elsewhere, ch: lyonId }, token))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(CHANNEL, { ws: elsewhere, id: lyonId }, token))).toBe('NOT_FOUND');
    }
    // Another ADMIN of the workspace (or its API key) did not begin it.
    for (const token of [otherAdmin, key.secret]) {
      expect(errorCode(await pending(workspaceId, token))).toBe('FORBIDDEN');
      expect(errorCode(await complete(workspaceId, token))).toBe('FORBIDDEN');
    }
    for (const token of [editor, viewer]) {
      expect(errorCode(await pending(workspaceId, token))).toBe('FORBIDDEN');
      expect(errorCode(await complete(workspaceId, token))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(SYNC, { ws: workspaceId, ch: lyonId }, token))).toBe('FORBIDDEN');
    }
    // Progress is for the workspace's members; another workspace's channel is NOT_FOUND.
    const watching = subscribe<{ channelSyncProgress: { id: string } }>(server.wsUrl, PROGRESS, { ws: workspaceId, ch: playId }, viewer);
    const intruding = subscribe(server.wsUrl, PROGRESS, { ws: elsewhere, ch: playId }, outsider);
    const foreign = subscribe(server.wsUrl, PROGRESS, { ws: workspaceId, ch: playId }, outsider);
    try {
      expect((await watching.next(10_000)).channelSyncProgress.id).toBe(playId);
      await until('both refusals', async () => intruding.errors.length > 0 && foreign.errors.length > 0, 10_000);
      expect(JSON.stringify(intruding.errors)).toContain('NOT_FOUND');
      expect(JSON.stringify(foreign.errors)).toContain('NOT_FOUND');
      expect(intruding.received).toEqual([]);
    } finally {
      await Promise.all([watching.close(), intruding.close(), foreign.close()]);
    }
    // The user who began it completes it.
    const done = ok(await complete(workspaceId, admin)).completeChannelConnection;
    expect(done.channels.map((c: { externalAccountId: string }) => c.externalAccountId)).toEqual([nantes]);
  }, 60_000);
});
