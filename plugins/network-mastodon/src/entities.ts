/**
 * The parts of Mastodon's entities the plugin reads, as documented at https://docs.joinmastodon.org/entities/.
 * Ids are strings (snowflakes); compare them with `compareIds`, never as numbers.
 */

/** https://docs.joinmastodon.org/entities/Account/ */
export interface MastodonAccount {
  id: string;
  username: string;
  /** `user` on the account's own server, `user@domain` elsewhere. */
  acct: string;
  display_name: string;
  url: string;
  avatar?: string;
}

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

export const VISIBILITIES: readonly Visibility[] = ['public', 'unlisted', 'private', 'direct'];

/** https://docs.joinmastodon.org/entities/Status/#Mention */
export interface MastodonMention {
  id: string;
  username: string;
  acct: string;
  url: string;
}

/** https://docs.joinmastodon.org/entities/Status/ */
export interface MastodonStatus {
  id: string;
  created_at: string;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  visibility: Visibility;
  spoiler_text: string;
  /** HTML. */
  content: string;
  url: string | null;
  account: MastodonAccount;
  mentions: MastodonMention[];
  media_attachments: MastodonMediaAttachment[];
}

/** https://docs.joinmastodon.org/entities/Notification/ */
export interface MastodonNotification {
  id: string;
  type: string;
  created_at: string;
  account: MastodonAccount;
  status?: MastodonStatus | null;
}

/** https://docs.joinmastodon.org/entities/MediaAttachment/ */
export interface MastodonMediaAttachment {
  id: string;
  type: string;
  /** Null while the server is still processing the file. */
  url: string | null;
  description: string | null;
}

/** https://docs.joinmastodon.org/entities/Context/ */
export interface MastodonContext {
  ancestors: MastodonStatus[];
  descendants: MastodonStatus[];
}

/** https://docs.joinmastodon.org/entities/Instance/ (the parts under `configuration` Rapport uses). */
export interface MastodonInstance {
  domain: string;
  configuration: {
    statuses: { max_characters: number; max_media_attachments: number; characters_reserved_per_url: number };
    media_attachments: { supported_mime_types: string[]; description_limit?: number };
  };
}

/** https://docs.joinmastodon.org/entities/Application/#CredentialApplication */
export interface MastodonCredentialApplication {
  client_id: string;
  client_secret: string;
}

/** Orders snowflake ids (numeric strings of any length). */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
