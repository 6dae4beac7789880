import type { SyncResult } from '@rapport/plugin-sdk';
import type { DataSource } from 'typeorm';
import { storable } from '../common/storable-text.js';
import { Channel } from './channel.entity.js';

/** Pages pulled per sync run; a longer backfill continues in the next run from the stored cursor. */
export const MAX_PAGES_PER_SYNC = 50;

/**
 * Pulls pages after the channel's stored cursor and hands each to `ingest`,
 * saving the cursor after every page so a crash or the page limit resumes
 * where it stopped (which is how a backfill proceeds). Stops at an empty page
 * or a cursor that does not move. Driver errors go to the caller, which
 * records them on the channel. Returns the number of pages pulled.
 */
export async function syncFromCursor<T>(
  dataSource: DataSource,
  channel: Channel,
  fetchPage: (cursor: string | null) => Promise<SyncResult<T>>,
  ingest: (items: T[], page: SyncResult<T>) => Promise<void>,
): Promise<number> {
  let pages = 0;
  while (pages < MAX_PAGES_PER_SYNC) {
    const page = await fetchPage(channel.syncCursor);
    pages += 1;
    // What PostgreSQL cannot hold (NUL, lone surrogates) is replaced, not refused, as for webhook deliveries.
    await ingest(storable(page.items), page);
    const advanced = page.nextCursor !== channel.syncCursor;
    channel.syncCursor = page.nextCursor;
    await dataSource.getRepository(Channel).update({ id: channel.id }, { syncCursor: channel.syncCursor, lastSyncedAt: new Date() });
    if (page.items.length === 0 || !advanced) break;
  }
  return pages;
}
