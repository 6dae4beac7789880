import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactConversations1796400000000 implements MigrationInterface {
  name = 'ContactConversations1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_497e6b0cfc02cd94483f194b8b" ON "conversation"  ("contact_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_497e6b0cfc02cd94483f194b8b"`);
  }
}
