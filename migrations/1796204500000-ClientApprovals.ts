import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Client approval: the workspace's approval mode and rule (and report
 * recipients), each post's standing with the client, the client's address on
 * its history, the requests with their reviewers' hashed link tokens and
 * decisions, and the outbox of outgoing mail.
 */
export class ClientApprovals1796204500000 implements MigrationInterface {
  name = 'ClientApprovals1796204500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."workspace_approval_mode" AS ENUM('INTERNAL_ONLY', 'INTERNAL_THEN_CLIENT', 'CLIENT_ONLY')`);
    await queryRunner.query(`CREATE TYPE "public"."client_approval_rule" AS ENUM('ALL_MUST_APPROVE', 'ANY')`);
    await queryRunner.query(`ALTER TABLE "workspace" ADD "approval_mode" "public"."workspace_approval_mode" NOT NULL DEFAULT 'INTERNAL_ONLY'`);
    await queryRunner.query(`ALTER TABLE "workspace" ADD "client_approval_rule" "public"."client_approval_rule" NOT NULL DEFAULT 'ALL_MUST_APPROVE'`);
    await queryRunner.query(`ALTER TABLE "workspace" ADD "report_recipients" text array NOT NULL DEFAULT '{}'`);

    await queryRunner.query(`CREATE TYPE "public"."post_client_approval_status" AS ENUM('NOT_REQUESTED', 'PENDING', 'APPROVED', 'CHANGES_REQUESTED', 'EXPIRED')`);
    await queryRunner.query(`ALTER TABLE "post" ADD "client_approval_status" "public"."post_client_approval_status" NOT NULL DEFAULT 'NOT_REQUESTED'`);
    await queryRunner.query(`ALTER TABLE "post" ADD "client_approval_request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "post_activity" ADD "client_email" character varying(320)`);

    await queryRunner.query(
      `CREATE TABLE "client_approval_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "requested_by_id" uuid, "post_ids" uuid array NOT NULL, "message" text, "rule" "public"."client_approval_rule" NOT NULL, "time_zone" character varying(64) NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP(3) WITH TIME ZONE, "deadline_processed_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_client_approval_request" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_client_approval_request_workspace_created" ON "client_approval_request" ("workspace_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_client_approval_request_deadline" ON "client_approval_request" ("deadline") WHERE "deadline_processed_at" IS NULL AND "revoked_at" IS NULL`);

    await queryRunner.query(
      `CREATE TABLE "client_approval_recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "request_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "token_hash" character varying(64) NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "last_opened_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_client_approval_recipient" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_client_approval_recipient_request_email" ON "client_approval_recipient" ("request_id", "email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_client_approval_recipient_token_hash" ON "client_approval_recipient" ("token_hash") `);

    await queryRunner.query(`CREATE TYPE "public"."client_decision" AS ENUM('APPROVED', 'CHANGES_REQUESTED')`);
    await queryRunner.query(
      `CREATE TABLE "client_approval_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "request_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "post_id" uuid NOT NULL, "decision" "public"."client_decision" NOT NULL, "comment" text, CONSTRAINT "PK_client_approval_decision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_client_approval_decision_recipient_post" ON "client_approval_decision" ("recipient_id", "post_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_client_approval_decision_request_post" ON "client_approval_decision" ("request_id", "post_id") `);

    await queryRunner.query(`CREATE TYPE "public"."outbox_mail_status" AS ENUM('PENDING', 'SENT', 'LOGGED', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "outbox_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "to" text array NOT NULL, "subject" character varying(300) NOT NULL, "text" text, "attachments" jsonb NOT NULL DEFAULT '[]', "purpose" character varying(60) NOT NULL, "status" "public"."outbox_mail_status" NOT NULL DEFAULT 'PENDING', "error" text, "sent_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_outbox_mail" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_outbox_mail_workspace_created" ON "outbox_mail" ("workspace_id", "created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_mail"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_mail_status"`);
    await queryRunner.query(`DROP TABLE "client_approval_decision"`);
    await queryRunner.query(`DROP TYPE "public"."client_decision"`);
    await queryRunner.query(`DROP TABLE "client_approval_recipient"`);
    await queryRunner.query(`DROP TABLE "client_approval_request"`);
    await queryRunner.query(`ALTER TABLE "post_activity" DROP COLUMN "client_email"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "client_approval_request_id"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "client_approval_status"`);
    await queryRunner.query(`DROP TYPE "public"."post_client_approval_status"`);
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "report_recipients"`);
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "client_approval_rule"`);
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "approval_mode"`);
    await queryRunner.query(`DROP TYPE "public"."client_approval_rule"`);
    await queryRunner.query(`DROP TYPE "public"."workspace_approval_mode"`);
  }
}
