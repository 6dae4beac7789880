import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks: endpoints (URL, event types, encrypted Standard Webhooks
 * secrets, failure streak, disabling) and their delivery log.
 */
export class OutboundWebhooks1796206000000 implements MigrationInterface {
  name = 'OutboundWebhooks1796206000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "url" text NOT NULL, "description" character varying(500) NOT NULL DEFAULT '', "event_types" text array NOT NULL, "secrets_encrypted" text NOT NULL, "previous_secret_expires_at" TIMESTAMP(3) WITH TIME ZONE, "enabled" boolean NOT NULL DEFAULT true, "disabled_at" TIMESTAMP(3) WITH TIME ZONE, "disabled_reason" text, "failing_since" TIMESTAMP(3) WITH TIME ZONE, "consecutive_failures" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fa1b5f2b928306cae9ca28ef0b" ON "webhook_endpoint"  ("workspace_id")`);
    await queryRunner.query(`CREATE TYPE "public"."webhook_delivery_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(100) NOT NULL, "payload" text NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "response_status" integer, "latency_ms" integer, "response_excerpt" text, "last_error" text, "redelivery_of_id" uuid, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_555f428bf85a02be8290632297" ON "webhook_delivery"  ("status", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_e5d8cd6dd4dea3a47de2166f10" ON "webhook_delivery"  ("endpoint_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_fa1b5f2b928306cae9ca28ef0b0" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_f53f5aec02217a54927b13e39d9" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_f53f5aec02217a54927b13e39d9"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_fa1b5f2b928306cae9ca28ef0b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5d8cd6dd4dea3a47de2166f10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_555f428bf85a02be8290632297"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fa1b5f2b928306cae9ca28ef0b"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
  }
}
