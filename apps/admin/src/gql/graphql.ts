/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accept an invitation: creates the account if the e-mail has none, otherwise checks its password. */
export type AcceptInvitationInput = {
  /** Display name, for a new account. */
  name?: string | null | undefined;
  /** Password (new accounts: at least 10 characters). */
  password: string;
  /** The one-time token from inviteMember. */
  token: string;
};

/** Who handles a conversation. */
export type AssignConversationInput = {
  /** A member of the workspace; null to unassign. */
  assigneeId?: string | number | null | undefined;
  /** The conversation. */
  conversationId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Start connecting an account by consent on the network (OAuth 2.0). */
export type BeginChannelConnectionInput = {
  /** A channel of this type to reconnect (e.g. one that NEEDS_REAUTH) instead of connecting a new one: its credentials are replaced by those of the account that consents. */
  channelId?: string | number | null | undefined;
  /** Name shown in Rapport; defaults to the network and server, e.g. "Mastodon (mastodon.social)". Ignored when reconnecting. */
  displayName?: string | null | undefined;
  /** The server the account lives on, when the type asks for one (oauth.instance), e.g. "mastodon.social" or "https://mastodon.social". Only the address: no path. */
  instanceUrl?: string | null | undefined;
  /** A channel or review source type whose `oauth` is not null (see channelTypes / reviewSourceTypes). */
  type: string;
  /** The workspace. */
  workspaceId: string | number;
};

/** Whether Rapport can work with a connected account. */
export type ChannelStatus =
  /** Credentials work; publishing and syncing run. */
  | 'CONNECTED'
  /** Switched off by an admin; nothing runs. */
  | 'DISABLED'
  /** A fatal error stopped work on this channel; see statusReason. */
  | 'ERROR'
  /** The network rejected the credentials: reconnect with new ones. */
  | 'NEEDS_REAUTH';

/** Where the latest sync of a channel (a backfill of its history, or a poll for what is new) stands. */
export type ChannelSyncState =
  /** Everything the network had was pulled. */
  | 'DONE'
  /** Stopped on a refusal that retrying cannot fix (see error; the channel status says when it needs reconnecting). */
  | 'FAILED'
  /** Never synced yet. */
  | 'IDLE'
  /** Pulling pages now, or waiting to carry on in the background (more pages, or a retry after a transient failure: see error). */
  | 'RUNNING';

/** Which of the accounts a consent covers to connect: one channel each. */
export type CompleteChannelConnectionInput = {
  /** Ids of accounts from pendingChannelConnection.accounts (at least one, each once). */
  accountIds: Array<string>;
  /** The pendingId the connect callback sent the browser back with. */
  pendingId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Connect an account of a network or review site to a workspace. */
export type ConnectChannelInput = {
  /** Who it speaks to (e.g. "dog owners in Lyon"). */
  audience?: string | null | undefined;
  /** Credentials, shaped by the type's credentialsSchema. Verified with the network, stored encrypted, never returned. */
  credentials: unknown;
  /** Name shown in Rapport. */
  displayName: string;
  /** Why this channel exists (e.g. "daily deals"). */
  purpose?: string | null | undefined;
  /** A channel or review source type code from channelTypes / reviewSourceTypes. */
  type: string;
  /** The workspace. */
  workspaceId: string | number;
};

/** Where a conversation happens. */
export type ConversationKind =
  /** Comments under a post (ours or not). */
  | 'COMMENT_THREAD'
  /** A private conversation. */
  | 'DIRECT_MESSAGE'
  /** Someone mentioned the account. */
  | 'MENTION';

/** A label to add or remove. */
export type ConversationLabelInput = {
  /** The conversation. */
  conversationId: string | number;
  /** The label; case-insensitive ("Booking" and "booking" are one label, stored in lower case). */
  label: string;
  /** The workspace. */
  workspaceId: string | number;
};

/** How the inbox is sorted. */
export type ConversationOrder =
  /** Most recent message first (by lastMessageAt). */
  | 'RECENT_ACTIVITY'
  /** Customers waiting longest first (by waitingSince; answered ones last). */
  | 'WAITING_LONGEST';

/** A conversation to act on. */
export type ConversationRefInput = {
  /** The conversation. */
  conversationId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Where a conversation is in the inbox. */
export type ConversationStatus =
  /** Needs attention. */
  | 'OPEN'
  /** Waiting on the customer. */
  | 'PENDING'
  /** Done; a new inbound message reopens it. */
  | 'RESOLVED'
  /** Hidden until snoozedUntil, then OPEN again. */
  | 'SNOOZED';

/** A reply (sent to the network) or an internal note (never sent). */
export type ConversationTextInput = {
  /** The text; {{contact.name}} and {{contact.handle}} are filled in. */
  body: string;
  /** The conversation. */
  conversationId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** A new API key for one workspace. */
export type CreateApiKeyInput = {
  /** What the key is for. */
  name: string;
  /** What the key may do; at most your own role. */
  role: Role;
  /** The workspace the key acts in. */
  workspaceId: string | number;
};

/** A new policy. */
export type CreatePolicyInput = {
  /** Only content of this channel (default: every channel). */
  channelId?: string | number | null | undefined;
  /** Apply it right away (default true). */
  enabled?: boolean | null | undefined;
  /** Name shown to admins. */
  name: string;
  /** Rules, in order. */
  rules: Array<PolicyRuleInput>;
  /** What the policy checks. */
  scope: PolicyScope;
  /** The workspace. */
  workspaceId: string | number;
};

/** A new post (DRAFT). */
export type CreatePostInput = {
  /** The text. */
  body: string;
  /** Channels to publish to. */
  channelIds: Array<string | number>;
  /** GENERAL (default) or PROMOTIONAL. */
  kind?: PostKind | null | undefined;
  /** Media references. */
  media?: Array<PostMediaInput> | null | undefined;
  /** Tags. */
  tags?: Array<string> | null | undefined;
  /** Per-channel texts. */
  variants?: Array<PostVariantInput> | null | undefined;
  /** The workspace. */
  workspaceId: string | number;
};

/** Delivery of an outbound reply. */
export type DeliveryStatus =
  /** Could not be sent; see error. */
  | 'FAILED'
  /** A policy requires an ADMIN to approve it. */
  | 'PENDING_APPROVAL'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** On the network. */
  | 'SENT';

/** A dispute of a review with its review site. */
export type DisputeReviewInput = {
  /** What backs the reason (order lookups, links...). */
  evidence?: string | null | undefined;
  /** True to only record a dispute you filed with the site yourself: it stays OPEN until resolveDispute. Needed when the review source cannot take reports; otherwise it is reported through the site's report API. */
  manual?: boolean | null | undefined;
  /** Why the review should go. */
  reason: string;
  /** The review. */
  reviewId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Where a dispute of a review with the review site stands. */
export type DisputeStatus =
  /** The site refused the report, or kept failing; see error. Dispute again to retry. */
  | 'FAILED'
  /** Recorded by hand (manual: true): Rapport did not report it; you filed it with the site yourself. */
  | 'OPEN'
  /** Waiting to be reported through the site's report API by the queue. */
  | 'QUEUED'
  /** The site kept the review. */
  | 'REJECTED'
  /** Reported to the site, which gave a reference. */
  | 'SUBMITTED'
  /** The site agreed and removed or corrected the review. */
  | 'UPHELD';

/** Why a review needs attention. */
export type FlagReviewInput = {
  /** The reason, kept as a flag on the review (e.g. "fake", "mentions staff"). */
  reason: string;
  /** The review. */
  reviewId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Invite someone by e-mail; they join with acceptInvitation. */
export type InviteMemberInput = {
  /** E-mail of the invitee. */
  email: string;
  /** Their role once they accept. */
  role: Role;
  /** The workspace. */
  workspaceId: string | number;
};

/** E-mail and password of an existing user. */
export type LoginInput = {
  /** Login e-mail (case-insensitive). */
  email: string;
  /** The password. */
  password: string;
};

/** Who wrote a message. */
export type MessageDirection =
  /** Someone else, on the network. */
  | 'INBOUND'
  /** An internal note between agents; never sent. */
  | 'NOTE'
  /** Us, sent from Rapport. */
  | 'OUTBOUND';

/** A message to act on. */
export type MessageRefInput = {
  /** The message. */
  messageId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Whether an inbound message is shown. */
export type MessageVisibility =
  /** Hidden on the network (where the driver can) and in the inbox. */
  | 'HIDDEN'
  /** Shown on the network and in the inbox. */
  | 'VISIBLE';

/** Something Rapport asks a network to do with a message. */
export type NetworkAction =
  /** Delete the message from the network (our reply, or an inbound message of a deletable kind). */
  | 'DELETE'
  /** Hide an inbound message on the network. */
  | 'HIDE'
  /** Post our reply. */
  | 'SEND'
  /** Show a hidden inbound message again. */
  | 'UNHIDE';

/** How far the network has done what Rapport asked. */
export type NetworkEffectState =
  /** The network did it. */
  | 'DONE'
  /** The network refused or could not be reached in time, and Rapport gave up; see failure. */
  | 'FAILED'
  /** The network cannot do this for this kind of message (see channelTypes capabilities): done in Rapport only. */
  | 'NOT_SUPPORTED'
  /** Queued or being retried; it changes to DONE or FAILED (messageUpdated tells). */
  | 'PENDING';

/** What a network's refusal means, as the channel's driver classifies it. */
export type NetworkErrorClassification =
  /** Anything else: the channel is ERROR; see its statusReason. */
  | 'FATAL'
  /** The network refused this request itself (e.g. an item it cannot hide, or one that is gone): trying again will not help. */
  | 'INVALID'
  /** The credentials were revoked or expired: the channel is NEEDS_REAUTH until an ADMIN reconnects it. */
  | 'REAUTHORIZE'
  /** Transient (outage, rate limit, timeout): the same call may work later. */
  | 'RETRY';

/** What happens when a rule finds something. */
export type PolicyAction =
  /** Inbound: assigned to the configured member. */
  | 'ASSIGN'
  /** Inbound: answered with the configured template. */
  | 'AUTO_REPLY'
  /** Outbound: the text cannot be published or sent. */
  | 'BLOCK'
  /** Inbound: flagged for a human. */
  | 'ESCALATE'
  /** Inbound: hidden on the network and in the inbox (never for honest criticism: escalated instead). */
  | 'HIDE'
  /** Inbound: labelled (with the configured labels, or the findings’ labels). */
  | 'LABEL'
  /** Outbound: an ADMIN must approve it first. */
  | 'REQUIRE_APPROVAL'
  /** Inbound: priority raised to the configured level. */
  | 'SET_PRIORITY'
  /** Outbound: shown to the author; nothing is stopped. */
  | 'WARN';

/** One rule of a policy. */
export type PolicyRuleInput = {
  /** What to do when the rule finds something; must suit the policy scope. */
  action: PolicyAction;
  /** Arguments, validated against the rule's argsSchema; its defaultArgs fill what is left out. */
  args?: unknown;
  /** ASSIGN: the member (user id) to assign; required for ASSIGN. */
  assigneeId?: string | number | null | undefined;
  /** LABEL: labels to add (default: the findings’ labels). */
  labels?: Array<string> | null | undefined;
  /** SET_PRIORITY: the priority; required for SET_PRIORITY. */
  priority?: Priority | null | undefined;
  /** Rule code from ruleTypes. */
  rule: string;
  /** Ignore findings below this severity (default INFO: every finding counts). */
  severityThreshold?: Severity | null | undefined;
  /** AUTO_REPLY: the reply text; required for AUTO_REPLY. */
  template?: string | null | undefined;
};

/** What a policy checks. */
export type PolicyScope =
  /** Comments, mentions and direct messages as they arrive. */
  | 'INBOUND_MESSAGE'
  /** Posts before they are scheduled or published. */
  | 'OUTBOUND_POST'
  /** Replies to messages and reviews before they are sent. */
  | 'OUTBOUND_REPLY'
  /** Reviews as they arrive. */
  | 'REVIEW';

/** A decision or request about one post. */
export type PostActionInput = {
  /** A comment for the history (required to request changes). */
  comment?: string | null | undefined;
  /** The post. */
  postId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Commercial content or general content of interest (channels should not become ad feeds). */
export type PostKind =
  /** Content of interest: tips, stories, news. */
  | 'GENERAL'
  /** Selling: deals, offers, launches. */
  | 'PROMOTIONAL';

/** A media reference. */
export type PostMediaInput = {
  /** Alternative text for accessibility. */
  altText?: string | null | undefined;
  /** Its MIME type, e.g. image/png. */
  mimeType: string;
  /** Where the file is. */
  url: string;
};

/** Where a post is in its life: DRAFT → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHING → PUBLISHED | PARTIALLY_PUBLISHED | FAILED, or CANCELLED. */
export type PostStatus =
  /** Approved; can be scheduled or published. */
  | 'APPROVED'
  /** Cancelled before publishing. */
  | 'CANCELLED'
  /** Being written. */
  | 'DRAFT'
  /** Published nowhere (see targets for why). */
  | 'FAILED'
  /** Submitted; waiting for an ADMIN to approve or request changes. */
  | 'IN_REVIEW'
  /** Published on some channels; others failed (see targets). */
  | 'PARTIALLY_PUBLISHED'
  /** Published on every channel. */
  | 'PUBLISHED'
  /** Being published to its channels. */
  | 'PUBLISHING'
  /** Will publish at scheduledAt. */
  | 'SCHEDULED';

/** The text of a post for one channel. */
export type PostVariantInput = {
  /** The channel. */
  channelId: string | number;
  /** The text for that channel. */
  text: string;
};

/** How urgently a conversation needs an answer. */
export type Priority =
  /** Before normal items. */
  | 'HIGH'
  /** Whenever convenient. */
  | 'LOW'
  /** The default. */
  | 'NORMAL'
  /** Now. */
  | 'URGENT';

/** A reply: your own text, or a saved answer. */
export type ReplyToConversationInput = {
  /** The text; {{contact.name}} and {{contact.handle}} are filled in, unknown variables refused (docs/templates.md). Required unless cannedReplyId is given. */
  body?: string | null | undefined;
  /** Send this saved answer instead of body. */
  cannedReplyId?: string | number | null | undefined;
  /** The conversation. */
  conversationId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Our public answer to a review; it replaces an earlier one. */
export type ReplyToReviewInput = {
  /** True to send a template outside its rating band on purpose (e.g. a thank-you on a 3★ review); refused otherwise. */
  allowOutsideRatingBand?: boolean | null | undefined;
  /** The text; variables such as {{contact.name}} and {{rating}} are filled in (docs/templates.md), unknown ones refused. Required unless templateId is given. */
  body?: string | null | undefined;
  /** The review. */
  reviewId: string | number;
  /** Answer with this reply template instead of body. It must be meant for the review's rating (its band) unless allowOutsideRatingBand is true. */
  templateId?: string | number | null | undefined;
  /** The workspace. */
  workspaceId: string | number;
};

/** Where our public answer to a review stands. */
export type ReviewReplyStatus =
  /** Written (e.g. by an AUTO_REPLY policy) but not sent; send it with replyToReview. */
  | 'DRAFT'
  /** The review site refused it or kept failing; see error. */
  | 'FAILED'
  /** An OUTBOUND_REPLY policy holds it until an ADMIN approves it. */
  | 'PENDING_APPROVAL'
  /** Waiting to be sent to the review site by the queue. */
  | 'QUEUED'
  /** Published on the review site. */
  | 'SENT';

/** What a member or API key may do in a workspace. */
export type Role =
  /** Channels, policies, members and API keys. */
  | 'ADMIN'
  /** Answer the inbox and reviews. */
  | 'AGENT'
  /** Compose, schedule and publish posts. */
  | 'EDITOR'
  /** Everything, including managing owners and deleting the workspace. */
  | 'OWNER'
  /** Read only. */
  | 'VIEWER';

/** When to publish. */
export type SchedulePostInput = {
  /** An ISO time with offset ("2026-12-01T09:00:00+01:00"), or a wall-clock time ("2026-12-01T09:00") in `timezone`. */
  at: string;
  /** The post. */
  postId: string | number;
  /** IANA zone for a wall-clock `at`; the workspace time zone by default. */
  timezone?: string | null | undefined;
  /** The workspace. */
  workspaceId: string | number;
};

/** The tone of a review text. */
export type SentimentLabel =
  /** Criticism, per the REVIEW policies or the sentiment-and-criticism rule. */
  | 'NEGATIVE'
  /** Neither clearly positive nor criticism (also when no classifier is loaded). */
  | 'NEUTRAL'
  /** Clearly positive. */
  | 'POSITIVE';

/** A new priority. */
export type SetConversationPriorityInput = {
  /** The conversation. */
  conversationId: string | number;
  /** The priority. */
  priority: Priority;
  /** The workspace. */
  workspaceId: string | number;
};

/** A new status. */
export type SetConversationStatusInput = {
  /** The conversation. */
  conversationId: string | number;
  /** Required for SNOOZED: when it comes back (ISO time). */
  snoozedUntil?: string | null | undefined;
  /** The status. */
  status: ConversationStatus;
  /** The workspace. */
  workspaceId: string | number;
};

/** The first instance admin, created once on a fresh installation. */
export type SetupInput = {
  /** Login e-mail of the first admin. */
  email: string;
  /** Display name of the first admin. */
  name: string;
  /** Password, at least 10 characters. */
  password: string;
};

/** How serious a finding is. */
export type Severity =
  /** Must not go out / must be handled now. */
  | 'CRITICAL'
  /** Serious. */
  | 'HIGH'
  /** Worth knowing. */
  | 'INFO'
  /** Minor. */
  | 'LOW'
  /** Should be looked at. */
  | 'MEDIUM';

/** A reason a review may be fake or abusive. */
export type SuspicionSignal =
  /** Several low ratings arrived on the same source within a short window. */
  | 'LOW_RATING_BURST'
  /** It names a staff member or competitor from the workspace watch list. */
  | 'MENTIONS_WATCHED_NAME'
  /** Its text is nearly the same as another review of the workspace. */
  | 'NEAR_DUPLICATE'
  /** The first review we have seen from this author. */
  | 'NEW_REVIEWER'
  /** The rating contradicts the tone of the text (5 stars with criticism, 1 star and glowing). */
  | 'SENTIMENT_MISMATCH';

/** Publishing state of a post on one channel. */
export type TargetStatus =
  /** The post was cancelled. */
  | 'CANCELLED'
  /** Will not be retried; see lastError. */
  | 'FAILED'
  /** Not published yet. */
  | 'PENDING'
  /** On the network; see externalId and url. */
  | 'PUBLISHED'
  /** The network call is under way (or its outcome is being confirmed). */
  | 'PUBLISHING';

/** A flag to take off a review. */
export type UnflagReviewInput = {
  /** The flag, as listed in Review.flags (e.g. "suspicious" or "fake"). */
  flag: string;
  /** The review. */
  reviewId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** Change a member's role. */
export type UpdateMemberRoleInput = {
  /** The new role. */
  role: Role;
  /** The member user. */
  userId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** An edit of a policy; it makes a new version. Omitted fields stay as they are. */
export type UpdatePolicyInput = {
  /** Restrict to this channel; pass null to apply to every channel. */
  channelId?: string | number | null | undefined;
  /** Enable or disable. */
  enabled?: boolean | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** The policy. */
  policyId: string | number;
  /** The new list of rules, replacing the old one. */
  rules?: Array<PolicyRuleInput> | null | undefined;
  /** The workspace. */
  workspaceId: string | number;
};

/** Review triage settings to change; fields left out keep their value. */
export type UpdateReviewSettingsInput = {
  /** Reviews rated at or below this (1–5) are urgent. */
  lowRatingThreshold?: number | null | undefined;
  /** Staff and competitor names to watch for in reviews. */
  watchedNames?: Array<string> | null | undefined;
  /** The workspace. */
  workspaceId: string | number;
};

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: { id: string, name: string, email: string, isInstanceAdmin: boolean }, workspaces: { edges: Array<{ node: { id: string, name: string, timezone: string } }> } };

export type WorkspaceMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceMembersQuery = { workspace: { id: string, members: { edges: Array<{ node: { id: string, userId: string, role: Role } }> } } };

export type ChannelFieldsFragment = { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } };

export type ChannelsScreenQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type ChannelsScreenQuery = { channels: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } } }> }, channelTypes: Array<{ code: string, displayName: string, description: string, credentialsSchema: unknown, oauth: { scopes: Array<string>, instance: { label: string, required: boolean, defaultUrl: string | null } | null } | null }>, reviewSourceTypes: Array<{ code: string, displayName: string, description: string | null, credentialsSchema: unknown, oauth: { scopes: Array<string>, instance: { label: string, required: boolean, defaultUrl: string | null } | null } | null }> };

export type ChannelSyncProgressSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type ChannelSyncProgressSubscription = { channelSyncProgress: { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } } };

export type ChannelUpdatedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type ChannelUpdatedSubscription = { channelUpdated: { disconnected: boolean, channel: { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } } } };

export type SyncChannelMutationVariables = Exact<{
  workspaceId: string | number;
  channelId: string | number;
}>;


export type SyncChannelMutation = { syncChannel: { ok: boolean, itemsSynced: number, pages: number, continuesInBackground: boolean, failure: { message: string, classification: NetworkErrorClassification | null } | null, channel: { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } } } };

export type SyncReviewsMutationVariables = Exact<{
  workspaceId: string | number;
  channelId: string | number;
}>;


export type SyncReviewsMutation = { syncReviews: { ok: boolean, itemsSynced: number, pages: number, continuesInBackground: boolean, failure: { message: string, classification: NetworkErrorClassification | null } | null, channel: { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } } } };

export type BeginChannelConnectionMutationVariables = Exact<{
  input: BeginChannelConnectionInput;
}>;


export type BeginChannelConnectionMutation = { beginChannelConnection: { authorizeUrl: string, expiresAt: string } };

export type ConnectChannelMutationVariables = Exact<{
  input: ConnectChannelInput;
}>;


export type ConnectChannelMutation = { connectChannel: { id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } } };

