import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One sync run at a time per channel, by a lease on its row (no database connection held while it runs). */
export class ChannelSyncLease1796208000001 implements MigrationInterface {
  name = 'ChannelSyncLease1796208000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_run_id" uuid`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_lease_until" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_lease_until"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_run_id"`);
  }
}
