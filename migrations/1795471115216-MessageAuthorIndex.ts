import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageAuthorIndex1795471115216 implements MigrationInterface {
  name = 'MessageAuthorIndex1795471115216';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_e69235be92fd2e8dca23796599" ON "message"  ("contact_id", "sent_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e69235be92fd2e8dca23796599"`);
  }
}
