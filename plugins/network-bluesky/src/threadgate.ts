import { DriverError, type DriverContext } from '@rapport/plugin-sdk';
import { POST_COLLECTION, THREADGATE_COLLECTION, isChatId, parseAtUri } from './ids.js';
import type { ThreadgateRecord } from './lexicon.js';
import { getPosts, getRecord } from './records.js';
import { blueskyClient, isXrpcError } from './xrpc.js';

/** app.bsky.feed.threadgate: `hiddenReplies` holds at most 300 URIs. */
const MAX_HIDDEN_REPLIES = 300;

/**
 * Hides (or shows again) a reply in a thread this account started, the way Bluesky's app does: the reply's URI
 * goes in `hiddenReplies` of the root post's threadgate, a record keyed by the root post's rkey
 * (https://docs.bsky.app/docs/tutorials/thread-gates). Nothing else can be hidden on Bluesky: a reply in someone
 * else's thread, a top-level mention or quote, a direct message.
 */
export async function setReplyHidden(ctx: DriverContext, replyUri: string, hidden: boolean): Promise<void> {
  if (isChatId(replyUri)) throw new DriverError('Bluesky cannot hide a direct message', 'invalid');
  const client = blueskyClient(ctx);
  const { did } = await client.currentSession();
  const reply = (await getPosts(client, [replyUri])).get(replyUri);
  if (!reply) throw new DriverError(`${replyUri} no longer exists on Bluesky`, 'invalid');
  const root = reply.record.reply?.root;
  if (!root) throw new DriverError('only replies can be hidden on Bluesky, and this post is not one', 'invalid');
  const rootUri = parseAtUri(root.uri);
  if (!rootUri || rootUri.repo !== did || rootUri.collection !== POST_COLLECTION) {
    throw new DriverError("this reply is in a thread another account started: only the thread's author can hide replies on Bluesky", 'invalid');
  }

  for (let attempt = 0; ; attempt++) {
    const gate = await getRecord<ThreadgateRecord>(client, did, THREADGATE_COLLECTION, rootUri.rkey);
    const already = gate?.value.hiddenReplies ?? [];
    if (already.includes(replyUri) === hidden) return;
    const hiddenReplies = hidden ? [...already, replyUri] : already.filter((uri) => uri !== replyUri);
    if (hiddenReplies.length > MAX_HIDDEN_REPLIES) throw new DriverError(`the thread already hides ${MAX_HIDDEN_REPLIES} replies, as many as Bluesky allows`, 'invalid');
    try {
      if (gate) {
        // Keeps the thread's other settings (who may reply); swapRecord refuses the write if the gate changed since we read it.
        const record = { ...gate.value, hiddenReplies };
        await client.post('com.atproto.repo.putRecord', { repo: did, collection: THREADGATE_COLLECTION, rkey: rootUri.rkey, record, swapRecord: gate.cid });
      } else {
        // No `allow`: everyone may still reply (an empty `allow` would close the thread to replies).
        const record: ThreadgateRecord = { $type: THREADGATE_COLLECTION, post: root.uri, hiddenReplies, createdAt: new Date().toISOString() };
        await client.post('com.atproto.repo.createRecord', { repo: did, collection: THREADGATE_COLLECTION, rkey: rootUri.rkey, record });
      }
      return;
    } catch (error) {
      // Changed (or created) meanwhile by the app or another job: read it again, once.
      const raced = isXrpcError(error, 'InvalidSwap') || (!gate && isXrpcError(error) && error.classification === 'invalid');
      if (attempt > 0 || !raced) throw error;
    }
  }
}
