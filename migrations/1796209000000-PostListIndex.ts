import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The posts list pages a workspace's posts in creation order: (workspace_id, created_at, id) serves it. */
export class PostListIndex1796209000000 implements MigrationInterface {
  name = 'PostListIndex1796209000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_1c43257fdaf341f2616676699c" ON "post" ("workspace_id", "created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_1c43257fdaf341f2616676699c"`);
  }
}
