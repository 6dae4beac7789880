import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset pages read only the rows they return: each list's index ends with
 * its sort key and `id`, so PostgreSQL walks it in order with no sort step
 * (before, a page of reviews or of a conversation's messages re-sorted rows
 * sharing a timestamp). The inbox's default order (waiting longest, never
 * waiting last) sorts by an expression, so its index is on that expression.
 */
export class ListIndexes1796217000000 implements MigrationInterface {
  name = 'ListIndexes1796217000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2369633cdf368b845cdc0f2a32"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f21c8a866b3ba501f91518ca33"`);
    await queryRunner.query(`CREATE INDEX "IDX_9ab0de6892f0b5137422e0a350" ON "review" ("workspace_id", "source_created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3f63ab49c671855343e2c25aa7" ON "message" ("conversation_id", "sent_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dad799af4ad1f73cf1ad4694fd" ON "conversation" ("workspace_id", "last_message_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_conversation_waiting_order" ON "conversation" ("workspace_id", (coalesce("waiting_since", 'infinity'::timestamptz)), "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_conversation_waiting_order"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dad799af4ad1f73cf1ad4694fd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f63ab49c671855343e2c25aa7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ab0de6892f0b5137422e0a350"`);
    await queryRunner.query(`CREATE INDEX "IDX_f21c8a866b3ba501f91518ca33" ON "message" ("conversation_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_2369633cdf368b845cdc0f2a32" ON "review" ("workspace_id", "source_created_at") `);
  }
}
