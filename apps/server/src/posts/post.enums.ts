import { registerEnumType } from '@nestjs/graphql';

export enum PostStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  SCHEDULED = 'SCHEDULED',
  PUBLISHING = 'PUBLISHING',
  PUBLISHED = 'PUBLISHED',
  PARTIALLY_PUBLISHED = 'PARTIALLY_PUBLISHED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export enum PostKind {
  GENERAL = 'GENERAL',
  PROMOTIONAL = 'PROMOTIONAL',
}

export enum TargetStatus {
  PENDING = 'PENDING',
  PUBLISHING = 'PUBLISHING',
  PUBLISHED = 'PUBLISHED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export enum PostActivityKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  SCHEDULED = 'SCHEDULED',
  RESCHEDULED = 'RESCHEDULED',
  UNSCHEDULED = 'UNSCHEDULED',
  PUBLISH_REQUESTED = 'PUBLISH_REQUESTED',
  CANCELLED = 'CANCELLED',
  TARGET_PUBLISHED = 'TARGET_PUBLISHED',
  TARGET_FAILED = 'TARGET_FAILED',
  CLIENT_APPROVAL_REQUESTED = 'CLIENT_APPROVAL_REQUESTED',
  CLIENT_APPROVED = 'CLIENT_APPROVED',
  CLIENT_CHANGES_REQUESTED = 'CLIENT_CHANGES_REQUESTED',
  CLIENT_APPROVAL_REVOKED = 'CLIENT_APPROVAL_REVOKED',
  CLIENT_APPROVAL_EXPIRED = 'CLIENT_APPROVAL_EXPIRED',
  CLIENT_APPROVAL_MISSING = 'CLIENT_APPROVAL_MISSING',
}

/** Where a post stands with the client (workspaces whose approvalMode involves the client; docs/client-approvals.md). */
export enum ClientApprovalStatus {
  NOT_REQUESTED = 'NOT_REQUESTED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(PostStatus, {
  name: 'PostStatus',
  description: 'Where a post is in its life: DRAFT → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHING → PUBLISHED | PARTIALLY_PUBLISHED | FAILED, or CANCELLED.',
  valuesMap: {
    DRAFT: { description: 'Being written.' },
    IN_REVIEW: { description: 'Submitted; waiting for an ADMIN to approve or request changes.' },
    APPROVED: { description: 'Approved; can be scheduled or published.' },
    SCHEDULED: { description: 'Will publish at scheduledAt.' },
    PUBLISHING: { description: 'Being published to its channels.' },
    PUBLISHED: { description: 'Published on every channel.' },
    PARTIALLY_PUBLISHED: { description: 'Published on some channels; others failed (see targets).' },
    FAILED: { description: 'Published nowhere (see targets for why).' },
    CANCELLED: { description: 'Cancelled before publishing.' },
  },
});
registerEnumType(PostKind, {
  name: 'PostKind',
  description: 'Commercial content or general content of interest (channels should not become ad feeds).',
  valuesMap: { GENERAL: { description: 'Content of interest: tips, stories, news.' }, PROMOTIONAL: { description: 'Selling: deals, offers, launches.' } },
});
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'Publishing state of a post on one channel.',
  valuesMap: {
    PENDING: { description: 'Not published yet.' },
    PUBLISHING: { description: 'The network call is under way (or its outcome is being confirmed).' },
    PUBLISHED: { description: 'On the network; see externalId and url.' },
    FAILED: { description: 'Will not be retried; see lastError.' },
    CANCELLED: { description: 'The post was cancelled.' },
  },
});
registerEnumType(ClientApprovalStatus, {
  name: 'ClientApprovalStatus',
  description: "Where a post stands with the client's approval (requestClientApproval).",
  valuesMap: {
    NOT_REQUESTED: { description: 'The client has not been asked, or was asked about other content (the post changed since) or the request was revoked.' },
    PENDING: { description: 'Sent to the client; the workspace’s rule (ALL_MUST_APPROVE or ANY) is not met yet.' },
    APPROVED: { description: 'The client approved this content.' },
    CHANGES_REQUESTED: { description: 'The client asked for changes (see postHistory); the post went back to DRAFT.' },
    EXPIRED: { description: 'The deadline passed before the client approved; the post will not publish until it is approved in a new request.' },
  },
});
registerEnumType(PostActivityKind, {
  name: 'PostActivityKind',
  description: 'What happened to a post.',
  valuesMap: Object.fromEntries(
    Object.values(PostActivityKind).map((k) => [
      k,
      { description: k.toLowerCase().replace(/_/g, ' ') },
    ]),
  ),
});
