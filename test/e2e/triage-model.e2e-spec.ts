import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createWorkspace, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const SECRET = 'whsec-triage-model';
const BUILT_IN_RULES = ['profanity', 'inclusive-language', 'inflated-claims', 'sales-pressure', 'spam', 'sentiment-and-criticism', 'banned-terms', 'question-detector', 'triage-model'];

/** One item per kind of message the triage must tell apart, in several languages, each from its own author. */
const ITEMS = {
  spam: { handle: 'growth_guru', text: 'Hey! Want 10k real followers for your page? Cheap packages, check my profile 🔥' },
  abuseFr: { handle: 'anon_fr', text: "Ta gueule espèce de connard, t'es qu'un minable" },
  threat: { handle: 'burn_it', text: 'I hope your shop burns down with you in it. I know where you live.' },
  obfuscated: { handle: 'leet', text: 'f*ck you, you id10ts' },
  abusiveComplaint: { handle: 'late_order', text: 'My order is three weeks late and nobody answers, you useless bunch of idiots' },
  criticismEs: { handle: 'pizza_es', text: 'Pedí una pizza hace dos horas y todavía no ha llegado, muy decepcionado con el servicio' },
  criticismDe: { handle: 'kaputt_de', text: 'Der Mixer ist nach zwei Wochen kaputt gegangen und niemand antwortet auf meine Mails' },
  questionDe: { handle: 'frage_de', text: 'Habt ihr am Sonntag geöffnet' },
  questionFr: { handle: 'question_fr', text: 'Est-ce que vous livrez à Lyon le samedi ?' },
  praise: { handle: 'happy', text: 'Loved the new menu, the staff were lovely. Thank you!' },
  unknownLanguage: { handle: 'polski', text: 'Zamówienie przyszło uszkodzone i nikt nie odpowiada na maile, jestem bardzo rozczarowany' },
};

const CONVERSATION = 'id escalated priority labels contact { handle } messages(first: 1) { edges { node { visibility labels body findings { rule labels confidence language spans { start end text } } } } }';

interface Finding {
  rule: string;
  labels: string[];
  confidence: number | null;
  language: string | null;
  spans: Array<{ start: number; end: number; text: string }>;
}
interface Conversation {
  escalated: boolean;
  priority: string;
  labels: string[];
  messages: { edges: Array<{ node: { visibility: string; labels: string[]; body: string; findings: Finding[] } }> };
}

/**
 * Issue #12 end to end: with the trained model's plugin loaded, a new workspace's starter policies triage
 * what arrives from the network by meaning and in several languages. Spam, abuse and threats are hidden
 * (threats escalated at URGENT, abusive complaints escalated), honest criticism is escalated and never hidden,
 * questions are labelled (never spam), praise is left alone, and a language the model does not read goes to a person.
 */
