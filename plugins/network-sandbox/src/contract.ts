// The sandbox network's public API: the JSON it speaks and its limits, as
// documented in README.md. The server implements it; the drivers only use it.

export const DEFAULT_ACCESS_TOKEN = 'sandbox-token';
export const MAX_POST_LENGTH = 500;
export const MAX_POST_MEDIA = 4;
export const POST_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'video/mp4'];
export const MAX_REVIEW_REPLY_LENGTH = 1000;

export interface SandboxAuthor {
  id: string;
  handle: string;
  name: string;
  avatar_url: string | null;
}

export interface SandboxMedia {
  url: string;
  mime_type: string;
  alt_text?: string;
}

export interface SandboxPost {
  id: string;
  text: string;
  media: SandboxMedia[];
  url: string;
  created_at: string;
}

export type ActivityType = 'comment' | 'mention' | 'direct_message';

/** Inbound activity: a comment on a post, a mention, or a direct message. */
export interface SandboxActivity {
  id: string;
  type: ActivityType;
  thread_id: string;
  in_reply_to_id: string | null;
  post_id: string | null;
  author: SandboxAuthor;
  text: string;
  hidden: boolean;
  created_at: string;
}

/** A comment or direct message written by the account itself. */
export interface SandboxOwnReply {
  id: string;
  thread_id: string;
  in_reply_to_id: string;
  text: string;
  created_at: string;
}

export interface SandboxReviewReply {
  id: string;
  text: string;
  created_at: string;
}

export interface SandboxReview {
  id: string;
  author: SandboxAuthor;
  rating: number;
  title: string | null;
  text: string;
  language: string | null;
  created_at: string;
  updated_at: string | null;
  reply: SandboxReviewReply | null;
}

export interface SandboxReport {
  reference: string;
  review_id: string;
  reason: string;
  evidence: string;
  created_at: string;
}

export interface SandboxWebhookEvent {
  id: string;
  type: 'activity.created' | 'review.created' | 'review.updated';
  created_at: string;
  data: SandboxActivity | SandboxReview;
}

export interface SandboxWebhookDelivery {
  event_id: string;
  status: number | null;
  error: string | null;
}

/** A feed page of `GET /v1/activity` or `GET /v1/reviews`. */
export interface SandboxPage<T> {
  data: T[];
  /** Pass as `since` to get what came after this page. */
  next_cursor: string;
  has_more: boolean;
}
