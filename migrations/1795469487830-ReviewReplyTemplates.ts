import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewReplyTemplates1795469487830 implements MigrationInterface {
  name = 'ReviewReplyTemplates1795469487830';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_reply_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "min_rating" integer NOT NULL, "max_rating" integer NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_f89304ea4e4efece0b429272eae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_334c3f026e634aed3c207f7455" ON "review_reply_template"  ("workspace_id", "name") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_334c3f026e634aed3c207f7455"`);
    await queryRunner.query(`DROP TABLE "review_reply_template"`);
  }
}