describe('triage with the trained model (sandbox network → inbox)', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspace: string;
  const conversations = new Map<string, Conversation>();

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        ...rulePlugins(BUILT_IN_RULES),
      ],
    });
    admin = await setupAdmin(server);
    workspace = await createWorkspace(server, admin, 'Casa Lucia');
    const channel = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: workspace, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } } }, admin),
    ).connectChannel.id;
    sandbox.configure({ webhook: { url: `${server.wsUrl.replace('ws://', 'http://').replace(/\/graphql$/, '')}/webhooks/${channel}`, secret: SECRET } });

    for (const [key, item] of Object.entries(ITEMS)) {
      if (key === 'criticismDe' || key === 'unknownLanguage') await sandbox.inject.dm({ text: item.text, author: { handle: item.handle } });
      else await sandbox.inject.comment({ text: item.text, author: { handle: item.handle } });
    }
    await until(`the ${Object.keys(ITEMS).length} conversations`, async () => {
      const list = ok(await server.gql(`query($ws: ID!) { conversations(workspaceId: $ws, first: 20) { edges { node { ${CONVERSATION} } } } }`, { ws: workspace }, admin)).conversations;
      for (const { node } of list.edges) if (node.messages.edges.length) conversations.set(node.contact.handle, node);
      return conversations.size === Object.keys(ITEMS).length;
    });
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  const of = (key: keyof typeof ITEMS) => conversations.get(ITEMS[key].handle)!;
  const message = (key: keyof typeof ITEMS) => of(key).messages.edges[0].node;
  const modelFindings = (key: keyof typeof ITEMS) => message(key).findings.filter((finding) => finding.rule === 'triage-model');

  it('starts the workspace with an inbox triage that uses the model instead of the English word lists', async () => {
    const policies = ok(await server.gql('query($ws: ID!) { policies(workspaceId: $ws) { edges { node { name rules { rule action args priority severityThreshold } } } } }', { ws: workspace }, admin)).policies.edges.map((edge: { node: unknown }) => edge.node);
    const inbox = policies.find((policy: { name: string }) => policy.name === 'Inbox triage');
    type Rule = { rule: string; action: string; args: { labels?: string[] }; priority: string | null; severityThreshold: string };
    expect(inbox.rules.map(({ rule, action, args, priority, severityThreshold }: Rule) => [rule, action, args.labels ?? null, priority, severityThreshold])).toEqual([
      ['triage-model', 'LABEL', ['question'], null, 'INFO'],
      // The word-list spam rule stays as a hard guarantee (shorteners, scams, copy-paste campaigns), shouting aside.
      ['spam', 'HIDE', null, null, 'MEDIUM'],
      ['triage-model', 'HIDE', ['spam', 'abuse', 'threat'], null, 'INFO'],
      ['triage-model', 'ESCALATE', ['threat', 'criticism', 'unknown_language'], null, 'INFO'],
      ['triage-model', 'SET_PRIORITY', ['threat'], 'URGENT', 'INFO'],
    ]);
  });

  it('hides spam without escalating it, and never labels it a question', () => {
    expect(message('spam').visibility).toBe('HIDDEN');
    expect(of('spam')).toMatchObject({ escalated: false });
    expect(of('spam').labels).toContain('spam');
    expect(of('spam').labels).not.toContain('question');
  });

  it('hides abuse in French and disguised insults, and explains them with spans of the original text', () => {
    expect(message('abuseFr').visibility).toBe('HIDDEN');
    expect(of('abuseFr').labels).toContain('abuse');
    expect(message('obfuscated').visibility).toBe('HIDDEN');
    const [abuse] = modelFindings('obfuscated').filter((finding) => finding.labels.includes('abuse'));
    expect(abuse.language).toBe('en');
    expect(abuse.confidence).toBeGreaterThan(0.5);
    expect(abuse.confidence).toBeLessThanOrEqual(1);
    for (const span of abuse.spans) expect(ITEMS.obfuscated.text.slice(span.start, span.end)).toBe(span.text);
    expect(abuse.spans.map((span) => span.text)).toEqual(expect.arrayContaining(['id10ts']));
  });

  it('hides a threat without swear words, escalates it and raises it to URGENT', () => {
    expect(message('threat').visibility).toBe('HIDDEN');
    expect(of('threat')).toMatchObject({ escalated: true, priority: 'URGENT' });
    expect(of('threat').labels).toEqual(expect.arrayContaining(['threat', 'abuse']));
  });

  it('hides an abusive complaint but still escalates it (the criticism guard never shields abuse)', () => {
    expect(message('abusiveComplaint').visibility).toBe('HIDDEN');
    expect(of('abusiveComplaint').escalated).toBe(true);
    expect(of('abusiveComplaint').labels).toEqual(expect.arrayContaining(['abuse', 'criticism']));
  });

  it('escalates honest criticism in Spanish and German and never hides it', () => {
    for (const key of ['criticismEs', 'criticismDe'] as const) {
      expect(message(key).visibility).toBe('VISIBLE');
      expect(of(key)).toMatchObject({ escalated: true, priority: 'HIGH' });
      expect(of(key).labels).toContain('criticism');
      expect(of(key).labels).not.toContain('abuse');
    }
    expect(modelFindings('criticismEs')[0].language).toBe('es');
    expect(modelFindings('criticismDe')[0].language).toBe('de');
  });

  it('labels questions, with or without a question mark, and leaves them visible and not escalated', () => {
    for (const key of ['questionDe', 'questionFr'] as const) {
      expect(message(key).visibility).toBe('VISIBLE');
      expect(of(key).escalated).toBe(false);
      expect(of(key).labels).toContain('question');
    }
  });

  it('leaves praise alone', () => {
    expect(message('praise').visibility).toBe('VISIBLE');
    expect(of('praise')).toMatchObject({ escalated: false, labels: [] });
    expect(message('praise').findings).toEqual([]);
  });

  it('escalates a language the model does not read for a person, without hiding it', () => {
    expect(message('unknownLanguage').visibility).toBe('VISIBLE');
    expect(of('unknownLanguage').escalated).toBe(true);
    expect(of('unknownLanguage').labels).toEqual(['unknown_language']);
    expect(modelFindings('unknownLanguage')[0]).toMatchObject({ language: 'unknown', labels: ['unknown_language'] });
  });
});
