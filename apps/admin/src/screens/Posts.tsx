import { Badge, Button, Group, MultiSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Async, ErrorAlert } from '../components/Async';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { PostsQuery } from '../gql/graphql';
import { roleAtLeast } from '../roles';

const PostsList = graphql(`
  query Posts($workspaceId: ID!) {
    posts(workspaceId: $workspaceId, first: 50) {
      totalCount
      edges {
        node {
          id
          body
          status
          scheduledAt
          requiresApproval
          limitErrors
          targets {
            id
            channelId
            status
            lastError
            url
          }
        }
      }
    }
    channels(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          displayName
          kind
          status
        }
      }
    }
  }
`);

const PostUpdated = graphql(`
  subscription PostUpdated($workspaceId: ID!) {
    postUpdated(workspaceId: $workspaceId) {
      id
      status
      scheduledAt
      targets {
        id
        status
        lastError
        url
      }
    }
  }
`);

const CreatePost = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      status
    }
  }
`);

const Submit = graphql(`
  mutation SubmitPost($input: PostActionInput!) {
    submitPost(input: $input) {
      id
      status
    }
  }
`);

const Approve = graphql(`
  mutation ApprovePost($input: PostActionInput!) {
    approvePost(input: $input) {
      id
      status
    }
  }
`);

const Schedule = graphql(`
  mutation SchedulePost($input: SchedulePostInput!) {
    schedulePost(input: $input) {
      id
      status
      scheduledAt
    }
  }
`);

type PostRow = PostsQuery['posts']['edges'][number]['node'];
type ChannelRow = PostsQuery['channels']['edges'][number]['node'];

/** Posts: compose once with per-channel variants, submit, approve, schedule; publishing status live on postUpdated. */
export function Posts() {
  const { workspace, role } = useCurrent();
  const [result, refetch] = useQuery({ query: PostsList, variables: { workspaceId: workspace.id } });
  useSubscription({ query: PostUpdated, variables: { workspaceId: workspace.id } });
  return (
    <Stack>
      <Title order={1} size="h2">
        Posts
      </Title>
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="posts">
        {(data) => {
          const channels = data.channels.edges.map((e) => e.node).filter((c) => c.kind !== 'REVIEWS');
          const posts = data.posts.edges.map((e) => e.node);
          return (
            <>
              {roleAtLeast(role, 'EDITOR') && <Composer channels={channels} />}
              {posts.length === 0 ? (
                <Text c="dimmed" role="status">
                  No post yet.{roleAtLeast(role, 'EDITOR') ? ' Compose the first one above.' : ''}
                </Text>
              ) : (
                <PostTable posts={posts} channels={channels} />
              )}
            </>
          );
        }}
      </Async>
    </Stack>
  );
}

function Composer({ channels }: { channels: ChannelRow[] }) {
  const { workspace } = useCurrent();
  const [state, create] = useMutation(CreatePost);
  const [body, setBody] = useState('');
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [variants, setVariants] = useState<Record<string, string>>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      input: {
        workspaceId: workspace.id,
        body,
        channelIds,
        variants: channelIds.filter((id) => variants[id]?.trim()).map((channelId) => ({ channelId, text: variants[channelId] })),
      },
    });
    if (result.data) {
      setBody('');
      setChannelIds([]);
      setVariants({});
    }
  };
  if (channels.length === 0) return <Text c="dimmed">Connect a channel to compose posts.</Text>;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="compose-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="compose-title">
          Compose
        </Title>
        <Textarea label="Text" required autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <MultiSelect label="Channels" required data={channels.map((c) => ({ value: c.id, label: c.displayName }))} value={channelIds} onChange={setChannelIds} />
        {channelIds.map((id) => (
          <Textarea
            key={id}
            label={`Variant for ${channels.find((c) => c.id === id)?.displayName}`}
            description="Leave empty to post the main text."
            autosize
            minRows={2}
            value={variants[id] ?? ''}
            onChange={(e) => setVariants({ ...variants, [id]: e.currentTarget.value })}
          />
        ))}
        {state.error && <ErrorAlert error={state.error} title="Post not saved" />}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={!body.trim() || channelIds.length === 0}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const STATUS_COLOR: Record<string, string> = { PUBLISHED: 'green', FAILED: 'red', PARTIALLY_PUBLISHED: 'orange', SCHEDULED: 'blue', PUBLISHING: 'cyan', IN_REVIEW: 'yellow' };

function PostTable({ posts, channels }: { posts: PostRow[]; channels: ChannelRow[] }) {
  const names = new Map(channels.map((c) => [c.id, c.displayName]));
  return (
    <Table striped aria-label="Posts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Post</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Channels</Table.Th>
          <Table.Th>Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {posts.map((post) => (
          <Table.Tr key={post.id}>
            <Table.Td maw={360}>
              <Text size="sm" lineClamp={3}>
                {post.body}
              </Text>
              {post.limitErrors.map((e) => (
                <Text key={e} size="xs" c="red">
                  {e}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[post.status] ?? 'gray'}>{post.status.replace('_', ' ').toLowerCase()}</Badge>
              {post.scheduledAt && (
                <Text size="xs" c="dimmed">
                  {new Date(post.scheduledAt).toLocaleString()}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {post.targets.map((t) => (
                <Text key={t.id} size="xs">
                  {names.get(t.channelId) ?? 'Channel'}: {t.status.toLowerCase()}
                  {t.lastError && <Text span c="red"> ({t.lastError})</Text>}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <PostActions post={post} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PostActions({ post }: { post: PostRow }) {
  const { workspace, role } = useCurrent();
  const [submitState, submit] = useMutation(Submit);
  const [approveState, approve] = useMutation(Approve);
  const [scheduleState, schedule] = useMutation(Schedule);
  const [at, setAt] = useState('');
  const input = { workspaceId: workspace.id, postId: post.id };
  const error = submitState.error ?? approveState.error ?? scheduleState.error;
  if (!roleAtLeast(role, 'EDITOR')) return null;
  return (
    <Stack gap={4}>
      {post.status === 'DRAFT' && post.requiresApproval && (
        <Button size="compact-xs" variant="light" loading={submitState.fetching} onClick={() => submit({ input })}>
          Submit for approval
        </Button>
      )}
      {post.status === 'IN_REVIEW' && roleAtLeast(role, 'ADMIN') && (
        <Button size="compact-xs" variant="light" color="green" loading={approveState.fetching} onClick={() => approve({ input })}>
          Approve
        </Button>
      )}
      {(post.status === 'APPROVED' || (post.status === 'DRAFT' && !post.requiresApproval)) && (
        <Group gap={4} wrap="nowrap">
          <TextInput
            type="datetime-local"
            size="xs"
            aria-label={`Publish at (${workspace.timezone})`}
            title={`In the workspace's time zone, ${workspace.timezone}`}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
          />
          <Button size="compact-xs" disabled={!at} loading={scheduleState.fetching} onClick={() => schedule({ input: { ...input, at, timezone: workspace.timezone } })}>
            Schedule
          </Button>
        </Group>
      )}
      {error && <ErrorAlert error={error} title="Not done" />}
    </Stack>
  );
}
