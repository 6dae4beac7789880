import { createContext, useContext } from 'react';
import type { ApprovalMode, Role } from './gql/graphql';

export interface Me {
  id: string;
  name: string;
  email: string;
  isInstanceAdmin: boolean;
}

export interface WorkspaceInfo {
  id: string;
  name: string;
  timezone: string;
  /** Who approves posts (the client too, or not): decides whether posts offer "Ask the client". */
  approvalMode: ApprovalMode;
  /** The signed-in user's role there (null: none, e.g. removed since). */
  viewerRole: Role | null;
}

/** The signed-in user, the open workspace and their role there. */
export interface CurrentContext {
  me: Me;
  workspace: WorkspaceInfo;
  role: Role | null;
}

export const Current = createContext<CurrentContext | null>(null);

export function useCurrent(): CurrentContext {
  const current = useContext(Current);
  if (!current) throw new Error('useCurrent outside a workspace');
  return current;
}
