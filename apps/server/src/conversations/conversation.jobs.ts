import type { InboundItem } from '@rapport/plugin-sdk';
import { defineJob } from '../jobs/job-queue.js';
import { mergeLists } from '../jobs/merge-lists.js';

export interface IngestItemsData {
  workspaceId: string;
  channelId: string;
  items: InboundItem[];
}

/**
 * Items webhooks delivered, verified and parsed, to be ingested off the request path; the deliveries of one channel
 * that arrive together are one job (up to 500 items), and up to 100 jobs are worked at a time.
 */
export const INGEST_ITEMS = defineJob<IngestItemsData>({
  name: 'ingest-inbound-items',
  retryLimit: 5,
  retryDelaySeconds: 2,
  expireInSeconds: 120,
  batchSize: 100,
  mergeSoon: (payloads) => mergeLists(payloads, 'items', (p) => p.channelId, 500),
});

/** Pulls new activity of one channel from its network (polling and backfill). */
export const SYNC_CHANNEL = defineJob<{ workspaceId: string; channelId: string }>({ name: 'sync-channel', retryLimit: 3, retryDelaySeconds: 5, expireInSeconds: 600 });

/** Sends one outbound reply through the driver. */
export const SEND_REPLY = defineJob<{ workspaceId: string; messageId: string }>({ name: 'send-reply', retryLimit: 5, retryDelaySeconds: 1, expireInSeconds: 60 });

/**
 * Hides or unhides one inbound message on its network. Worked in batches (a spam wave hides thousands): the batch's
 * messages and channels are read once, and its network calls share the process's limit (see ChannelWorker.carryOut),
 * so a batch may wait for calls of others: hence the longer expiry.
 */
export const SET_VISIBILITY = defineJob<{ workspaceId: string; messageId: string; hidden: boolean }>({ name: 'set-message-visibility', retryLimit: 5, retryDelaySeconds: 2, expireInSeconds: 120, batchSize: 10 });

/** Deletes one message (our reply, or an inbound one of a deletable kind) from its network; batched as SET_VISIBILITY. */
export const DELETE_MESSAGE = defineJob<{ workspaceId: string; messageId: string }>({ name: 'delete-message', retryLimit: 5, retryDelaySeconds: 2, expireInSeconds: 120, batchSize: 10 });

/** Every minute: wake snoozed conversations that are due, and poll channels whose last sync is stale. */
export const INBOX_HOUSEKEEPING = defineJob<object>({ name: 'inbox-housekeeping', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 120 });
