import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createMember, createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** Just enough of an SMTP server (RFC 5321, no TLS, no auth) for nodemailer: it records what it receives, and refuses recipients at refused.test. */
function fakeSmtp(): Promise<{ server: Server; port: number; received: ReceivedMail[] }> {
  const received: ReceivedMail[] = [];
  const server = createServer((socket: Socket) => {
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    let inData = false;
    let buffer = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.smtp.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: '', to: [], data: '' };
          reply('250 2.0.0 queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 fake.smtp.test');
        else if (verb === 'MAIL') (mail.from = line.slice(10)), reply('250 2.1.0 ok');
        else if (verb === 'RCPT') line.includes('@refused.test') ? reply('550 5.1.1 no such user') : (mail.to.push(line.slice(8)), reply('250 2.1.5 ok'));
        else if (verb === 'DATA') (inData = true), reply('354 end with <CRLF>.<CRLF>');
        else if (verb === 'RSET') (mail = { from: '', to: [], data: '' }), reply('250 ok');
        else if (verb === 'QUIT') reply('221 bye'), socket.end();
        else reply('250 ok');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, received })));
}

/**
 * The mail transport with RAPPORT_SMTP_URL: a client approval link is sent
 * over SMTP (quoted-printable decoded, it opens the page), the outbox keeps
 * no text once sent, and a refused mail is retried, then FAILED and kept
 * among the failed jobs.
 */
describe('mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let editor: string;
  let workspaceId: string;
  let postId: string;

  const outbox = async () =>
    ok(await server.gql('query($ws: ID!) { outboxMails(workspaceId: $ws) { edges { node { to status text error sentAt } } } }', { ws: workspaceId }, admin)).outboxMails.edges.map((e: any) => e.node) as Array<{ to: string[]; status: string; text: string | null; error: string | null; sentAt: string | null }>;
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    smtp = await fakeSmtp();
    sandbox = await startSandboxNetwork();
    server = await createTestServer(
      { RAPPORT_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, RAPPORT_MAIL_FROM: 'Agency <approvals@agency.test>', RAPPORT_JOB_RETRY_DELAY_SECONDS: '0', RAPPORT_JOB_POLLING_SECONDS: '0.5' },
      { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] },
    );
    const root = await setupAdmin(server);
    workspaceId = await createWorkspace(server, root, 'Smtp Bakery');
    admin = await createMember(server, root, workspaceId, 'admin@smtp.test', 'ADMIN');
    editor = await createMember(server, root, workspaceId, 'editor@smtp.test', 'EDITOR');
    ok(await server.gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, approvalMode: 'CLIENT_ONLY' } }, admin));
    const channel = ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Main', credentials: { accessToken: sandbox.accessToken } } }, root)).connectChannel.id;
    postId = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Rye bread', channelIds: [channel] } }, editor)).createPost.id;
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await sandbox.close();
    await new Promise((r) => smtp.server.close(r));
  });

  it('sends the link over SMTP and keeps no copy of it once sent', async () => {
    ok(await server.gql('mutation($input: RequestClientApprovalInput!) { requestClientApproval(input: $input) { id } }', { input: { workspaceId, postIds: [postId], emails: ['anna@client.test'] } }, editor));
    const mails = await until(outbox, (m) => m.some((mail) => mail.status === 'SENT'));
    expect(mails).toEqual([expect.objectContaining({ to: ['anna@client.test'], status: 'SENT', text: null, error: null })]);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['<anna@client.test>']);
    expect(mail.from).toBe('<approvals@agency.test>');
    expect(mail.data).toContain('Subject: Smtp Bakery: please review a post before it is published');
    // Quoted-printable soft line breaks and escapes undone, as a mail client does.
    const body = mail.data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = body.match(/\/client\/approve\/(ca_[\w-]{43})/)![0];
    const page = await server.http.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Rye bread');
    const [row] = await server.sql('SELECT text FROM outbox_mail');
    expect(row.text).toBeNull();
  });

  it('retries a mail the server refuses, then marks it FAILED and keeps the job for ADMINs', async () => {
    ok(await server.gql('mutation($input: RequestClientApprovalInput!) { requestClientApproval(input: $input) { id } }', { input: { workspaceId, postIds: [postId], emails: ['nobody@refused.test'] } }, editor));
    const mails = await until(outbox, (m) => m.some((mail) => mail.to[0] === 'nobody@refused.test' && mail.status === 'FAILED'));
    expect(mails.find((mail) => mail.to[0] === 'nobody@refused.test')).toMatchObject({ status: 'FAILED', error: expect.stringContaining('550') });
    const failed = await until(
      async () => ok(await server.gql('query($ws: ID!) { failedJobs(workspaceId: $ws) { edges { node { kind attempts } } } }', { ws: workspaceId }, admin)).failedJobs.edges.map((e: any) => e.node),
      (jobs: unknown[]) => jobs.length > 0,
    );
    expect(failed).toEqual([{ kind: 'send-mail', attempts: 9 }]);
  });
});