export type PendingChannelConnectionQueryVariables = Exact<{
  workspaceId: string | number;
  id: string | number;
}>;


export type PendingChannelConnectionQuery = { pendingChannelConnection: { id: string, type: string, expiresAt: string, accounts: Array<{ id: string, name: string, details: string | null, connectedChannelId: string | null }> } };

export type CompleteChannelConnectionMutationVariables = Exact<{
  input: CompleteChannelConnectionInput;
}>;


export type CompleteChannelConnectionMutation = { completeChannelConnection: { channels: Array<{ id: string, displayName: string, type: string, kind: string, status: ChannelStatus, statusReason: string | null, lastSyncedAt: string | null, externalAccountName: string | null, externalAccountUrl: string | null, sync: { state: ChannelSyncState, itemsSynced: number, pages: number, estimatedTotal: number | null, startedAt: string | null, finishedAt: string | null, error: string | null } }>, failures: Array<{ accountId: string, code: string, message: string }> } };

export type InboxConversationsQueryVariables = Exact<{
  workspaceId: string | number;
  awaitingAnswer?: boolean | null | undefined;
  escalated?: boolean | null | undefined;
  label?: string | null | undefined;
  status?: ConversationStatus | null | undefined;
  orderBy?: ConversationOrder | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxConversationsQuery = { conversations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ConversationKind, status: ConversationStatus, priority: Priority, escalated: boolean, awaitingAnswer: boolean, labels: Array<string>, lastMessageAt: string, waitingSince: string | null, assigneeId: string | null, contact: { id: string, handle: string, name: string | null } } }> } };

