import type { Role } from './gql/graphql';

const RANK: Record<Role, number> = { OWNER: 5, ADMIN: 4, EDITOR: 3, AGENT: 2, VIEWER: 1 };

/** The server's ladder (apps/server/src/auth/role.enum.ts): controls a role may not use are not shown; the server still enforces. */
export function roleAtLeast(role: Role | null, minimum: Role): boolean {
  return role !== null && RANK[role] >= RANK[minimum];
}
