import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CannedReplies1795468166338 implements MigrationInterface {
  name = 'CannedReplies1795468166338';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "canned_reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_41a5b791f1f2aceadc8a3bb0829" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dc2c0a391615754f6d542a5203" ON "canned_reply"  ("workspace_id", "name") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_dc2c0a391615754f6d542a5203"`);
    await queryRunner.query(`DROP TABLE "canned_reply"`);
  }
}
