import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Network side effects tell the truth: each message records the latest thing
 * asked of its network (send, hide, unhide, delete), its state and why it
 * failed; inbound messages know their kind (what a network can hide depends
 * on it); and one network account is connected at most once per workspace and
 * type. Existing duplicates keep their oldest channel: the others are disabled
 * and say why, and lose their account id so the unique index holds.
 */
export class NetworkSideEffects1796201000000 implements MigrationInterface {
  name = 'NetworkSideEffects1796201000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."message_kind" AS ENUM('comment', 'mention', 'direct_message')`);
    await queryRunner.query(`ALTER TABLE "message" ADD "kind" "public"."message_kind"`);
    await queryRunner.query(
      `UPDATE message m SET kind = (CASE c.kind WHEN 'COMMENT_THREAD' THEN 'comment' WHEN 'MENTION' THEN 'mention' ELSE 'direct_message' END)::"public"."message_kind"
         FROM conversation c WHERE c.id = m.conversation_id AND m.direction = 'INBOUND'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."network_action" AS ENUM('SEND', 'HIDE', 'UNHIDE', 'DELETE')`);
    await queryRunner.query(`CREATE TYPE "public"."network_effect_state" AS ENUM('PENDING', 'DONE', 'FAILED', 'NOT_SUPPORTED')`);
    await queryRunner.query(`ALTER TABLE "message" ADD "network_action" "public"."network_action"`);
    await queryRunner.query(`ALTER TABLE "message" ADD "network_state" "public"."network_effect_state"`);
    await queryRunner.query(`ALTER TABLE "message" ADD "network_error" text`);
    await queryRunner.query(`ALTER TABLE "message" ADD "network_error_classification" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "message" ADD "network_updated_at" TIMESTAMP(3) WITH TIME ZONE`);
    // Replies already sent or failed say so in the new shape too (their classification was not kept).
    await queryRunner.query(
      `UPDATE message SET network_action = 'SEND', network_state = (CASE delivery_status WHEN 'SENT' THEN 'DONE' ELSE 'FAILED' END)::"public"."network_effect_state",
              network_error = delivery_error, network_updated_at = updated_at
        WHERE direction = 'OUTBOUND' AND delivery_status IN ('SENT', 'FAILED')`,
    );

    await queryRunner.query(
      `WITH ranked AS (
         SELECT id, row_number() OVER (PARTITION BY workspace_id, type, external_account_id ORDER BY created_at, id) AS n
           FROM channel WHERE external_account_id IS NOT NULL)
       UPDATE channel c SET status = 'DISABLED', external_account_id = NULL,
              status_reason = 'Disabled on upgrade: the same account is connected as another channel of this workspace, so every item arrived twice. Disconnect this one.'
         FROM ranked r WHERE r.id = c.id AND r.n > 1`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_channel_workspace_type_account" ON "channel" ("workspace_id", "type", "external_account_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_channel_workspace_type_account"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "network_updated_at"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "network_error_classification"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "network_error"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "network_state"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "network_action"`);
    await queryRunner.query(`DROP TYPE "public"."network_effect_state"`);
    await queryRunner.query(`DROP TYPE "public"."network_action"`);
    await queryRunner.query(`ALTER TABLE "message" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TYPE "public"."message_kind"`);
  }
}
