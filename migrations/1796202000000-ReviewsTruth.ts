import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reviews tell the truth: disputes are reported on the queue (QUEUED, then
 * SUBMITTED or FAILED with the reason), and flags keep a history of who put
 * them on or took them off.
 */
export class ReviewsTruth1796202000000 implements MigrationInterface {
  name = 'ReviewsTruth1796202000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // New values are not used in this transaction, so ADD VALUE may run inside it.
    await queryRunner.query(`ALTER TYPE "public"."dispute_status" ADD VALUE 'QUEUED' BEFORE 'SUBMITTED'`);
    await queryRunner.query(`ALTER TYPE "public"."dispute_status" ADD VALUE 'FAILED' BEFORE 'UPHELD'`);
    await queryRunner.query(`ALTER TABLE "review_dispute" ADD "error" text`);
    await queryRunner.query(`CREATE TYPE "public"."review_flag_action" AS ENUM('ADDED', 'REMOVED')`);
    await queryRunner.query(`CREATE TABLE "review_flag_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "review_id" uuid NOT NULL, "flag" character varying(200) NOT NULL, "action" "public"."review_flag_action" NOT NULL, "by_user_id" uuid, "by_suspicion_check" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_da3e09cfe8a834057785709c8a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3527d65ed42b6e5e30f518a695" ON "review_flag_change" ("review_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3527d65ed42b6e5e30f518a695"`);
    await queryRunner.query(`DROP TABLE "review_flag_change"`);
    await queryRunner.query(`DROP TYPE "public"."review_flag_action"`);
    await queryRunner.query(`ALTER TABLE "review_dispute" DROP COLUMN "error"`);
    // PostgreSQL cannot drop enum values: rebuild the type, turning the new states into OPEN (not reported by Rapport).
    await queryRunner.query(`UPDATE "review_dispute" SET "status" = 'OPEN' WHERE "status" IN ('QUEUED', 'FAILED')`);
    await queryRunner.query(`ALTER TYPE "public"."dispute_status" RENAME TO "dispute_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."dispute_status" AS ENUM('OPEN', 'SUBMITTED', 'UPHELD', 'REJECTED')`);
    await queryRunner.query(`ALTER TABLE "review_dispute" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "review_dispute" ALTER COLUMN "status" TYPE "public"."dispute_status" USING "status"::"text"::"public"."dispute_status"`);
    await queryRunner.query(`ALTER TABLE "review_dispute" ALTER COLUMN "status" SET DEFAULT 'OPEN'`);
    await queryRunner.query(`DROP TYPE "public"."dispute_status_old"`);
  }
}
