import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Posts1795465676752 implements MigrationInterface {
  name = 'Posts1795465676752';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "post_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "post_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "actor_id" uuid, "detail" text, CONSTRAINT "PK_e4b2f3a3648300bf3aa90f8a5e0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c72ce626f6bd94b1dc0aa62604" ON "post_activity"  ("post_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."post_target_status" AS ENUM('PENDING', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "post_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "post_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "variant_text" text, "status" "public"."post_target_status" NOT NULL DEFAULT 'PENDING', "external_id" character varying(300), "url" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "published_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_f4d2d44d2ad91bc656e82da7b04" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c85c30c81ae4e9e947a5751780" ON "post_target"  ("post_id", "channel_id") `);
    await queryRunner.query(`CREATE TYPE "public"."post_kind" AS ENUM('GENERAL', 'PROMOTIONAL')`);
    await queryRunner.query(`CREATE TYPE "public"."post_status" AS ENUM('DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED', 'FAILED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "media" jsonb NOT NULL DEFAULT '[]', "tags" text array NOT NULL DEFAULT '{}', "kind" "public"."post_kind" NOT NULL DEFAULT 'GENERAL', "status" "public"."post_status" NOT NULL DEFAULT 'DRAFT', "scheduled_at" TIMESTAMP(3) WITH TIME ZONE, "requires_approval" boolean NOT NULL DEFAULT false, "policy_check" jsonb NOT NULL DEFAULT '{"outcome":"ALLOW","findings":[]}', CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c04b263860e3361c2fe78bf916" ON "post"  ("workspace_id", "scheduled_at") `);
    await queryRunner.query(`ALTER TABLE "workspace" ADD "post_approval_required" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "post_target" ADD CONSTRAINT "FK_fff3e33436e095bf4eafeb1ee9e" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_target" ADD CONSTRAINT "FK_61f95980731ddf002aa9f53a5e1" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_f98e0e2746a82304bcf966578e9" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_f98e0e2746a82304bcf966578e9"`);
    await queryRunner.query(`ALTER TABLE "post_target" DROP CONSTRAINT "FK_61f95980731ddf002aa9f53a5e1"`);
    await queryRunner.query(`ALTER TABLE "post_target" DROP CONSTRAINT "FK_fff3e33436e095bf4eafeb1ee9e"`);
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "post_approval_required"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c04b263860e3361c2fe78bf916"`);
    await queryRunner.query(`DROP TABLE "post"`);
    await queryRunner.query(`DROP TYPE "public"."post_status"`);
    await queryRunner.query(`DROP TYPE "public"."post_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c85c30c81ae4e9e947a5751780"`);
    await queryRunner.query(`DROP TABLE "post_target"`);
    await queryRunner.query(`DROP TYPE "public"."post_target_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c72ce626f6bd94b1dc0aa62604"`);
    await queryRunner.query(`DROP TABLE "post_activity"`);
  }
}
