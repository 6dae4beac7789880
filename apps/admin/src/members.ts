import { useQuery } from 'urql';
import { useCurrent } from './context';
import { graphql } from './gql';

const MemberChoices = graphql(`
  query MemberChoices($id: ID!) {
    workspace(id: $id) {
      id
      members(first: 100) {
        edges {
          node {
            id
            userId
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

/** The open workspace's members' names by user id, to say who did something; empty while loading. */
export function useMemberNames(): Map<string, string> {
  return new Map(useMemberOptions().map((member) => [member.value, member.label]));
}

/** The open workspace's members (the first 100) as select options, value = user id; empty while loading. */
export function useMemberOptions(label: (user: { name: string; email: string }) => string = (user) => user.name): Array<{ value: string; label: string }> {
  const { workspace } = useCurrent();
  const [result] = useQuery({ query: MemberChoices, variables: { id: workspace.id } });
  return (result.data?.workspace.members.edges ?? []).map((e) => ({ value: e.node.userId, label: label(e.node.user) }));
}
