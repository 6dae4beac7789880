import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChannelCadence1795465900783 implements MigrationInterface {
  name = 'ChannelCadence1795465900783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel" ADD "target_posts_per_week" integer`);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "policy_check" SET DEFAULT '{"outcome":"ALLOW","findings":[]}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "policy_check" SET DEFAULT '{"outcome": "ALLOW", "findings": []}'`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "target_posts_per_week"`);
  }
}
