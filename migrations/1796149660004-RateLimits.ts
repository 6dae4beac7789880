import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters of rate-limiter-flexible's PostgreSQL store (auth/rate-limits.ts), shared by every replica. */
export class RateLimits1796149660004 implements MigrationInterface {
  name = 'RateLimits1796149660004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_rate_limit_key" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_expire" ON "rate_limit" ("expire") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