export type ThreadQueryVariables = Exact<{
  workspaceId: string | number;
  id: string | number;
}>;


export type ThreadQuery = { conversation: { id: string, kind: ConversationKind, status: ConversationStatus, priority: Priority, snoozedUntil: string | null, assigneeId: string | null, escalated: boolean, escalationClearedAt: string | null, labels: Array<string>, contact: { id: string, handle: string, name: string | null }, messages: { edges: Array<{ node: { id: string, conversationId: string, body: string, direction: MessageDirection, visibility: MessageVisibility, sentAt: string, deliveryStatus: DeliveryStatus | null, deliveryError: string | null, networkEffect: { action: NetworkAction, state: NetworkEffectState, failure: { message: string } | null } | null } }> } } };

export type CannedRepliesQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type CannedRepliesQuery = { cannedReplies: Array<{ id: string, name: string, body: string }> };

export type InboxMessageAddedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type InboxMessageAddedSubscription = { messageAdded: { id: string, conversationId: string } };

export type InboxConversationUpdatedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type InboxConversationUpdatedSubscription = { conversationUpdated: { id: string, status: ConversationStatus, assigneeId: string | null, escalated: boolean, awaitingAnswer: boolean, labels: Array<string> } };

export type InboxMessageUpdatedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type InboxMessageUpdatedSubscription = { messageUpdated: { id: string, visibility: MessageVisibility, deliveryStatus: DeliveryStatus | null, deliveryError: string | null, networkEffect: { action: NetworkAction, state: NetworkEffectState, failure: { message: string } | null } | null } };

