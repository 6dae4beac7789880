import type { PostView } from './lexicon.js';
import { isXrpcError, type BlueskyClient } from './xrpc.js';

/** `com.atproto.repo.getRecord`; null when the repository has no such record (`RecordNotFound`). */
export async function getRecord<T>(client: BlueskyClient, repo: string, collection: string, rkey: string): Promise<{ uri: string; cid: string; value: T } | null> {
  try {
    return await client.get<{ uri: string; cid: string; value: T }>('com.atproto.repo.getRecord', { repo, collection, rkey });
  } catch (error) {
    if (isXrpcError(error, 'RecordNotFound')) return null;
    throw error;
  }
}

const GET_POSTS_BATCH = 25;

/**
 * `app.bsky.feed.getPosts` (at most 25 URIs a call): the posts that still exist, by URI; a deleted post is
 * simply absent (https://docs.bsky.app/docs/api/app-bsky-feed-get-posts).
 */
export async function getPosts(client: BlueskyClient, uris: string[]): Promise<Map<string, PostView>> {
  const posts = new Map<string, PostView>();
  const unique = [...new Set(uris)];
  for (let start = 0; start < unique.length; start += GET_POSTS_BATCH) {
    const page = await client.get<{ posts: PostView[] }>('app.bsky.feed.getPosts', { uris: unique.slice(start, start + GET_POSTS_BATCH) });
    for (const post of page.posts) posts.set(post.uri, post);
  }
  return posts;
}
