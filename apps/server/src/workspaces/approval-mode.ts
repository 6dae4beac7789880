import { registerEnumType } from '@nestjs/graphql';

/** Who approves a workspace's posts before they may be published (docs/client-approvals.md). */
export enum ApprovalMode {
  INTERNAL_ONLY = 'INTERNAL_ONLY',
  INTERNAL_THEN_CLIENT = 'INTERNAL_THEN_CLIENT',
  CLIENT_ONLY = 'CLIENT_ONLY',
}

/** How many of the client's reviewers must approve a post. */
export enum ClientApprovalRule {
  ALL_MUST_APPROVE = 'ALL_MUST_APPROVE',
  ANY = 'ANY',
}

/** Whether posts of a workspace in this mode need the client's approval before they are published. */
export function needsClientApproval(mode: ApprovalMode): boolean {
  return mode !== ApprovalMode.INTERNAL_ONLY;
}

registerEnumType(ApprovalMode, {
  name: 'ApprovalMode',
  description: 'Who approves posts before they are published.',
  valuesMap: {
    INTERNAL_ONLY: { description: 'The team only (approvePost when approval is required); clients are not asked.' },
    INTERNAL_THEN_CLIENT: { description: 'Every post is approved by an ADMIN first (submitPost, approvePost), then by the client (requestClientApproval); it publishes only once both did.' },
    CLIENT_ONLY: { description: 'The client approves instead of the team: a post publishes only once the client approved it, and needs no approvePost.' },
  },
});
registerEnumType(ClientApprovalRule, {
  name: 'ClientApprovalRule',
  description: 'How many of the people asked must approve a post.',
  valuesMap: {
    ALL_MUST_APPROVE: { description: 'Everyone asked (and not revoked) approves; one request for changes sends the post back.' },
    ANY: { description: 'The first decision settles it: one approval approves, one request for changes sends the post back.' },
  },
});