export type ReplyMutationVariables = Exact<{
  input: ReplyToConversationInput;
}>;


export type ReplyMutation = { replyToConversation: { id: string, conversationId: string, deliveryStatus: DeliveryStatus | null } };

export type HideMessageMutationVariables = Exact<{
  input: MessageRefInput;
}>;


export type HideMessageMutation = { hideMessage: { id: string, visibility: MessageVisibility, networkEffect: { action: NetworkAction, state: NetworkEffectState, failure: { message: string } | null } | null } };

export type UnhideMessageMutationVariables = Exact<{
  input: MessageRefInput;
}>;


export type UnhideMessageMutation = { unhideMessage: { id: string, visibility: MessageVisibility, networkEffect: { action: NetworkAction, state: NetworkEffectState, failure: { message: string } | null } | null } };

export type AssignConversationMutationVariables = Exact<{
  input: AssignConversationInput;
}>;


export type AssignConversationMutation = { assignConversation: { id: string, assigneeId: string | null } };

export type SetConversationStatusMutationVariables = Exact<{
  input: SetConversationStatusInput;
}>;


export type SetConversationStatusMutation = { setConversationStatus: { id: string, status: ConversationStatus, snoozedUntil: string | null } };

export type SetConversationPriorityMutationVariables = Exact<{
  input: SetConversationPriorityInput;
}>;


export type SetConversationPriorityMutation = { setConversationPriority: { id: string, priority: Priority } };

export type ClearEscalationMutationVariables = Exact<{
  input: ConversationRefInput;
}>;


export type ClearEscalationMutation = { clearEscalation: { id: string, escalated: boolean, escalationClearedAt: string | null } };

export type AddConversationLabelMutationVariables = Exact<{
  input: ConversationLabelInput;
}>;


export type AddConversationLabelMutation = { addConversationLabel: { id: string, labels: Array<string> } };

export type RemoveConversationLabelMutationVariables = Exact<{
  input: ConversationLabelInput;
}>;


export type RemoveConversationLabelMutation = { removeConversationLabel: { id: string, labels: Array<string> } };

export type AddConversationNoteMutationVariables = Exact<{
  input: ConversationTextInput;
}>;


export type AddConversationNoteMutation = { addConversationNote: { id: string, conversationId: string } };

export type HideMessageInboxOnlyMutationVariables = Exact<{
  input: MessageRefInput;
}>;


export type HideMessageInboxOnlyMutation = { hideMessage: { id: string, visibility: MessageVisibility, networkEffect: { action: NetworkAction, state: NetworkEffectState, failure: { message: string } | null } | null } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string } };

export type PolicyFieldsFragment = { id: string, name: string, scope: PolicyScope, enabled: boolean, version: number, updatedAt: string, rules: Array<{ rule: string, args: unknown, action: PolicyAction, severityThreshold: Severity, labels: Array<string> | null, assigneeId: string | null, priority: Priority | null, template: string | null }> };

export type PoliciesQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type PoliciesQuery = { policies: { totalCount: number, edges: Array<{ node: { id: string, name: string, scope: PolicyScope, enabled: boolean, version: number, updatedAt: string, rules: Array<{ rule: string, args: unknown, action: PolicyAction, severityThreshold: Severity, labels: Array<string> | null, assigneeId: string | null, priority: Priority | null, template: string | null }> } }> }, ruleTypes: Array<{ code: string, description: string, appliesTo: Array<string>, argsSchema: unknown, defaultArgs: unknown, plugin: string }> };

export type PolicyMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyMembersQuery = { workspace: { id: string, members: { edges: Array<{ node: { id: string, userId: string, user: { id: string, name: string, email: string } } }> } } };

export type UpdatePolicyMutationVariables = Exact<{
  input: UpdatePolicyInput;
}>;


