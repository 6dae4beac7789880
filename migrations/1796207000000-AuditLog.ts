import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log: one row per change to a workspace's configuration or access, listed newest first and deleted after the retention period. */
export class AuditLog1796207000000 implements MigrationInterface {
  name = 'AuditLog1796207000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "actor_type" character varying(20) NOT NULL, "actor_id" uuid, "action" character varying(100) NOT NULL, "entity_type" character varying(100) NOT NULL, "entity_id" character varying(200) NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "ip" character varying(64), "user_agent" character varying(512), "request_id" character varying(128), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_workspace_created" ON "audit_entry" ("workspace_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_workspace_entity" ON "audit_entry" ("workspace_id", "entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_created" ON "audit_entry" ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_workspace_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_workspace_created"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
