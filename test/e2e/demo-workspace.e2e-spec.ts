import { ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const BUILT_IN_RULES = ['profanity', 'inclusive-language', 'inflated-claims', 'sales-pressure', 'spam', 'sentiment-and-criticism', 'banned-terms', 'question-detector'];

describe('the Demo workspace of a first run', () => {
  let server: TestServer;
  let token: string;
  let demo: string;
  beforeAll(async () => {
    server = await createTestServer({}, { plugins: rulePlugins(BUILT_IN_RULES) });
    token = await setupAdmin(server);
    demo = ok(await server.gql('{ workspaces { edges { node { id slug } } } }', {}, token)).workspaces.edges[0].node.id;
  });
  afterAll(() => server.close());

  it('starts with triage and brand-voice policies built from the loaded rules', async () => {
    const policies = ok(await server.gql('query($ws: ID!) { policies(workspaceId: $ws) { edges { node { name scope version rules { rule action } } } } }', { ws: demo }, token)).policies.edges.map((e: { node: unknown }) => e.node);
    expect(policies.map((p: { name: string; scope: string }) => [p.name, p.scope])).toEqual([
      ['Inbox triage', 'INBOUND_MESSAGE'],
      ['Brand voice', 'OUTBOUND_POST'],
      ['Reply tone', 'OUTBOUND_REPLY'],
      ['Review triage', 'REVIEW'],
    ]);
    expect(policies[0].rules).toEqual([
      { rule: 'question-detector', action: 'LABEL' },
      { rule: 'spam', action: 'HIDE' },
      { rule: 'sentiment-and-criticism', action: 'HIDE' },
    ]);
  });

  it('triages as a user would expect out of the box: questions await an answer, complaints are escalated not hidden, spam is hidden', async () => {
    const inbound = async (text: string) =>
      ok(await server.gql('query($ws: ID!, $text: String!) { evaluatePolicy(workspaceId: $ws, scope: INBOUND_MESSAGE, text: $text) { inbound { hide escalate labels hideWithheldForCriticism } } }', { ws: demo, text }, token)).evaluatePolicy.inbound;
    expect(await inbound('Do you deliver to Lyon?')).toMatchObject({ hide: false, labels: ['question'] });
    expect(await inbound('The delivery was two weeks late. Very disappointed.')).toMatchObject({ hide: false, escalate: true, hideWithheldForCriticism: true });
    expect(await inbound('FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc')).toMatchObject({ hide: true });
    const post = ok(await server.gql('query($ws: ID!) { evaluatePolicy(workspaceId: $ws, scope: OUTBOUND_POST, text: "The best groomers in the world, results 100% guaranteed!") { outbound } }', { ws: demo }, token));
    expect(post.evaluatePolicy.outbound).toBe('REQUIRE_APPROVAL');
  });
});
