// The parts of the Bluesky lexicons (https://docs.bsky.app/docs/api) that this driver reads and writes.

export interface StrongRef {
  uri: string;
  cid: string;
}

export interface BlobRef {
  $type: 'blob';
  ref: { $link: string };
  mimeType: string;
  size: number;
}

export interface ProfileViewBasic {
  did: string;
  handle: string;
  displayName?: string;
  avatar?: string;
}

export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: Array<
    | { $type: 'app.bsky.richtext.facet#link'; uri: string }
    | { $type: 'app.bsky.richtext.facet#mention'; did: string }
    | { $type: 'app.bsky.richtext.facet#tag'; tag: string }
  >;
}

export type PostEmbed =
  | { $type: 'app.bsky.embed.images'; images: Array<{ image: BlobRef; alt: string }> }
  | { $type: 'app.bsky.embed.external'; external: { uri: string; title: string; description: string; thumb?: BlobRef } };

/** app.bsky.feed.post */
export interface PostRecord {
  $type: 'app.bsky.feed.post';
  text: string;
  createdAt: string;
  facets?: Facet[];
  reply?: { root: StrongRef; parent: StrongRef };
  embed?: PostEmbed | { $type: string; record?: { uri?: string }; [key: string]: unknown };
}

/** app.bsky.feed.defs#postView */
export interface PostView {
  uri: string;
  cid: string;
  author: ProfileViewBasic;
  record: PostRecord;
  indexedAt: string;
}

/** app.bsky.notification.listNotifications#notification */
export interface Notification {
  uri: string;
  cid: string;
  author: ProfileViewBasic;
  reason: string;
  reasonSubject?: string;
  record: unknown;
  indexedAt: string;
}

/** app.bsky.feed.threadgate */
export interface ThreadgateRecord {
  $type: 'app.bsky.feed.threadgate';
  post: string;
  allow?: unknown[];
  hiddenReplies?: string[];
  createdAt: string;
  [key: string]: unknown;
}

/** chat.bsky.convo.defs#messageView, #deletedMessageView or #systemMessageView, told apart by their fields. */
export interface ChatMessage {
  $type?: string;
  id: string;
  text?: string;
  sender?: { did: string };
  sentAt: string;
}

/** chat.bsky.convo.defs#convoView */
export interface ConvoView {
  id: string;
  members: ProfileViewBasic[];
  lastMessage?: ChatMessage;
}
