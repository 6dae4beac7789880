import { startFakeMastodon, type FakeMastodon } from '../../plugins/network-mastodon/test/fake-mastodon.js';
import { createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const CREATE = 'mutation($input: CreatePostInput!) { createPost(input: $input) { id targets { channelId options { name value } } } }';
const UPDATE = 'mutation($input: UpdatePostInput!) { updatePost(input: $input) { id targets { channelId options { name value } } } }';

/**
 * Per-post network options through GraphQL: a post's Mastodon target carries its own visibility and content
 * warning, checked against the driver's postOptionsSchema when saved, and published with them.
 */
describe('Per-post network options (Mastodon visibility and content warning)', () => {
  let fake: FakeMastodon;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let channelId: string;

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);

  beforeAll(async () => {
    fake = await startFakeMastodon();
    server = await createTestServer({ RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' }, { plugins: [{ specifier: '@rapport/plugin-network-mastodon', baseDir: '/', options: { visibility: 'public' } }] });
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Corgi Club');
    channelId = ok(
      await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', {
        input: { workspaceId, type: 'mastodon', displayName: 'Mastodon', credentials: { instanceUrl: fake.url, accessToken: fake.issueToken() } },
      }),
    ).connectChannel.id;
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  it('refuses options the channel type does not declare, or values it does not allow, on the option’s field', async () => {
    const badValue = await gql(CREATE, { input: { workspaceId, body: 'Hi', channelIds: [channelId], targetOptions: [{ channelId, options: [{ name: 'visibility', value: 'secret' }] }] } });
    expect([errorCode(badValue), badValue.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.options.visibility']);
    expect(badValue.errors![0]!.message).toMatch(/public, unlisted, private, direct/);
    const unknown = await gql(CREATE, { input: { workspaceId, body: 'Hi', channelIds: [channelId], targetOptions: [{ channelId, options: [{ name: 'pinned', value: 'yes' }] }] } });
    expect([errorCode(unknown), unknown.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.options.pinned']);
    const stray = await gql(CREATE, { input: { workspaceId, body: 'Hi', channelIds: [channelId], targetOptions: [{ channelId: '00000000-0000-4000-8000-000000000000', options: [] }] } });
    expect([errorCode(stray), stray.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.channelId']);
  });

  it('publishes with the post’s visibility and content warning instead of the plugin’s, and keeps them through an edit', async () => {
    const created = ok(
      await gql(CREATE, {
        input: { workspaceId, body: 'Members-only meetup on Sunday', channelIds: [channelId], targetOptions: [{ channelId, options: [{ name: 'visibility', value: 'unlisted' }, { name: 'spoilerText', value: 'meetup' }] }] },
      }),
    ).createPost;
    expect(created.targets[0].options).toEqual([{ name: 'visibility', value: 'unlisted' }, { name: 'spoilerText', value: 'meetup' }]);
    // Editing the text keeps the options; giving targetOptions replaces them.
    const edited = ok(await gql(UPDATE, { input: { workspaceId, postId: created.id, body: 'Members-only meetup on Sunday at 10', channelIds: [channelId] } })).updatePost;
    expect(edited.targets[0].options).toEqual(created.targets[0].options);
    const changed = ok(await gql(UPDATE, { input: { workspaceId, postId: created.id, targetOptions: [{ channelId, options: [{ name: 'visibility', value: 'private' }, { name: 'spoilerText', value: 'meetup' }] }] } })).updatePost;
    expect(changed.targets[0].options).toEqual([{ name: 'visibility', value: 'private' }, { name: 'spoilerText', value: 'meetup' }]);

    ok(await gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: created.id } }));
    const target = await until('the post published or failed', async () => {
      const [found] = ok(await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { targets { status externalId lastError } } }', { ws: workspaceId, id: created.id })).post.targets;
      return ['PUBLISHED', 'FAILED'].includes(found.status) && found;
    });
    expect(target).toMatchObject({ status: 'PUBLISHED', lastError: null });
    expect(fake.statuses.get(target.externalId)).toMatchObject({ visibility: 'private', spoiler_text: 'meetup' });
  });
});
