import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Policies1795465114795 implements MigrationInterface {
  name = 'Policies1795465114795';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."policy_scope" AS ENUM('OUTBOUND_POST', 'OUTBOUND_REPLY', 'INBOUND_MESSAGE', 'REVIEW')`);
    await queryRunner.query(`CREATE TABLE "policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "scope" "public"."policy_scope" NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "channel_id" uuid, "rules" jsonb NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_9917b0c5e4286703cc656b1d39f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f492c83405e97f33cfa7f35d5e" ON "policy"  ("workspace_id", "scope") `);
    await queryRunner.query(`CREATE TABLE "policy_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "policy_id" uuid NOT NULL, "version" integer NOT NULL, "name" character varying(200) NOT NULL, "scope" "public"."policy_scope" NOT NULL, "enabled" boolean NOT NULL, "channel_id" uuid, "rules" jsonb NOT NULL, "created_by_id" uuid, CONSTRAINT "PK_3f434bba531e04026bd90fcf7c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8b830aab2cecf8934b3d94a785" ON "policy_version"  ("policy_id", "version") `);
    await queryRunner.query(`ALTER TABLE "policy" ADD CONSTRAINT "FK_552ad38e7f0573977e0e1612383" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_version" ADD CONSTRAINT "FK_bfdebef669bddd80644da8b5a4a" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_version" DROP CONSTRAINT "FK_bfdebef669bddd80644da8b5a4a"`);
    await queryRunner.query(`ALTER TABLE "policy" DROP CONSTRAINT "FK_552ad38e7f0573977e0e1612383"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b830aab2cecf8934b3d94a785"`);
    await queryRunner.query(`DROP TABLE "policy_version"`);
    await queryRunner.query(`DROP TYPE "public"."policy_scope"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f492c83405e97f33cfa7f35d5e"`);
    await queryRunner.query(`DROP TABLE "policy"`);
  }
}
