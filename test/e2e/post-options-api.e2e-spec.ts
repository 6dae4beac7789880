import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { startFakeMastodon, type FakeMastodon } from '../../plugins/network-mastodon/test/fake-mastodon.js';
import { createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const IMPORT = `mutation($input: ImportPostsInput!) { importPosts(input: $input) {
  posts { id body targets { channelId options { name value } } } errors { row field message } } }`;
const POSTS = 'query($ws: ID!) { posts(workspaceId: $ws, first: 50) { edges { node { id } } } }';
const POST = 'query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { status targets { options { name value } } } }';
const UPDATE = 'mutation($input: UpdatePostInput!) { updatePost(input: $input) { status targets { channelId options { name value } } } }';

/**
 * Per-post network options as front ends see and use them through GraphQL: channelTypes lists each type's options
 * (typed, with labels and allowed values), importPosts takes them per channel like createPost (checked the same
 * way), and changing only a post's options sends an approved post back to DRAFT as changing its text does.
 */
describe('Per-post network options: channelTypes, importPosts and approval', () => {
  let fake: FakeMastodon;
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let mastodon: string;
  let sandboxChannel: string;

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);
  const postCount = async () => ok(await gql(POSTS, { ws: workspaceId })).posts.edges.length as number;
  const connect = async (type: string, displayName: string, credentials: Record<string, string>) =>
    ok(await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type, displayName, credentials } })).connectChannel.id as string;

  beforeAll(async () => {
    fake = await startFakeMastodon();
    sandbox = await startSandboxNetwork();
    server = await createTestServer(
      { RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-mastodon', baseDir: '/', options: { visibility: 'public' } },
          { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Corgi Club');
    mastodon = await connect('mastodon', 'Fediverse', { instanceUrl: fake.url, accessToken: fake.issueToken() });
    sandboxChannel = await connect('sandbox', 'Sandbox', { accessToken: sandbox.accessToken });
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    await sandbox?.close();
  });

  it("lists each channel type's post options in channelTypes, typed, with labels, descriptions and allowed values", async () => {
    const types = ok(await gql('{ channelTypes { code postOptions { name title description allowedValues minLength maxLength } } }', {})).channelTypes as Array<{ code: string; postOptions: unknown[] }>;
    expect(types.find((type) => type.code === 'mastodon')!.postOptions).toEqual([
      { name: 'visibility', title: 'Visibility', description: "Who sees this status; the plugin's visibility option when not set", allowedValues: ['public', 'unlisted', 'private', 'direct'], minLength: null, maxLength: null },
      { name: 'spoilerText', title: 'Content warning', description: 'Shown before the status, which stays folded until opened (spoiler_text)', allowedValues: null, minLength: 1, maxLength: 500 },
    ]);
    expect(types.find((type) => type.code === 'sandbox')!.postOptions).toEqual([]);
  });

  it('imports posts with per-channel options: each row that goes to the channel gets them, the others keep the defaults', async () => {
    const data = JSON.stringify([
      { body: 'Meetup on Sunday', channels: ['Fediverse', 'Sandbox'] },
      { body: 'Only on the sandbox', channels: ['Sandbox'] },
    ]);
    const options = [{ name: 'visibility', value: 'unlisted' }, { name: 'spoilerText', value: 'meetup' }];
    const imported = ok(await gql(IMPORT, { input: { workspaceId, format: 'JSON', data, targetOptions: [{ channelId: mastodon, options }] } })).importPosts;
    expect(imported.errors).toEqual([]);
    const [both, only] = imported.posts;
    expect(Object.fromEntries(both.targets.map((t: { channelId: string; options: unknown }) => [t.channelId, t.options]))).toEqual({ [mastodon]: options, [sandboxChannel]: [] });
    expect(only.targets).toEqual([{ channelId: sandboxChannel, options: [] }]);
  });

  it('refuses import options the way createPost does, BAD_USER_INPUT on the field, before any row is imported', async () => {
    const before = await postCount();
    const data = 'body,channels\nHello,Fediverse\n';
    const badValue = await gql(IMPORT, { input: { workspaceId, format: 'CSV', data, targetOptions: [{ channelId: mastodon, options: [{ name: 'visibility', value: 'secret' }] }] } });
    expect([errorCode(badValue), badValue.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.options.visibility']);
    expect(badValue.errors![0]!.message).toMatch(/public, unlisted, private, direct/);
    const unknown = await gql(IMPORT, { input: { workspaceId, format: 'CSV', data, targetOptions: [{ channelId: mastodon, options: [{ name: 'pinned', value: 'yes' }] }] } });
    expect([errorCode(unknown), unknown.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.options.pinned']);
    const none = await gql(IMPORT, { input: { workspaceId, format: 'CSV', data, targetOptions: [{ channelId: sandboxChannel, options: [{ name: 'visibility', value: 'public' }] }] } });
    expect([errorCode(none), none.errors![0]!.extensions.field, none.errors![0]!.message]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.options', 'targetOptions.0.options: Sandbox network takes no post options']);
    const stranger = await gql(IMPORT, { input: { workspaceId, format: 'CSV', data, targetOptions: [{ channelId: '00000000-0000-4000-8000-000000000000', options: [] }] } });
    expect([errorCode(stranger), stranger.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'targetOptions.0.channelId']);
    expect(await postCount()).toBe(before);
  });

  it("sends an approved post back to DRAFT when only its options change, as a text change does; the same options keep it APPROVED", async () => {
    const options = [{ name: 'visibility', value: 'unlisted' }];
    const created = ok(
      await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Puppy class at 10', channelIds: [mastodon], targetOptions: [{ channelId: mastodon, options }] } }),
    ).createPost;
    const act = (name: string) => gql(`mutation($input: PostActionInput!) { ${name}(input: $input) { status } }`, { input: { workspaceId, postId: created.id } });
    ok(await act('submitPost'));
    expect(ok(await act('approvePost')).approvePost.status).toBe('APPROVED');

    // The same options again (and no other change) are not a change.
    expect(ok(await gql(UPDATE, { input: { workspaceId, postId: created.id, targetOptions: [{ channelId: mastodon, options }] } })).updatePost.status).toBe('APPROVED');

    const direct = [{ name: 'visibility', value: 'direct' }];
    const edited = ok(await gql(UPDATE, { input: { workspaceId, postId: created.id, targetOptions: [{ channelId: mastodon, options: direct }] } })).updatePost;
    expect(edited).toEqual({ status: 'DRAFT', targets: [{ channelId: mastodon, options: direct }] });
    expect(ok(await gql(POST, { ws: workspaceId, id: created.id })).post).toEqual({ status: 'DRAFT', targets: [{ options: direct }] });
  });
});
