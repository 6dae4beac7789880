import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Real review sites: connections waiting for the user to choose which accounts (e.g. locations) to connect
 * (encrypted, expiring), each channel's sync progress (`sync_*`), and the facts a site gives beside a review's
 * text (`review.metadata`, e.g. Google Play's app version and device).
 */
export class ReviewSites1796208000000 implements MigrationInterface {
  name = 'ReviewSites1796208000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "channel_pending_connection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "user_id" uuid NOT NULL, "channel_type" character varying(100) NOT NULL, "pending_encrypted" text NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92765f01c9d162dee0bcae8822d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c576961c97dfc2ab4a5156fb30" ON "channel_pending_connection" ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "channel_pending_connection" ADD CONSTRAINT "FK_32ea5abe4877f088eb77cfaa964" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "channel_pending_connection" ADD CONSTRAINT "FK_ae9fd1b5d1d5420ad595ae2103c" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TYPE "public"."channel_sync_state" AS ENUM('IDLE', 'RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_state" "public"."channel_sync_state" NOT NULL DEFAULT 'IDLE'`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_items_synced" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_pages" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_estimated_total" integer`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_started_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_finished_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "channel" ADD "sync_error" text`);
    // Channels that synced before progress was kept show their last sync as done.
    await queryRunner.query(`UPDATE "channel" SET "sync_state" = 'DONE', "sync_finished_at" = "last_synced_at" WHERE "last_synced_at" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "review" ADD "metadata" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "metadata"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_error"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_finished_at"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_started_at"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_estimated_total"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_pages"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_items_synced"`);
    await queryRunner.query(`ALTER TABLE "channel" DROP COLUMN "sync_state"`);
    await queryRunner.query(`DROP TYPE "public"."channel_sync_state"`);
    await queryRunner.query(`ALTER TABLE "channel_pending_connection" DROP CONSTRAINT "FK_ae9fd1b5d1d5420ad595ae2103c"`);
    await queryRunner.query(`ALTER TABLE "channel_pending_connection" DROP CONSTRAINT "FK_32ea5abe4877f088eb77cfaa964"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c576961c97dfc2ab4a5156fb30"`);
    await queryRunner.query(`DROP TABLE "channel_pending_connection"`);
  }
}
