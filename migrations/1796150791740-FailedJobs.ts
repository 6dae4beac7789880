import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Jobs that failed for good (their retries exhausted, or not retryable), kept until an ADMIN retries or discards them. */
export class FailedJobs1796150791740 implements MigrationInterface {
  name = 'FailedJobs1796150791740';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "failed_job" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "kind" character varying(100) NOT NULL, "data" jsonb NOT NULL, "last_error" text, "attempts" integer NOT NULL, "failed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_80c464e5e96567a752cd3d87298" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cb8bfb950ec6396c4d3bbb5a0f" ON "failed_job" ("workspace_id", "failed_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_cb8bfb950ec6396c4d3bbb5a0f"`);
    await queryRunner.query(`DROP TABLE "failed_job"`);
  }
}
