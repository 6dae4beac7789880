import { DataSource } from 'typeorm';
import { entitiesFrom, readEntities, selectColumns } from '../../apps/server/src/common/entity-rows.js';
import { rapportTypes } from '../../apps/server/src/database/timestamptz.js';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

/**
 * The lists read their rows through readEntities (TypeORM builds the SQL, a mapping made once per entity turns
 * rows into entities), and the session lookup through selectColumns + entitiesFrom. Whatever the columns hold
 * (nulls, embedded objects, enum arrays, JSON, text arrays, dates), both must give exactly what TypeORM's own
 * getMany() gives, for every table.
 */
describe('entity rows read without TypeORM\'s hydration', () => {
  let server: TestServer;
  let dataSource: DataSource;

  beforeAll(async () => {
    server = await createTestServer();
    dataSource = server.app.get(DataSource);
    const token = await setupAdmin(server);
    const ws = await createWorkspace(server, token, 'Rows');
    const [channel] = await server.sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES ($1, 'sandbox', 'NETWORK', 'S', 'x') RETURNING id`, [ws]);
    const [contact] = await server.sql(`INSERT INTO contact (workspace_id, channel_id, external_id, handle, name) VALUES ($1, $2, 'a-1', 'ann', NULL) RETURNING id`, [ws, channel.id]);
    const [conversation] = await server.sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at, labels) VALUES ($1, $2, 't-1', 'COMMENT_THREAD', $3, now(), '{question,"with, comma"}') RETURNING id`,
      [ws, channel.id, contact.id],
    );
    await server.sql(`INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, contact_id, body, sent_at) VALUES ($1, $2, $3, 'INBOUND', 'm-1', $4, 'Hello "there"', now())`, [ws, conversation.id, channel.id, contact.id]);
    const post = ok(await server.gql('mutation($ws: ID!, $c: [ID!]!) { createPost(input: { workspaceId: $ws, body: "Spring sale", channelIds: $c, tags: ["a", "b"] }) { id } }', { ws, c: [channel.id] }, token)).createPost;
    await server.sql(`UPDATE post_target SET variant_text = NULL, options = '[{"name":"visibility","value":"unlisted"}]' WHERE post_id = $1`, [post.id]);
    await server.sql(
      `INSERT INTO review (workspace_id, channel_id, external_id, author_external_id, author_handle, author_name, rating, raw_rating, body, source_created_at, source_updated_at, labels, suspicion_reasons, reply_body, reply_status)
       VALUES ($1, $2, 'r-1', 'u-1', 'bob', 'Bob', 4.5, 9, 'Good', now(), now(), '{criticism}', '[{"signal":"BURST","weight":0.25}]', 'Thanks', 'SENT'),
              ($1, $2, 'r-2', 'u-2', 'eve', NULL, 1, 1, 'Bad', now(), now(), '{}', '[]', NULL, NULL)`,
      [ws, channel.id],
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  it('gives what getMany() gives, field for field and class for class, on every table with rows, from a query builder or hand-written SQL', async () => {
    const compared: string[] = [];
    for (const metadata of dataSource.entityMetadatas) {
      const query = () => dataSource.getRepository(metadata.target).createQueryBuilder('row').orderBy('row.id', 'ASC').take(50);
      if (!metadata.primaryColumns.some((column) => column.propertyName === 'id')) continue;
      const expected = await query().getMany();
      if (!expected.length) continue;
      const actual = await readEntities(query());
      expect(actual).toEqual(expected);
      actual.forEach((entity, index) => {
        expect(Object.getPrototypeOf(entity)).toBe(Object.getPrototypeOf(expected[index]));
        expect(Object.keys(entity).sort()).toEqual(Object.keys(expected[index]).sort());
      });
      // Hand-written SQL selecting the same columns reads back the same entities.
      const rows = await dataSource.query(`SELECT ${selectColumns(dataSource, metadata.target, 'r')} FROM "${metadata.tableName}" r ORDER BY r.id LIMIT 50`);
      expect(entitiesFrom(dataSource, metadata.target, 'r', rows)).toEqual(expected);
      compared.push(metadata.tableName);
    }
    expect(compared).toEqual(expect.arrayContaining(['post', 'post_target', 'conversation', 'contact', 'message', 'review', 'channel', 'workspace', 'user']));
  });

  it('falls back to getMany() for a query with joins, so the joined relation is still filled in', async () => {
    const query = dataSource.getRepository('Post').createQueryBuilder('post').leftJoinAndSelect('post.targets', 'target');
    const [post] = await readEntities(query);
    expect(post.targets).toHaveLength(1);
    expect(post.targets[0].options).toEqual([{ name: 'visibility', value: 'unlisted' }]);
  });

  it('reads timestamptz (with its own parser, database/timestamptz.ts) as the same instant whatever the session time zone', async () => {
    expect((dataSource.options.extra as { types: unknown }).types).toBe(rapportTypes);
    for (const zone of ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'Europe/Amsterdam']) {
      await dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL TIME ZONE '${zone}'`);
        const [row] = await manager.query(`SELECT timestamptz '2026-12-06 00:09:45.176543+00' AS t, timestamptz '1890-03-01 12:00:00+00' AS old, 'infinity'::timestamptz AS never`);
        expect([row.t.toISOString(), row.old.toISOString(), row.never]).toEqual(['2026-12-06T00:09:45.176Z', '1890-03-01T12:00:00.000Z', Infinity]);
      });
    }
  });

  it('reads inside a transaction through its query runner, seeing its uncommitted rows', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE review SET body = 'Changed' WHERE external_id = 'r-1'`);
      const [review] = await readEntities(manager.getRepository('Review').createQueryBuilder('review').where('review.externalId = :id', { id: 'r-1' }));
      expect(review.body).toBe('Changed');
      throw new Error('roll back');
    }).catch((error: Error) => expect(error.message).toBe('roll back'));
    const [review] = await readEntities(dataSource.getRepository('Review').createQueryBuilder('review').where('review.externalId = :id', { id: 'r-1' }));
    expect(review.body).toBe('Good');
  });
});
