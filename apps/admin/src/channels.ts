import { useQuery } from 'urql';
import { useCurrent } from './context';
import { graphql } from './gql';

const ChannelChoices = graphql(`
  query ChannelChoices($workspaceId: ID!) {
    channels(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          displayName
          kind
        }
      }
    }
  }
`);

/** The open workspace's channels (the first 100) of one kind, or all, as select options (value = channel id); empty while loading. */
export function useChannelOptions(kind?: 'NETWORK' | 'REVIEW_SOURCE'): Array<{ value: string; label: string }> {
  const { workspace } = useCurrent();
  const [result] = useQuery({ query: ChannelChoices, variables: { workspaceId: workspace.id } });
  return (result.data?.channels.edges ?? []).filter(({ node }) => !kind || node.kind === kind).map(({ node }) => ({ value: node.id, label: node.displayName }));
}

/** The open workspace's channels' names by id; empty while loading. */
export function useChannelNames(): Map<string, string> {
  return new Map(useChannelOptions().map((channel) => [channel.value, channel.label]));
}
