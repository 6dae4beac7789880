import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox's "reply held" filter reads the few replies waiting for an ADMIN through a partial index. */
export class HeldReplies1796600000000 implements MigrationInterface {
  name = 'HeldReplies1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_message_held_replies" ON "message"  ("workspace_id", "conversation_id") WHERE "delivery_status" = 'PENDING_APPROVAL'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_message_held_replies"`);
  }
}
