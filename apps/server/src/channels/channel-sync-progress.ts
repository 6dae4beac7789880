import { Inject, Injectable } from '@nestjs/common';
import type { ErrorClassification } from '@rapport/plugin-sdk';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventBus } from '../events/event-bus.js';
import { RapportEvent } from '../events/rapport-event.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { ChannelSyncState } from './channel-sync.js';
import { Channel } from './channel.entity.js';

/** A channel's sync moved on (a page stored, started, done, failed), as delivered to `channelSyncProgress` subscribers. */
export class ChannelSyncProgressEvent extends RapportEvent<Omit<Channel, 'credentialsEncrypted'>> {
  static readonly eventName = 'channel.sync_progress';
  readonly name = ChannelSyncProgressEvent.eventName;
}

/** What one run of a sync did, as its caller reports it when the run ends. */
export interface SyncRunEnd {
  /** The run stopped at its page limit: the sync carries on in another run. */
  more?: boolean;
  /** The network's refusal that ended the run, if it ended in one. */
  failure: { classification: ErrorClassification; message: string } | null;
}

/** Records one stored page of the run: how many items it stored, and the total the network announced, if any. */
export type RecordPage = (items: number, estimatedTotal?: number) => Promise<void>;

/**
 * How long a run holds its channel without storing a page: longer than any page takes (HTTP timeouts are seconds),
 * and as long as a sync job may run before the queue counts it lost.
 */
export const SYNC_LEASE_SECONDS = 600;

/**
 * Keeps each channel's sync progress (`Channel.sync`) and lets one run at a time work on a channel: a run takes a
 * lease on the channel row (`sync_run_id`, `sync_lease_until`, renewed with every page), so a second run (a queued
 * job, syncReviews, another replica) finds it busy instead of pulling the same pages twice, and a run that died
 * lets others in once its lease passes. No connection is held meanwhile. A run asked for while another works
 * (`sync_rerun_requested`) is not dropped: the working run goes round once more before it lets go. One sync spans several runs when a
 * backfill is longer than one run: the counts carry on until it is DONE.
 */