export type UpdatePolicyMutation = { updatePolicy: { id: string, name: string, scope: PolicyScope, enabled: boolean, version: number, updatedAt: string, rules: Array<{ rule: string, args: unknown, action: PolicyAction, severityThreshold: Severity, labels: Array<string> | null, assigneeId: string | null, priority: Priority | null, template: string | null }> } };

export type CreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy: { id: string, name: string, scope: PolicyScope, enabled: boolean, version: number, updatedAt: string, rules: Array<{ rule: string, args: unknown, action: PolicyAction, severityThreshold: Severity, labels: Array<string> | null, assigneeId: string | null, priority: Priority | null, template: string | null }> } };

export type EvaluateDraftQueryVariables = Exact<{
  workspaceId: string | number;
  scope: PolicyScope;
  text: string;
}>;


export type EvaluateDraftQuery = { evaluatePolicy: { findings: Array<{ policyId: string, policyName: string, policyVersion: number, rule: string, action: PolicyAction, severity: Severity, message: string, suggestion: string | null, labels: Array<string>, spans: Array<{ start: number, end: number, text: string }> }> } };

export type PostsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type PostsQuery = { posts: { totalCount: number, edges: Array<{ node: { id: string, body: string, status: PostStatus, scheduledAt: string | null, requiresApproval: boolean, limitErrors: Array<string>, targets: Array<{ id: string, channelId: string, status: TargetStatus, lastError: string | null, url: string | null }> } }> }, channels: { edges: Array<{ node: { id: string, displayName: string, kind: string, status: ChannelStatus } }> } };

export type PostUpdatedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type PostUpdatedSubscription = { postUpdated: { id: string, status: PostStatus, scheduledAt: string | null, targets: Array<{ id: string, status: TargetStatus, lastError: string | null, url: string | null }> } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { id: string, status: PostStatus } };

export type SubmitPostMutationVariables = Exact<{
  input: PostActionInput;
}>;


export type SubmitPostMutation = { submitPost: { id: string, status: PostStatus } };

export type ApprovePostMutationVariables = Exact<{
  input: PostActionInput;
}>;


export type ApprovePostMutation = { approvePost: { id: string, status: PostStatus } };

export type SchedulePostMutationVariables = Exact<{
  input: SchedulePostInput;
}>;


export type SchedulePostMutation = { schedulePost: { id: string, status: PostStatus, scheduledAt: string | null } };

export type ReviewsListQueryVariables = Exact<{
  workspaceId: string | number;
  maxRating?: number | null | undefined;
  awaitingReply?: boolean | null | undefined;
  flagged?: boolean | null | undefined;
  minSuspicion?: number | null | undefined;
}>;


export type ReviewsListQuery = { reviews: { totalCount: number, edges: Array<{ node: { id: string, rating: number, title: string | null, body: string, urgent: boolean, flags: Array<string>, suspicion: number, sourceCreatedAt: string, author: { handle: string, name: string | null }, reply: { status: ReviewReplyStatus } | null } }> } };

export type ReviewFieldsFragment = { id: string, rating: number, rawRating: number, title: string | null, body: string, urgent: boolean, flags: Array<string>, labels: Array<string>, sentiment: SentimentLabel, suspicion: number, sourceCreatedAt: string, sourceUpdatedAt: string, suggestedReply: string | null, suspicionReasons: Array<{ signal: SuspicionSignal, detail: string, weight: number }>, author: { handle: string, name: string | null }, reply: { body: string, status: ReviewReplyStatus, error: string | null, sentAt: string | null } | null, findings: Array<{ policyId: string, policyName: string, policyVersion: number, rule: string, action: PolicyAction, severity: Severity, message: string, suggestion: string | null, labels: Array<string>, spans: Array<{ start: number, end: number, text: string }> }>, revisions: { edges: Array<{ node: { id: string, editedAt: string, previousBody: string, previousRating: number, previousTitle: string | null } }> }, disputes: { edges: Array<{ node: { id: string, status: DisputeStatus, reason: string, evidence: string, error: string | null, platformReference: string | null, createdAt: string } }> } };

export type ReviewDetailQueryVariables = Exact<{
  workspaceId: string | number;
  id: string | number;
}>;


export type ReviewDetailQuery = { review: { id: string, rating: number, rawRating: number, title: string | null, body: string, urgent: boolean, flags: Array<string>, labels: Array<string>, sentiment: SentimentLabel, suspicion: number, sourceCreatedAt: string, sourceUpdatedAt: string, suggestedReply: string | null, suspicionReasons: Array<{ signal: SuspicionSignal, detail: string, weight: number }>, author: { handle: string, name: string | null }, reply: { body: string, status: ReviewReplyStatus, error: string | null, sentAt: string | null } | null, findings: Array<{ policyId: string, policyName: string, policyVersion: number, rule: string, action: PolicyAction, severity: Severity, message: string, suggestion: string | null, labels: Array<string>, spans: Array<{ start: number, end: number, text: string }> }>, revisions: { edges: Array<{ node: { id: string, editedAt: string, previousBody: string, previousRating: number, previousTitle: string | null } }> }, disputes: { edges: Array<{ node: { id: string, status: DisputeStatus, reason: string, evidence: string, error: string | null, platformReference: string | null, createdAt: string } }> } } };

export type ReviewReplyTemplatesQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type ReviewReplyTemplatesQuery = { reviewReplyTemplates: Array<{ id: string, name: string, body: string, minRating: number, maxRating: number }> };

export type ReputationSummaryQueryVariables = Exact<{
  workspaceId: string | number;
  from: string;
  to: string;
}>;


export type ReputationSummaryQuery = { reputation: { count: number, averageRating: number | null, replyRate: number | null, medianReplySeconds: number | null, flaggedShare: number | null, distribution: Array<{ stars: number, count: number }> } };

export type ReplyToReviewMutationVariables = Exact<{
  input: ReplyToReviewInput;
}>;


export type ReplyToReviewMutation = { replyToReview: { id: string, rating: number, rawRating: number, title: string | null, body: string, urgent: boolean, flags: Array<string>, labels: Array<string>, sentiment: SentimentLabel, suspicion: number, sourceCreatedAt: string, sourceUpdatedAt: string, suggestedReply: string | null, suspicionReasons: Array<{ signal: SuspicionSignal, detail: string, weight: number }>, author: { handle: string, name: string | null }, reply: { body: string, status: ReviewReplyStatus, error: string | null, sentAt: string | null } | null, findings: Array<{ policyId: string, policyName: string, policyVersion: number, rule: string, action: PolicyAction, severity: Severity, message: string, suggestion: string | null, labels: Array<string>, spans: Array<{ start: number, end: number, text: string }> }>, revisions: { edges: Array<{ node: { id: string, editedAt: string, previousBody: string, previousRating: number, previousTitle: string | null } }> }, disputes: { edges: Array<{ node: { id: string, status: DisputeStatus, reason: string, evidence: string, error: string | null, platformReference: string | null, createdAt: string } }> } } };

export type FlagReviewMutationVariables = Exact<{
  input: FlagReviewInput;
}>;


export type FlagReviewMutation = { flagReview: { id: string, flags: Array<string> } };

export type UnflagReviewMutationVariables = Exact<{
  input: UnflagReviewInput;
}>;


export type UnflagReviewMutation = { unflagReview: { id: string, flags: Array<string> } };

