import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A sync asked for while another run holds the channel makes that run go round once more (not dropped). */
export class ChannelSyncRerun1796500000000 implements MigrationInterface {
  name = 'ChannelSyncRerun1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_rerun_requested" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_rerun_requested"`);
  }
}
