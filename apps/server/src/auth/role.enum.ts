import { registerEnumType } from '@nestjs/graphql';

/** Workspace roles, from most to least powerful. */
export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  AGENT = 'AGENT',
  VIEWER = 'VIEWER',
}

const RANK: Record<Role, number> = {
  [Role.OWNER]: 5,
  [Role.ADMIN]: 4,
  [Role.EDITOR]: 3,
  [Role.AGENT]: 2,
  [Role.VIEWER]: 1,
};

/**
 * Roles form a ladder: an ADMIN may do what an EDITOR may. EDITOR (posts) and
 * AGENT (inbox) are siblings in purpose, and the ladder puts EDITOR above AGENT
 * so that content owners can also answer; domain checks that need a sibling
 * split can name roles explicitly.
 */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member or API key may do in a workspace.',
  valuesMap: {
    OWNER: { description: 'Everything, including managing owners and deleting the workspace.' },
    ADMIN: { description: 'Channels, policies, members and API keys.' },
    EDITOR: { description: 'Compose, schedule and publish posts.' },
    AGENT: { description: 'Answer the inbox and reviews.' },
    VIEWER: { description: 'Read only.' },
  },
});