export type DisputeReviewMutationVariables = Exact<{
  input: DisputeReviewInput;
}>;


export type DisputeReviewMutation = { disputeReview: { id: string, reviewId: string, status: DisputeStatus, reason: string, evidence: string, error: string | null, platformReference: string | null, createdAt: string } };

export type ReviewAddedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type ReviewAddedSubscription = { reviewAdded: { id: string } };

export type ReviewUpdatedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type ReviewUpdatedSubscription = { reviewUpdated: { id: string, rating: number, rawRating: number, title: string | null, body: string, urgent: boolean, flags: Array<string>, labels: Array<string>, sentiment: SentimentLabel, suspicion: number, sourceCreatedAt: string, sourceUpdatedAt: string, suggestedReply: string | null, suspicionReasons: Array<{ signal: SuspicionSignal, detail: string, weight: number }>, author: { handle: string, name: string | null }, reply: { body: string, status: ReviewReplyStatus, error: string | null, sentAt: string | null } | null, findings: Array<{ policyId: string, policyName: string, policyVersion: number, rule: string, action: PolicyAction, severity: Severity, message: string, suggestion: string | null, labels: Array<string>, spans: Array<{ start: number, end: number, text: string }> }>, revisions: { edges: Array<{ node: { id: string, editedAt: string, previousBody: string, previousRating: number, previousTitle: string | null } }> }, disputes: { edges: Array<{ node: { id: string, status: DisputeStatus, reason: string, evidence: string, error: string | null, platformReference: string | null, createdAt: string } }> } } };

export type SettingsMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type SettingsMembersQuery = { workspace: { id: string, members: { totalCount: number, edges: Array<{ node: { id: string, userId: string, role: Role, createdAt: string, user: { id: string, name: string, email: string } } }> } } };

export type UpdateMemberRoleMutationVariables = Exact<{
  input: UpdateMemberRoleInput;
}>;


export type UpdateMemberRoleMutation = { updateMemberRole: { id: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  workspaceId: string | number;
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: { id: string, userId: string } };

export type InvitationsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, edges: Array<{ node: { id: string, email: string, role: Role, createdAt: string, expiresAt: string } }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { token: string, invitation: { id: string, email: string, role: Role, createdAt: string, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  workspaceId: string | number;
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, email: string } };

export type ApiKeysQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, prefix: string, role: Role, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, role: Role, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  workspaceId: string | number;
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type ReviewSettingsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type ReviewSettingsQuery = { reviewSettings: { lowRatingThreshold: number, watchedNames: Array<string> } };

export type UpdateReviewSettingsMutationVariables = Exact<{
  input: UpdateReviewSettingsInput;
}>;


export type UpdateReviewSettingsMutation = { updateReviewSettings: { lowRatingThreshold: number, watchedNames: Array<string> } };

export type SetupRequiredQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupRequiredQuery = { setupRequired: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string } };

export type SetupMutationVariables = Exact<{
  input: SetupInput;
}>;


export type SetupMutation = { setup: { token: string } };

export type EngagementQueryVariables = Exact<{
  workspaceId: string | number;
  from: string;
  to: string;
}>;


export type EngagementQuery = { engagementStats: { overdueQuestions: number, overall: { conversations: number, answered: number, responseRate: number | null, medianFirstResponseSeconds: number | null, p90FirstResponseSeconds: number | null }, perChannel: Array<{ channelId: string, conversations: number, answered: number, responseRate: number | null, medianFirstResponseSeconds: number | null }> }, channels: { edges: Array<{ node: { id: string, displayName: string } }> } };

