import { useQuery } from 'urql';
import { useCurrent } from './context';
import { graphql } from './gql';

/** The signed-in user's role in the workspace (the shell's), and its members (the first 100, for pickers). */
export const WorkspaceMembers = graphql(`
  query WorkspaceMembers($id: ID!) {
    workspace(id: $id) {
      id
      viewerRole
      members(first: 100) {
        edges {
          node {
            id
            userId
            role
            user {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);

/** The open workspace's members (the first 100) as select options, value = user id; empty while loading. */
export function useMemberOptions(label: (user: { name: string; email: string }) => string = (user) => user.name): Array<{ value: string; label: string }> {
  const { workspace } = useCurrent();
  const [result] = useQuery({ query: WorkspaceMembers, variables: { id: workspace.id } });
  return (result.data?.workspace.members.edges ?? []).map((e) => ({ value: e.node.userId, label: label(e.node.user) }));
}
