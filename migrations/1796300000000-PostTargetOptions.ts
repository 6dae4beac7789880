import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-post network options on each target (e.g. Mastodon's visibility), checked against the driver's postOptionsSchema. */
export class PostTargetOptions1796300000000 implements MigrationInterface {
  name = 'PostTargetOptions1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_target" ADD "options" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_target" DROP COLUMN "options"`);
  }
}
