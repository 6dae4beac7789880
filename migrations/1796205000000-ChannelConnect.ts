import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Connecting accounts by OAuth: connect attempts (hashed single-use `state`, encrypted PKCE verifier and
 * client, expiry) and the grants that keep a channel's tokens fresh (encrypted refresh token, expiry).
 */
export class ChannelConnect1796205000000 implements MigrationInterface {
  name = 'ChannelConnect1796205000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "channel_connect_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" character varying(64) NOT NULL, "workspace_id" uuid NOT NULL, "user_id" uuid NOT NULL, "channel_type" character varying(100) NOT NULL, "channel_id" uuid, "display_name" character varying(200), "pending_encrypted" text NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bdbeb07758a648a17839bf85680" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fc61aea98f940935d6d9d92ee8" ON "channel_connect_attempt" ("state_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_7ac16da54ac288551e0fa81ca2" ON "channel_connect_attempt" ("expires_at") `);
    await queryRunner.query(`CREATE TABLE "channel_oauth_grant" ("channel_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "grant_encrypted" text NOT NULL, "credentials_fingerprint" character varying(64) NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE, "refreshable" boolean NOT NULL DEFAULT false, "refreshed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a951fd86dd0b7a282d1c27e2355" PRIMARY KEY ("channel_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_88c1ebd5a7ff12ea1b4959dce3" ON "channel_oauth_grant" ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "channel_connect_attempt" ADD CONSTRAINT "FK_21e44b870dddf4f0e7f576fe821" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "channel_connect_attempt" ADD CONSTRAINT "FK_0445ae0472051c42ab6a7a027a7" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "channel_connect_attempt" ADD CONSTRAINT "FK_592d505eafa62ffe51076a1e95b" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "channel_oauth_grant" ADD CONSTRAINT "FK_a951fd86dd0b7a282d1c27e2355" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "channel_oauth_grant" DROP CONSTRAINT "FK_a951fd86dd0b7a282d1c27e2355"`);
    await queryRunner.query(`ALTER TABLE "channel_connect_attempt" DROP CONSTRAINT "FK_592d505eafa62ffe51076a1e95b"`);
    await queryRunner.query(`ALTER TABLE "channel_connect_attempt" DROP CONSTRAINT "FK_0445ae0472051c42ab6a7a027a7"`);
    await queryRunner.query(`ALTER TABLE "channel_connect_attempt" DROP CONSTRAINT "FK_21e44b870dddf4f0e7f576fe821"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88c1ebd5a7ff12ea1b4959dce3"`);
    await queryRunner.query(`DROP TABLE "channel_oauth_grant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ac16da54ac288551e0fa81ca2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc61aea98f940935d6d9d92ee8"`);
    await queryRunner.query(`DROP TABLE "channel_connect_attempt"`);
  }
}
