import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reviews1795467916278 implements MigrationInterface {
  name = 'Reviews1795467916278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."dispute_status" AS ENUM('OPEN', 'SUBMITTED', 'UPHELD', 'REJECTED')`);
    await queryRunner.query(`CREATE TABLE "review_dispute" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "review_id" uuid NOT NULL, "status" "public"."dispute_status" NOT NULL DEFAULT 'OPEN', "reason" text NOT NULL, "evidence" text NOT NULL DEFAULT '', "platform_reference" character varying(300), "by_user_id" uuid, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_3d7cbc16fafa637d96ab31ca1c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6764d192638f42e990a70a5a39" ON "review_dispute"  ("review_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "review_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "review_id" uuid NOT NULL, "previous_rating" double precision NOT NULL, "previous_raw_rating" double precision NOT NULL, "previous_title" text, "previous_body" text NOT NULL, "edited_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1575d25e9feffaab5826d6e405a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_42b068af8d8eead17b9c4f6133" ON "review_revision"  ("review_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "review_settings" ("workspace_id" uuid NOT NULL, "low_rating_threshold" smallint NOT NULL DEFAULT '2', "watched_names" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_3ecc3c538dd65c11bad795b1c4f" PRIMARY KEY ("workspace_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."sentiment_label" AS ENUM('POSITIVE', 'NEUTRAL', 'NEGATIVE')`);
    await queryRunner.query(`CREATE TYPE "public"."review_reply_status" AS ENUM('DRAFT', 'PENDING_APPROVAL', 'QUEUED', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "external_id" character varying(300) NOT NULL, "rating" double precision NOT NULL, "raw_rating" double precision NOT NULL, "title" text, "body" text NOT NULL, "language" character varying(35), "source_created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "source_updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "sentiment" "public"."sentiment_label" NOT NULL DEFAULT 'NEUTRAL', "sentiment_score" smallint NOT NULL DEFAULT '0', "labels" text array NOT NULL DEFAULT '{}', "flags" text array NOT NULL DEFAULT '{}', "urgent" boolean NOT NULL DEFAULT false, "suspicion" double precision NOT NULL DEFAULT '0', "suspicion_reasons" jsonb NOT NULL DEFAULT '[]', "findings" jsonb NOT NULL DEFAULT '[]', "author_external_id" character varying(300) NOT NULL, "author_handle" character varying(300) NOT NULL, "author_name" character varying(300), "reply_body" text, "reply_status" "public"."review_reply_status", "reply_revision" integer NOT NULL DEFAULT '0', "reply_sent_at" TIMESTAMP(3) WITH TIME ZONE, "reply_by_user_id" uuid, "reply_error" text, "reply_external_id" character varying(300), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3110d999154d0d79c0266f3045" ON "review"  ("channel_id", "author_external_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2369633cdf368b845cdc0f2a32" ON "review"  ("workspace_id", "source_created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dfd9f0a56fd12429310d39ad91" ON "review"  ("channel_id", "external_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_dfd9f0a56fd12429310d39ad91"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2369633cdf368b845cdc0f2a32"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3110d999154d0d79c0266f3045"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TYPE "public"."review_reply_status"`);
    await queryRunner.query(`DROP TYPE "public"."sentiment_label"`);
    await queryRunner.query(`DROP TABLE "review_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_42b068af8d8eead17b9c4f6133"`);
    await queryRunner.query(`DROP TABLE "review_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6764d192638f42e990a70a5a39"`);
    await queryRunner.query(`DROP TABLE "review_dispute"`);
    await queryRunner.query(`DROP TYPE "public"."dispute_status"`);
  }
}
