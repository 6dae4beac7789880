import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Inbox1795466279025 implements MigrationInterface {
  name = 'Inbox1795466279025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "external_id" character varying(300) NOT NULL, "handle" character varying(300) NOT NULL, "name" character varying(300), "avatar_url" text, CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_437c45c96f84c09e7ae85d4d26" ON "contact"  ("channel_id", "external_id") `);
    await queryRunner.query(`CREATE TYPE "public"."conversation_kind" AS ENUM('COMMENT_THREAD', 'MENTION', 'DIRECT_MESSAGE')`);
    await queryRunner.query(`CREATE TYPE "public"."conversation_status" AS ENUM('OPEN', 'PENDING', 'SNOOZED', 'RESOLVED')`);
    await queryRunner.query(`CREATE TYPE "public"."priority" AS ENUM('LOW', 'NORMAL', 'HIGH', 'URGENT')`);
    await queryRunner.query(`CREATE TABLE "conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "thread_external_id" character varying(300) NOT NULL, "kind" "public"."conversation_kind" NOT NULL, "post_target_id" uuid, "contact_id" uuid NOT NULL, "status" "public"."conversation_status" NOT NULL DEFAULT 'OPEN', "priority" "public"."priority" NOT NULL DEFAULT 'NORMAL', "assignee_id" uuid, "labels" text array NOT NULL DEFAULT '{}', "escalated" boolean NOT NULL DEFAULT false, "awaiting_answer" boolean NOT NULL DEFAULT false, "waiting_since" TIMESTAMP(3) WITH TIME ZONE, "first_response_at" TIMESTAMP(3) WITH TIME ZONE, "first_inbound_at" TIMESTAMP(3) WITH TIME ZONE, "last_message_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "snoozed_until" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_864528ec4274360a40f66c29845" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_16d31e60c3424a5258aaa14396" ON "conversation"  ("workspace_id", "status", "waiting_since") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_421b8b39ffb91d3236a0b166b0" ON "conversation"  ("channel_id", "thread_external_id") `);
    await queryRunner.query(`CREATE TYPE "public"."message_direction" AS ENUM('INBOUND', 'OUTBOUND', 'NOTE')`);
    await queryRunner.query(`CREATE TYPE "public"."message_visibility" AS ENUM('VISIBLE', 'HIDDEN')`);
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('PENDING_APPROVAL', 'QUEUED', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "conversation_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "direction" "public"."message_direction" NOT NULL, "external_id" character varying(300), "in_reply_to_external_id" character varying(300), "contact_id" uuid, "author_user_id" uuid, "body" text NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "visibility" "public"."message_visibility" NOT NULL DEFAULT 'VISIBLE', "labels" text array NOT NULL DEFAULT '{}', "findings" jsonb NOT NULL DEFAULT '[]', "delivery_status" "public"."delivery_status", "delivery_error" text, CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f21c8a866b3ba501f91518ca33" ON "message"  ("conversation_id", "sent_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f04c2a2c971991a4132d363832" ON "message"  ("channel_id", "external_id") WHERE "external_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_cursor" text`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "last_synced_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "policy_check" SET DEFAULT '{"outcome":"ALLOW","findings":[]}'`);
    await queryRunner.query(`ALTER TABLE "conversation" ADD CONSTRAINT "FK_497e6b0cfc02cd94483f194b8bc" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "FK_497e6b0cfc02cd94483f194b8bc"`);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "policy_check" SET DEFAULT '{"outcome": "ALLOW", "findings": []}'`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "last_synced_at"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_cursor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f04c2a2c971991a4132d363832"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f21c8a866b3ba501f91518ca33"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP TYPE "public"."message_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."message_direction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_421b8b39ffb91d3236a0b166b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16d31e60c3424a5258aaa14396"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
    await queryRunner.query(`DROP TYPE "public"."conversation_status"`);
    await queryRunner.query(`DROP TYPE "public"."conversation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_437c45c96f84c09e7ae85d4d26"`);
    await queryRunner.query(`DROP TABLE "contact"`);
  }
}