@Injectable()
export class ChannelSyncProgress {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Runs `work` as the channel's only sync run. Answers `busy` (doing nothing) when another run holds the channel,
   * and asks that run to go round once more when it ends, so what arrived since it started is not left for the next
   * scheduled sync. `work` reports each stored page with `recordPage` and how the run ended; an error it throws is
   * Rapport's own (not the network's): the sync is marked FAILED and the error thrown on.
   */
  async run<T extends SyncRunEnd>(channel: Channel, work: (recordPage: RecordPage) => Promise<T>): Promise<T | 'busy'> {
    const runId = randomUUID();
    if (!(await this.claim(channel.id, runId))) return 'busy';
    let released = false;
    try {
      for (let round = 0; ; round += 1) {
        const end = await this.track(channel, work, round > 0);
        // A refusal or a backfill carried on by its own next run answers the request too.
        if (end.failure || end.more) return end;
        released = await this.endRound(channel.id, runId);
        if (released) return end;
      }
    } finally {
      if (!released) await this.dataSource.query(`UPDATE channel SET sync_run_id = NULL, sync_lease_until = NULL, sync_rerun_requested = false WHERE id = $1 AND sync_run_id = $2`, [channel.id, runId]);
    }
  }

  /** Takes the channel's lease; false after asking the run that holds it to go round once more. */
  private async claim(channelId: string, runId: string): Promise<boolean> {
    for (;;) {
      const [claimed]: [Array<{ id: string }>, number] = await this.dataSource.query(
        `UPDATE channel SET sync_run_id = $2, sync_lease_until = now() + make_interval(secs => $3), sync_rerun_requested = false
          WHERE id = $1 AND (sync_run_id IS NULL OR sync_lease_until < now()) RETURNING id`,
        [channelId, runId, SYNC_LEASE_SECONDS],
      );
      if (claimed.length) return true;
      const [asked]: [Array<{ id: string }>, number] = await this.dataSource.query(
        `UPDATE channel SET sync_rerun_requested = true WHERE id = $1 AND sync_run_id IS NOT NULL AND sync_lease_until >= now() RETURNING id`,
        [channelId],
      );
      if (asked.length) return false;
      // The holder let go between the two statements: claim again.
    }
  }

  /**
   * Ends a round in one statement, so no request falls between: lets go of the lease, or, when a run was asked for
   * meanwhile, keeps it and takes the request. True when the run is over (also when the lease was no longer its own).
   */
  private async endRound(channelId: string, runId: string): Promise<boolean> {
    const [rows]: [Array<{ released: boolean }>, number] = await this.dataSource.query(
      `UPDATE channel SET sync_run_id = CASE WHEN sync_rerun_requested THEN sync_run_id END,
                          sync_lease_until = CASE WHEN sync_rerun_requested THEN sync_lease_until END,
                          sync_rerun_requested = false
        WHERE id = $1 AND sync_run_id = $2 RETURNING sync_run_id IS NULL AS released`,
      [channelId, runId],
    );
    return rows[0]?.released ?? true;
  }

  private async track<T extends SyncRunEnd>(channel: Channel, work: (recordPage: RecordPage) => Promise<T>, rerun: boolean): Promise<T> {
    // A sync left RUNNING (more pages, a retry, or a run that died) carries on counting, and so does a run going
    // round once more (its few items add to the figures just shown); anything else starts afresh.
    const continuing = rerun || channel.sync?.state === ChannelSyncState.RUNNING;
    await this.write(
      channel,
      continuing
        ? `sync_error = NULL`
        : `sync_state = 'RUNNING', sync_items_synced = 0, sync_pages = 0, sync_estimated_total = NULL, sync_started_at = now(), sync_finished_at = NULL, sync_error = NULL`,
    );
    const recordPage: RecordPage = async (items, estimatedTotal) => {
      const total = Number.isInteger(estimatedTotal) && estimatedTotal! >= 0 ? estimatedTotal! : null;
      await this.write(
        channel,
        `sync_pages = sync_pages + 1, sync_items_synced = sync_items_synced + $2, sync_estimated_total = COALESCE($3, sync_estimated_total), sync_lease_until = now() + make_interval(secs => $4)`,
        [items, total, SYNC_LEASE_SECONDS],
      );
    };
    let end: T;
    try {
      end = await work(recordPage);
    } catch (error) {
      await this.write(channel, `sync_state = 'FAILED', sync_finished_at = now(), sync_error = $2`, ['Rapport could not store what it pulled; it tries again later.']).catch((writeError: unknown) =>
        this.logger.error({ err: writeError, channelId: channel.id }, 'could not record the failed sync'),
      );
      throw error;
    }
    if (end.failure?.classification === 'retry') await this.write(channel, `sync_error = $2`, [`${end.failure.message} (tried again later)`]);
    else if (end.failure) await this.write(channel, `sync_state = 'FAILED', sync_finished_at = now(), sync_error = $2`, [end.failure.message]);
    else if (!end.more) await this.write(channel, `sync_state = 'DONE', sync_finished_at = now()`);
    return end;
  }

  /** Updates the channel's sync columns, then tells subscribers how it stands (after the write, which is its own commit). */
  private async write(channel: Channel, set: string, params: unknown[] = []): Promise<void> {
    await this.dataSource.query(`UPDATE channel SET ${set} WHERE id = $1`, [channel.id, ...params]);
    const current = await this.dataSource.getRepository(Channel).findOneBy({ id: channel.id });
    if (!current) return;
    channel.sync = current.sync;
    const { credentialsEncrypted: _ciphertext, ...visible } = current;
    await this.events.publish(new ChannelSyncProgressEvent(current.workspaceId, visible));
  }
}
