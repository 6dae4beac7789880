import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspace setting: nobody approves a post they wrote or edited. */
export class RequireDifferentApprover1796203000000 implements MigrationInterface {
  name = 'RequireDifferentApprover1796203000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspace" ADD "require_different_approver" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "workspace" DROP COLUMN "require_different_approver"`);
  }
}