export const ChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ChannelFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rawRating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"}},{"kind":"Field","name":{"kind":"Name","value":"suspicionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousBody"}},{"kind":"Field","name":{"kind":"Name","value":"previousRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"platformReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const ShellDocument = {"__meta__":{"hash":"sha256:598cc78edf31609076f43757d6d35d654e6e0947e49a4595212e784e9bb9f240"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isInstanceAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const WorkspaceMembersDocument = {"__meta__":{"hash":"sha256:c8d08f8f221d15dd53799399026ff7b3cb2479bdbf794a82bfc032924e6e4455"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;
export const ChannelsScreenDocument = {"__meta__":{"hash":"sha256:9225244bc2317410f97f3b96df7cfa32a4a3dd18200654072bab6e99f20653ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChannelsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channelTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSchema"}},{"kind":"Field","name":{"kind":"Name","value":"oauth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewSourceTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSchema"}},{"kind":"Field","name":{"kind":"Name","value":"oauth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"instance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultUrl"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ChannelsScreenQuery, ChannelsScreenQueryVariables>;
export const ChannelSyncProgressDocument = {"__meta__":{"hash":"sha256:1649db18a1856876b53d0540acebfad7a856c992e30fa052c9049b318a1830aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChannelSyncProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelSyncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ChannelSyncProgressSubscription, ChannelSyncProgressSubscriptionVariables>;
export const ChannelUpdatedDocument = {"__meta__":{"hash":"sha256:9da321a9f9517bd2b6e4ee7b03b2c52696b91c11e301549e6627f2cfcf7debfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChannelUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnected"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ChannelUpdatedSubscription, ChannelUpdatedSubscriptionVariables>;
export const SyncChannelDocument = {"__meta__":{"hash":"sha256:aa511380057a27217aed15f13b7200daebcbec078908814fbe3fc267f02dacfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"continuesInBackground"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SyncChannelMutation, SyncChannelMutationVariables>;
export const SyncReviewsDocument = {"__meta__":{"hash":"sha256:a8b4d95dda584e8672f18473bfac50a6fee1db2a486abda6bfda69fb80e64334"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"continuesInBackground"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SyncReviewsMutation, SyncReviewsMutationVariables>;
export const BeginChannelConnectionDocument = {"__meta__":{"hash":"sha256:37162de19f8d6551a4a3c5b8fd867d276ae7475c5bf04ca793b61286e3b53de9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginChannelConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginChannelConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginChannelConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BeginChannelConnectionMutation, BeginChannelConnectionMutationVariables>;
export const ConnectChannelDocument = {"__meta__":{"hash":"sha256:980c5720007d97a0eb294c4407810b5bcd938550fb97c2090e84ad40c93550cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ConnectChannelMutation, ConnectChannelMutationVariables>;
export const PendingChannelConnectionDocument = {"__meta__":{"hash":"sha256:3af355fcd26930a98ee1d9d5b5b2407d96d5fc6951648b73a082a341beaf7b02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingChannelConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingChannelConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"connectedChannelId"}}]}}]}}]}}]} as unknown as DocumentNode<PendingChannelConnectionQuery, PendingChannelConnectionQueryVariables>;
export const CompleteChannelConnectionDocument = {"__meta__":{"hash":"sha256:9a63628eab71f7d2c1102cb44ee49d297c3e62ec28a8c49791ccddd87521f5b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteChannelConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteChannelConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeChannelConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChannelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"externalAccountUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSynced"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<CompleteChannelConnectionMutation, CompleteChannelConnectionMutationVariables>;
export const InboxConversationsDocument = {"__meta__":{"hash":"sha256:1815b11193014bae3d7a48315fd4544a0aa4f70a52ef6de31453c4cdfe70a33c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awaitingAnswer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"escalated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"awaitingAnswer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awaitingAnswer"}}},{"kind":"Argument","name":{"kind":"Name","value":"escalated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"escalated"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxConversationsQuery, InboxConversationsQueryVariables>;
export const ThreadDocument = {"__meta__":{"hash":"sha256:9582bd266709f12fa75833107a42ba0dfccbeb178da3b4ca24ca2010d2e8c5f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationClearedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"networkEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadQuery, ThreadQueryVariables>;
export const CannedRepliesDocument = {"__meta__":{"hash":"sha256:7efde6fc37957854b47327833d3509967d38e890a7763dcbc651ddbbf3e6acc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedReplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<CannedRepliesQuery, CannedRepliesQueryVariables>;
export const InboxMessageAddedDocument = {"__meta__":{"hash":"sha256:468ee7f07add4021dec97d8d473968b1910a7fe943399de2bd29259876784b66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxMessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<InboxMessageAddedSubscription, InboxMessageAddedSubscriptionVariables>;
export const InboxConversationUpdatedDocument = {"__meta__":{"hash":"sha256:4f8ad7655877e822b3e09fd73bf2a8235112c40b7f092fb4820baa8358550c06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxConversationUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<InboxConversationUpdatedSubscription, InboxConversationUpdatedSubscriptionVariables>;
export const InboxMessageUpdatedDocument = {"__meta__":{"hash":"sha256:f8842b1fb9a128150ccd6bd336b4788da85b1d6153464d816255e3425ffa1ae8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxMessageUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryError"}},{"kind":"Field","name":{"kind":"Name","value":"networkEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxMessageUpdatedSubscription, InboxMessageUpdatedSubscriptionVariables>;
export const ReplyDocument = {"__meta__":{"hash":"sha256:7b936b2ceacd3c53e32a11e4067eb80bca779d8c925810515d34183f283c9cf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}}]}}]}}]} as unknown as DocumentNode<ReplyMutation, ReplyMutationVariables>;
export const HideMessageDocument = {"__meta__":{"hash":"sha256:0443a9a0567e1c151a500608bfb1b32e70b10bc2f26f92e45396e5dcafc6177f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HideMessageMutation, HideMessageMutationVariables>;
export const UnhideMessageDocument = {"__meta__":{"hash":"sha256:a0f7c8f242b99192b6f1ba0aab1aacb0c35570189f577c2c5323cd3266185ef3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnhideMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unhideMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnhideMessageMutation, UnhideMessageMutationVariables>;
export const AssignConversationDocument = {"__meta__":{"hash":"sha256:377a9b3c05a4e12a2196536bd8a15faba70e143cafeb773f3086487a210abbee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}}]}}]}}]} as unknown as DocumentNode<AssignConversationMutation, AssignConversationMutationVariables>;
export const SetConversationStatusDocument = {"__meta__":{"hash":"sha256:5cb4350e613a278cca5f3fdda37472a925ac374c6e1f3e00333c7ce8d8d07678"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConversationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConversationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConversationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}}]}}]}}]} as unknown as DocumentNode<SetConversationStatusMutation, SetConversationStatusMutationVariables>;
export const SetConversationPriorityDocument = {"__meta__":{"hash":"sha256:dc43a5a1eda65521cebc2fb91f3f0fbfc76baa589a30d2ccf589f9db59f8c785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConversationPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConversationPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConversationPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<SetConversationPriorityMutation, SetConversationPriorityMutationVariables>;
export const ClearEscalationDocument = {"__meta__":{"hash":"sha256:c864c273b24efeeb0585a2195e3d117bac92553570de3c6eb4588430cc51e406"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationClearedAt"}}]}}]}}]} as unknown as DocumentNode<ClearEscalationMutation, ClearEscalationMutationVariables>;
export const AddConversationLabelDocument = {"__meta__":{"hash":"sha256:ee6788515b50abf6ac5abd90cd0c4d720b72d90f8d7a9f3b7b5625cf12e706e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConversationLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationLabelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConversationLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<AddConversationLabelMutation, AddConversationLabelMutationVariables>;
export const RemoveConversationLabelDocument = {"__meta__":{"hash":"sha256:d53b5006ebe0856d09a4c81f3a42865b0c486be4402e8939420c39d4a600e2c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConversationLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationLabelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConversationLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]}}]} as unknown as DocumentNode<RemoveConversationLabelMutation, RemoveConversationLabelMutationVariables>;
export const AddConversationNoteDocument = {"__meta__":{"hash":"sha256:c3e3dc4cb1e90d87349d4f9c9824118f858890efd2a06a56525f8ffe8b5cce65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConversationNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConversationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]}}]} as unknown as DocumentNode<AddConversationNoteMutation, AddConversationNoteMutationVariables>;
export const HideMessageInboxOnlyDocument = {"__meta__":{"hash":"sha256:52a89e62accfd051c873d358e903424a82beaf8d78adba3d387e89dfa994dded"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideMessageInboxOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"inboxOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"networkEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HideMessageInboxOnlyMutation, HideMessageInboxOnlyMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"sha256:c1cd529ce809f97f945899e53c495df5c2074d34bd77db6de3a7eba1dfb45bd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const PoliciesDocument = {"__meta__":{"hash":"sha256:8b4004652b60f70d12fff317bdffb688363b7b22207b6f0e2647f1aedd85c5ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"argsSchema"}},{"kind":"Field","name":{"kind":"Name","value":"defaultArgs"}},{"kind":"Field","name":{"kind":"Name","value":"plugin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const PolicyMembersDocument = {"__meta__":{"hash":"sha256:a417e9c3b5abaf307ef2aa4ea22bca1c16a5c6cdfc9a0dbbc5c37605d365ae12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PolicyMembersQuery, PolicyMembersQueryVariables>;
export const UpdatePolicyDocument = {"__meta__":{"hash":"sha256:11369d87fc2ae0427f3b8cbcb2bd7273777873db10545e494f11cee09f9d9baf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]} as unknown as DocumentNode<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const CreatePolicyDocument = {"__meta__":{"hash":"sha256:18a9bf16dcf0f6006784caa9dc3a5a0d50b12bcf91b0d061d754dcbcb847cbe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"args"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]} as unknown as DocumentNode<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const EvaluateDraftDocument = {"__meta__":{"hash":"sha256:356b157a2ce8a227df1a4f15d3735d45b3605db1b96a824a84634aa880c138d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluateDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluateDraftQuery, EvaluateDraftQueryVariables>;
export const PostsDocument = {"__meta__":{"hash":"sha256:ca614c5d147a11bf2347c17bb5eec042ca2c75a884742f8fa21064cbbc349996"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Posts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"limitErrors"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostsQuery, PostsQueryVariables>;
export const PostUpdatedDocument = {"__meta__":{"hash":"sha256:1905e3c70f10f98ad81841b9b9f3756583540ca04d2714e5899e1d66a2521d51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PostUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<PostUpdatedSubscription, PostUpdatedSubscriptionVariables>;
export const CreatePostDocument = {"__meta__":{"hash":"sha256:e6bfada6193a9200468921e112b7d82d8bab3d736eb5e751e54e79f9c3aa0f09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const SubmitPostDocument = {"__meta__":{"hash":"sha256:caefa126e9d76efabf878923225fc69b37ebff0b27ed29f6a31b6e5b35043c33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitPostMutation, SubmitPostMutationVariables>;
export const ApprovePostDocument = {"__meta__":{"hash":"sha256:548742b0ecc2a6d310ce1c28c6e7e94db4739a73ba37a46f048c2e8536647032"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovePostMutation, ApprovePostMutationVariables>;
export const SchedulePostDocument = {"__meta__":{"hash":"sha256:5ec643222c6b06d2c435e3219146f069acdc9667d8afaad11b599685b2d095d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchedulePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchedulePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<SchedulePostMutation, SchedulePostMutationVariables>;
export const ReviewsListDocument = {"__meta__":{"hash":"sha256:f6a690995caa830358a26154bd2329e815021d5ee94b228153d7d3b21764c628"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxRating"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awaitingReply"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSuspicion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxRating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxRating"}}},{"kind":"Argument","name":{"kind":"Name","value":"awaitingReply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awaitingReply"}}},{"kind":"Argument","name":{"kind":"Name","value":"flagged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagged"}}},{"kind":"Argument","name":{"kind":"Name","value":"minSuspicion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSuspicion"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsListQuery, ReviewsListQueryVariables>;
export const ReviewDetailDocument = {"__meta__":{"hash":"sha256:013610fd06380913ca220a337345f932ed757562932ef0d36bcf6dd6b0c2d597"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rawRating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"}},{"kind":"Field","name":{"kind":"Name","value":"suspicionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousBody"}},{"kind":"Field","name":{"kind":"Name","value":"previousRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"platformReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDetailQuery, ReviewDetailQueryVariables>;
export const ReviewReplyTemplatesDocument = {"__meta__":{"hash":"sha256:a6e828ca4bafcf17abf8dbd0411d6932e47344717db50ffaeaf1cf4886206ec2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewReplyTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewReplyTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"minRating"}},{"kind":"Field","name":{"kind":"Name","value":"maxRating"}}]}}]}}]} as unknown as DocumentNode<ReviewReplyTemplatesQuery, ReviewReplyTemplatesQueryVariables>;
export const ReputationSummaryDocument = {"__meta__":{"hash":"sha256:2f736e22fccef9e8e5ded7667bcfbdd60438cfb4440f755746950fdc962bbb0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReputationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reputation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"replyRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianReplySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedShare"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ReputationSummaryQuery, ReputationSummaryQueryVariables>;
export const ReplyToReviewDocument = {"__meta__":{"hash":"sha256:e303a5de4cbd7c5eeba9a5d9bfd88d72186e966e9a4ac5efd418fcc8af262686"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rawRating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"}},{"kind":"Field","name":{"kind":"Name","value":"suspicionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousBody"}},{"kind":"Field","name":{"kind":"Name","value":"previousRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"platformReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToReviewMutation, ReplyToReviewMutationVariables>;
export const FlagReviewDocument = {"__meta__":{"hash":"sha256:673188a4c8432864c8653279eeb1c7ce509e1f15586818464cd91c2aac478936"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<FlagReviewMutation, FlagReviewMutationVariables>;
export const UnflagReviewDocument = {"__meta__":{"hash":"sha256:14e9e8378b3e2b3693d398edd817ee1f5aee4cb0c014631d9f9635e3f6ac06a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnflagReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnflagReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unflagReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]} as unknown as DocumentNode<UnflagReviewMutation, UnflagReviewMutationVariables>;
export const DisputeReviewDocument = {"__meta__":{"hash":"sha256:fef235961397b00180242540840bf2a1a64206763dcd11f5ca044b8751c5e83a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisputeReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"platformReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DisputeReviewMutation, DisputeReviewMutationVariables>;
export const ReviewAddedDocument = {"__meta__":{"hash":"sha256:3e67b4d6f63fa0db0c0d5076926d4033687ad1240003e60786156fdce41d2e70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReviewAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReviewAddedSubscription, ReviewAddedSubscriptionVariables>;
export const ReviewUpdatedDocument = {"__meta__":{"hash":"sha256:cadbc46b10cd853399088fbdad980911487750c3256406712efbb0da8eb70f40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReviewUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"rawRating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"suspicion"}},{"kind":"Field","name":{"kind":"Name","value":"suspicionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCreatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedReply"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousBody"}},{"kind":"Field","name":{"kind":"Name","value":"previousRating"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"platformReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewUpdatedSubscription, ReviewUpdatedSubscriptionVariables>;
export const SettingsMembersDocument = {"__meta__":{"hash":"sha256:f5add9987a2eb119fdbff9c2d2e7cca147202eeed5b10c0af5e87645a2922eb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMembersQuery, SettingsMembersQueryVariables>;
export const UpdateMemberRoleDocument = {"__meta__":{"hash":"sha256:425b13a9534955aaef8852cb5de13b5f7b75fe9ecdc6d547961cfa500f8a9d46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"__meta__":{"hash":"sha256:7a2149b8e1450d3a2c19a2353c86bc97eb3642e2ef4f591ac929e35fb1ca8475"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const InvitationsDocument = {"__meta__":{"hash":"sha256:ed7b6cf311d53fef921f04f4042aa2a0e9c10f42afb9fadbdb4b1a230ee010a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = {"__meta__":{"hash":"sha256:8c2e29b2574bb608594b2a36f31a5568c21a0edcdb39601fc5485291218300e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"__meta__":{"hash":"sha256:fe85b05dada910ef3c383c3269e6a713d105c550a4ff98d55ec5edf8e79b8f39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"sha256:20b76abbc02765112fff775379cfcb404a24cf13b5bab1a2fb5583fb5a768573"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"sha256:8945448d8c4cf9768b680325e879e21aac1047a2038bef17724f5044528a6d4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"sha256:5c5f2d03db70731e8565ac5d866a618ebaa6f89cc63c19eb440f999ac3e142a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ReviewSettingsDocument = {"__meta__":{"hash":"sha256:472b84323660ef0ca9a2b50acaf1cd7e1b5caf45964482be5b32754a56c8bb7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowRatingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"watchedNames"}}]}}]}}]} as unknown as DocumentNode<ReviewSettingsQuery, ReviewSettingsQueryVariables>;
export const UpdateReviewSettingsDocument = {"__meta__":{"hash":"sha256:438a717e4c98d0cecf72d405637cc89c99add621f2a638e33444a1a55022977a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReviewSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowRatingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"watchedNames"}}]}}]}}]} as unknown as DocumentNode<UpdateReviewSettingsMutation, UpdateReviewSettingsMutationVariables>;
export const SetupRequiredDocument = {"__meta__":{"hash":"sha256:e83c945849fdf79f113660fa1359c83d8a5705a2f8b6bfb82d817906e1c1f04a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupRequired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupRequired"}}]}}]} as unknown as DocumentNode<SetupRequiredQuery, SetupRequiredQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:9362d19bafdc48fdedda868babe45ea17c39b297af5cf495f3d9d41801013887"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SetupDocument = {"__meta__":{"hash":"sha256:83db0f123553f6509713e47a35a9112712a608f3256a3cccc8308199c9a5f682"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Setup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SetupMutation, SetupMutationVariables>;
export const EngagementDocument = {"__meta__":{"hash":"sha256:abedbabda9f693cd1b500ebf1ae0890f24f6fc8c1929e16276111876e5a35aa4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Engagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90FirstResponseSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseSeconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementQuery, EngagementQueryVariables>;