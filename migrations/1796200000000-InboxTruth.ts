import type { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 1000;

/**
 * The inbox tells the truth: who cleared an escalation and when; labels compared
 * case-insensitively (existing ones folded to one trimmed, lower-case spelling);
 * complaints still waiting for us marked as awaiting an answer, with raised priority.
 */
export class InboxTruth1796200000000 implements MigrationInterface {
  name = 'InboxTruth1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversation" ADD "escalation_cleared_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conversation" ADD "escalation_cleared_by_id" uuid`);

    // Folded in JavaScript, as the server folds new labels, whatever the database's locale.
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; labels: string[] }> = await queryRunner.query(
        `SELECT id, labels FROM conversation WHERE id > $1 AND labels <> '{}' ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      for (const { id, labels } of rows) {
        const folded = [...new Set(labels.map((label) => label.trim().toLowerCase()).filter(Boolean))].sort();
        if (folded.join('\u0000') !== labels.join('\u0000')) await queryRunner.query(`UPDATE conversation SET labels = $2 WHERE id = $1`, [id, folded]);
      }
      after = rows[rows.length - 1].id;
    }

    // A complaint is awaited like a question: those whose newest visible message is criticism and still unanswered.
    await queryRunner.query(
      `UPDATE conversation c SET awaiting_answer = true, priority = CASE WHEN c.priority IN ('LOW', 'NORMAL') THEN 'HIGH'::"public"."priority" ELSE c.priority END
        WHERE NOT c.awaiting_answer AND c.waiting_since IS NOT NULL
          AND (SELECT m.labels FROM message m WHERE m.conversation_id = c.id AND m.direction = 'INBOUND' AND m.visibility = 'VISIBLE' ORDER BY m.sent_at DESC, m.id DESC LIMIT 1) @> '{criticism}'::text[]`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Folded labels and the awaited complaints stay as they are: both are still valid data.
    await queryRunner.query(`ALTER TABLE "conversation" DROP COLUMN "escalation_cleared_by_id"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP COLUMN "escalation_cleared_at"`);
  }
}
