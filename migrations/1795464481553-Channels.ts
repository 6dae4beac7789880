import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Channels1795464481553 implements MigrationInterface {
  name = 'Channels1795464481553';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."channel_status" AS ENUM('CONNECTED', 'NEEDS_REAUTH', 'ERROR', 'DISABLED')`);
    await queryRunner.query(`CREATE TABLE "channel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "workspace_id" uuid NOT NULL, "type" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "display_name" character varying(200) NOT NULL, "purpose" text NOT NULL DEFAULT '', "audience" text NOT NULL DEFAULT '', "credentials_encrypted" text NOT NULL, "status" "public"."channel_status" NOT NULL DEFAULT 'CONNECTED', "status_reason" text, "external_account_id" character varying(200), "external_account_name" character varying(200), "external_account_url" text, "verified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_590f33ee6ee7d76437acf362e39" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_54d184fa863ba93b007e8dcc27" ON "channel"  ("workspace_id") `);
    await queryRunner.query(`CREATE TABLE "plugin_store" ("plugin" character varying(214) NOT NULL, "scope" character varying(64) NOT NULL, "key" character varying(200) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8e423b523d36c4e36ddcdfab55" PRIMARY KEY ("plugin", "scope", "key"))`);
    await queryRunner.query(`ALTER TABLE "channel" ADD CONSTRAINT "FK_54d184fa863ba93b007e8dcc279" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel" DROP CONSTRAINT "FK_54d184fa863ba93b007e8dcc279"`);
    await queryRunner.query(`DROP TABLE "plugin_store"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54d184fa863ba93b007e8dcc27"`);
    await queryRunner.query(`DROP TABLE "channel"`);
    await queryRunner.query(`DROP TYPE "public"."channel_status"`);
  }
}
