import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Tabs, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { ConfirmInline, Done } from '../components/Feedback';
import { LoadMore, usePagedQuery } from '../components/LoadMore';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { PostActivityKind, PostChannelsQuery, PostForEditQuery, PostsQuery } from '../gql/graphql';
import { useMemberNames } from '../members';
import { roleAtLeast } from '../roles';
import { wallTime, wallString } from '../time';
import { countText } from '../format';
import { Calendar } from './Calendar';
import { draftInput, draftOf, EMPTY_DRAFT, LimitErrors, PostFields, type DraftChannelType, type PostDraft } from './PostFields';

const PostsList = graphql(`
  query Posts($workspaceId: ID!, $newestFirst: Boolean!, $after: String) {
    posts(workspaceId: $workspaceId, newestFirst: $newestFirst, first: 50, after: $after) {
      countUpTo(limit: 1000) {
        count
        precision
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          status
          scheduledAt
          requiresApproval
          clientApprovalStatus
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
  }
`);

/** The channels posts can go to and what their types take: read once, not again with each page of posts. */
const PostChannels = graphql(`
  query PostChannels($workspaceId: ID!) {
    channels(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          displayName
          kind
          type
          status
        }
      }
    }
    channelTypes {
      ...PostChannelType
    }
  }
`);

/** What the post fields need of a channel type: the media types it takes and the network options a post may set (its limits come from postFit). */
graphql(`
  fragment PostChannelType on ChannelTypeInfo {
    code
    limits {
      mediaTypes
    }
    postOptions {
      name
      title
      description
      allowedValues
      minLength
      maxLength
    }
  }
`);

/** A post as the edit form starts from it, with what its fields need. */
const PostForEdit = graphql(`
  query PostForEdit($workspaceId: ID!, $id: ID!) {
    post(workspaceId: $workspaceId, id: $id) {
      id
      body
      media
      targets {
        id
        channelId
        variantText
        options {
          name
          value
        }
      }
    }
    channels(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          displayName
          kind
          type
          status
        }
      }
    }
    channelTypes {
      ...PostChannelType
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
        channelId
        status
        lastError
        url
        publishedAt
      }
    }
  }
`);

const PostDeleted = graphql(`
  subscription PostDeleted($workspaceId: ID!) {
    postDeleted(workspaceId: $workspaceId)
  }
`);

const CreatePost = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      status
      limitErrors
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

const Reschedule = graphql(`
  mutation ReschedulePost($input: SchedulePostInput!) {
    reschedulePost(input: $input) {
      id
      status
      scheduledAt
    }
  }
`);

const Unschedule = graphql(`
  mutation UnschedulePost($input: PostActionInput!) {
    unschedulePost(input: $input) {
      id
      status
      scheduledAt
    }
  }
`);

const PublishNow = graphql(`
  mutation PublishPostNow($input: PostActionInput!) {
    publishPostNow(input: $input) {
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

const RequestChanges = graphql(`
  mutation RequestPostChanges($input: PostActionInput!) {
    requestPostChanges(input: $input) {
      id
      status
    }
  }
`);

const Cancel = graphql(`
  mutation CancelPost($input: PostActionInput!) {
    cancelPost(input: $input) {
      id
      status
      scheduledAt
    }
  }
`);

const Update = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      id
      body
      media
      status
      scheduledAt
      limitErrors
      targets {
        id
        channelId
        status
        variantText
        options {
          name
          value
        }
      }
    }
  }
`);

const Delete = graphql(`
  mutation DeletePost($workspaceId: ID!, $id: ID!) {
    deletePost(workspaceId: $workspaceId, id: $id) {
      id
    }
  }
`);

type PostRow = PostsQuery['posts']['edges'][number]['node'];
export type ChannelRow = PostChannelsQuery['channels']['edges'][number]['node'];
/** What the actions need of a post, from the list or the calendar. */
export type ActionablePost = Pick<PostRow, 'id' | 'body' | 'status' | 'scheduledAt' | 'requiresApproval' | 'clientApprovalStatus'>;

/**
 * Posts: compose once with per-channel variants; the calendar (week and month, drag or Alt+arrow keys to
 * reschedule) and the list; submit, approve, request changes, schedule, reschedule, unschedule, publish now, edit,
 * cancel and delete where the post's status allows; publishing status per target live on postUpdated.
 */
export function Posts() {
  const { workspace, role } = useCurrent();
  const [newestFirst, setNewestFirst] = useState(true);
  const posts = usePagedQuery(PostsList, { workspaceId: workspace.id, newestFirst }, (data) => data.posts);
  const [setup, refetchSetup] = useQuery({ query: PostChannels, variables: { workspaceId: workspace.id } });
  useSubscription({ query: PostUpdated, variables: { workspaceId: workspace.id } });
  useSubscription({ query: PostDeleted, variables: { workspaceId: workspace.id } });
  const [tab, setTab] = useState<string | null>('calendar');
  const total = posts.first.data?.posts.countUpTo;
  return (
    <Stack>
      <Title order={1} size="h2">
        Posts
      </Title>
      <Async result={setup} retry={() => refetchSetup({ requestPolicy: 'network-only' })} what="the channels">
        {(data) => {
          // Posts go to networks; review sources take replies only.
          const channels = data.channels.edges.map((e) => e.node).filter((c) => c.kind !== 'REVIEW_SOURCE');
          return (
            <>
              {roleAtLeast(role, 'EDITOR') && <Composer channels={channels} channelTypes={data.channelTypes} />}
              <Tabs value={tab} onChange={setTab} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="calendar">Calendar</Tabs.Tab>
                  <Tabs.Tab value="list">All posts{total === undefined ? '' : ` (${countText(total)})`}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="calendar" pt="sm">
                  <Calendar channels={channels} />
                </Tabs.Panel>
                <Tabs.Panel value="list" pt="sm">
                  <Select
                    label="Sort"
                    value={newestFirst ? 'newest' : 'oldest'}
                    allowDeselect={false}
                    onChange={(v) => v && setNewestFirst(v === 'newest')}
                    data={[
                      { value: 'newest', label: 'Newest first' },
                      { value: 'oldest', label: 'Oldest first' },
                    ]}
                    w={180}
                    mb="xs"
                  />
                  <Async result={posts.first} retry={posts.refetch} what="posts" isEmpty={(d) => d.posts.edges.length === 0} empty={`No post yet.${roleAtLeast(role, 'EDITOR') ? ' Compose the first one above.' : ''}`}>
                    {() => (
                      <Stack gap="xs">
                        <PostTable posts={posts.rows} channels={channels} />
                        <LoadMore paged={posts} label="Load more posts" what="posts" />
                      </Stack>
                    )}
                  </Async>
                </Tabs.Panel>
              </Tabs>
            </>
          );
        }}
      </Async>
    </Stack>
  );
}

function Composer({ channels, channelTypes }: { channels: ChannelRow[]; channelTypes: DraftChannelType[] }) {
  const { workspace } = useCurrent();
  const [state, create] = useMutation(CreatePost);
  const [draft, setDraft] = useState<PostDraft>(EMPTY_DRAFT);
  const [saved, setSaved] = useState<{ limitErrors: string[] } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ input: { workspaceId: workspace.id, ...draftInput(draft) } });
    if (result.data) {
      setDraft(EMPTY_DRAFT);
      setSaved({ limitErrors: result.data.createPost.limitErrors });
    }
  };
  if (channels.length === 0) return <Text c="dimmed">Connect a channel to compose posts.</Text>;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="compose-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="compose-title">
          Compose
        </Title>
        <PostFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setSaved(null);
          }}
          channels={channels}
          channelTypes={channelTypes}
        />
        {state.error && <ErrorAlert error={state.error} title="Post not saved" />}
        {saved && (
          <>
            <Text size="sm" c="green" role="status">
              Draft saved.
            </Text>
            <LimitErrors errors={saved.limitErrors} />
          </>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={!draft.body.trim() || draft.channelIds.length === 0}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export const STATUS_COLOR: Record<string, string> = { PUBLISHED: 'green', FAILED: 'red', PARTIALLY_PUBLISHED: 'orange', SCHEDULED: 'blue', PUBLISHING: 'cyan', IN_REVIEW: 'yellow' };

/** "2026-12-07 09:30 (Europe/Paris)": a time as the workspace's clocks show it. */
export function workspaceTime(iso: string, timeZone: string): string {
  const at = wallTime(iso, timeZone);
  return `${wallString(at.date, at.hour, at.minute).replace('T', ' ')} (${timeZone})`;
}

export const statusLabel = (status: string) => status.replace('_', ' ').toLowerCase();

/** Each target's publishing status (live on postUpdated), with the network's link or error. */
export function TargetStatuses({ targets, channels }: { targets: PostRow['targets']; channels: ChannelRow[] }) {
  const names = new Map(channels.map((c) => [c.id, c.displayName]));
  return (
    <Stack gap={2} role="list" aria-label="Publishing status per channel">
      {targets.map((t) => (
        <Text key={t.id} size="xs" role="listitem">
          {names.get(t.channelId) ?? 'Channel'}: {t.status.toLowerCase()}
          {t.url && (
            <>
              {' '}
              <Anchor href={t.url} size="xs" target="_blank" rel="noreferrer">
                view
              </Anchor>
            </>
          )}
          {t.lastError && <Text span c="red"> ({t.lastError})</Text>}
        </Text>
      ))}
    </Stack>
  );
}

function PostTable({ posts, channels }: { posts: PostRow[]; channels: ChannelRow[] }) {
  const { workspace } = useCurrent();
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
              <PostHistoryToggle postId={post.id} />
            </Table.Td>
            <Table.Td>
              <Badge autoContrast color={STATUS_COLOR[post.status] ?? 'gray'}>{statusLabel(post.status)}</Badge>
              {post.scheduledAt && (
                <Text size="xs" c="dimmed">
                  {workspaceTime(post.scheduledAt, workspace.timezone)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <TargetStatuses targets={post.targets} channels={channels} />
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

const PostHistory = graphql(`
  query PostHistory($workspaceId: ID!, $id: ID!) {
    postHistory(workspaceId: $workspaceId, id: $id) {
      id
      kind
      actorId
      clientEmail
      detail
      createdAt
    }
  }
`);

const ACTIVITY_TEXT: Record<PostActivityKind, string> = {
  CREATED: 'Created',
  UPDATED: 'Edited',
  SUBMITTED: 'Submitted for approval',
  APPROVED: 'Approved',
  CHANGES_REQUESTED: 'Changes requested',
  CLIENT_APPROVAL_REQUESTED: 'Client asked to approve',
  CLIENT_APPROVED: 'Approved by the client',
  CLIENT_CHANGES_REQUESTED: 'The client asked for changes',
  CLIENT_APPROVAL_EXPIRED: 'Client approval expired',
  CLIENT_APPROVAL_REVOKED: 'Client approval withdrawn',
  CLIENT_APPROVAL_MISSING: 'Held: the client has not approved',
  SCHEDULED: 'Scheduled',
  RESCHEDULED: 'Rescheduled',
  UNSCHEDULED: 'Unscheduled',
  PUBLISH_REQUESTED: 'Publishing asked for',
  TARGET_PUBLISHED: 'Published on a channel',
  TARGET_FAILED: 'Publishing failed on a channel',
  CANCELLED: 'Cancelled',
};

/** "History": who did what to the post, in order (postHistory), loaded when opened; for every role. */
function PostHistoryToggle({ postId }: { postId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap={2} mt={4}>
      <Button size="compact-xs" variant="subtle" w="fit-content" px={0} onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Hide history' : 'History'}
      </Button>
      {open && <PostHistoryList postId={postId} />}
    </Stack>
  );
}

function PostHistoryList({ postId }: { postId: string }) {
  const { workspace } = useCurrent();
  const [result, refetch] = useQuery({ query: PostHistory, variables: { workspaceId: workspace.id, id: postId }, requestPolicy: 'cache-and-network' });
  const names = useMemberNames();
  const who = (entry: { actorId?: string | null; clientEmail?: string | null }) => entry.clientEmail ?? (entry.actorId ? (names.get(entry.actorId) ?? 'a former member') : 'Rapport or an API key');
  return (
    <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the post's history" isEmpty={(d) => d.postHistory.length === 0} empty="Nothing recorded yet.">
      {({ postHistory }) => (
        <Stack component="ol" gap={2} aria-label="Post history" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {postHistory.map((entry) => (
            <Text component="li" key={entry.id} size="xs">
              <Text span size="xs" c="dimmed">
                {workspaceTime(entry.createdAt, workspace.timezone)}
              </Text>{' '}
              {ACTIVITY_TEXT[entry.kind]} · {who(entry)}
              {entry.detail && <>: {entry.detail}</>}
            </Text>
          ))}
        </Stack>
      )}
    </Async>
  );
}

/** Every action the post's status allows and the role may use; none for a VIEWER (the server enforces it anyway). */
export function PostActions({ post }: { post: ActionablePost }) {
  const { workspace, role } = useCurrent();
  const [submitState, submit] = useMutation(Submit);
  const [approveState, approve] = useMutation(Approve);
  const [changesState, requestChanges] = useMutation(RequestChanges);
  const [scheduleState, schedule] = useMutation(Schedule);
  const [rescheduleState, reschedule] = useMutation(Reschedule);
  const [unscheduleState, unschedule] = useMutation(Unschedule);
  const [publishState, publishNow] = useMutation(PublishNow);
  const [cancelState, cancel] = useMutation(Cancel);
  const [deleteState, remove] = useMutation(Delete);
  const [at, setAt] = useState(() => {
    if (!post.scheduledAt) return '';
    const w = wallTime(post.scheduledAt, workspace.timezone);
    return wallString(w.date, w.hour, w.minute);
  });
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [comment, setComment] = useState('');
  const input = { workspaceId: workspace.id, postId: post.id };
  const states = [submitState, approveState, changesState, scheduleState, rescheduleState, unscheduleState, publishState, cancelState, deleteState];
  const error = states.find((s) => s.error)?.error;
  if (!roleAtLeast(role, 'EDITOR')) return null;
  const schedulable = post.status === 'APPROVED' || post.status === 'SCHEDULED' || (post.status === 'DRAFT' && !post.requiresApproval);
  const editable = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'].includes(post.status);
  const deletable = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'CANCELLED', 'FAILED'].includes(post.status);
  const tz = workspace.timezone;
  return (
    <Stack gap={4}>
      <Group gap={4}>
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
        {schedulable && (
          <Button size="compact-xs" variant="light" color="cyan" loading={publishState.fetching} onClick={() => publishNow({ input })}>
            Publish now
          </Button>
        )}
        {post.status === 'SCHEDULED' && (
          <Button size="compact-xs" variant="light" loading={unscheduleState.fetching} onClick={() => unschedule({ input })}>
            Unschedule
          </Button>
        )}
        {editable && (
          <Button size="compact-xs" variant="default" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            Edit
          </Button>
        )}
        {editable && (
          <Button size="compact-xs" variant="default" loading={cancelState.fetching} onClick={() => cancel({ input })}>
            Cancel post
          </Button>
        )}
        {deletable && !confirmDelete && (
          <Button size="compact-xs" variant="default" onClick={() => setConfirmDelete(true)}>
            Delete
          </Button>
        )}
      </Group>
      {confirmDelete && (
        <ConfirmInline
          compact
          label="Confirm deletion"
          question="Delete this post and its history?"
          loading={deleteState.fetching}
          onConfirm={() => remove({ workspaceId: workspace.id, id: post.id })}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
      {post.status === 'IN_REVIEW' && roleAtLeast(role, 'ADMIN') && (
        <Group gap={4} wrap="nowrap">
          <TextInput size="xs" aria-label="What should change" placeholder="What should change" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          <Button size="compact-xs" variant="light" color="yellow" disabled={!comment.trim()} loading={changesState.fetching} onClick={() => requestChanges({ input: { ...input, comment } })}>
            Request changes
          </Button>
        </Group>
      )}
      {schedulable && (
        <Group gap={4} wrap="nowrap">
          <TextInput
            type="datetime-local"
            size="xs"
            aria-label={`${post.status === 'SCHEDULED' ? 'Move to' : 'Publish at'} (${tz})`}
            title={`In the workspace's time zone, ${tz}`}
            value={at}
            onChange={(e) => setAt(e.currentTarget.value)}
          />
          <Button
            size="compact-xs"
            disabled={!at}
            loading={scheduleState.fetching || rescheduleState.fetching}
            onClick={() => (post.status === 'SCHEDULED' ? reschedule({ input: { ...input, at, timezone: tz } }) : schedule({ input: { ...input, at, timezone: tz } }))}
          >
            {post.status === 'SCHEDULED' ? 'Reschedule' : 'Schedule'}
          </Button>
        </Group>
      )}
      {workspace.approvalMode !== 'INTERNAL_ONLY' && <ClientApproval post={post} />}
      {editing && <EditPost post={post} onDone={() => setEditing(false)} />}
      {error && <ErrorAlert error={error} title="Not done" />}
    </Stack>
  );
}


const RequestClientApproval = graphql(`
  mutation RequestClientApproval($input: RequestClientApprovalInput!) {
    requestClientApproval(input: $input) {
      id
    }
  }
`);

const CLIENT_STATUS_TEXT: Record<ActionablePost['clientApprovalStatus'], string> = {
  NOT_REQUESTED: 'Client not asked yet',
  PENDING: 'Waiting for the client',
  APPROVED: 'Approved by the client',
  CHANGES_REQUESTED: 'The client asked for changes',
  EXPIRED: 'The client did not answer in time',
};

/**
 * Where the post stands with the client (in a workspace whose approval involves the client), and "Ask the client":
 * reviewers' addresses and a note, sent with requestClientApproval; each reviewer gets a personal link by mail.
 * The server decides whether the post can be sent now (its status and the workspace's approval mode) and says why not.
 */
function ClientApproval({ post }: { post: ActionablePost }) {
  const { workspace } = useCurrent();
  const [asking, setAsking] = useState(false);
  const [emails, setEmails] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [sentTo, setSentTo] = useState<number | null>(null);
  const [state, request] = useMutation(RequestClientApproval);
  const errors = fieldErrors(state.error);
  const askable = post.clientApprovalStatus !== 'APPROVED' && post.clientApprovalStatus !== 'PENDING' && ['DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED'].includes(post.status);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await request({ input: { workspaceId: workspace.id, postIds: [post.id], emails, ...(message.trim() ? { message: message.trim() } : {}) } });
    if (answer.data) {
      setSentTo(emails.length);
      setAsking(false);
      setEmails([]);
      setMessage('');
    }
  };
  return (
    <Stack gap={4}>
      <Group gap={4}>
        <Text size="xs">{CLIENT_STATUS_TEXT[post.clientApprovalStatus]}</Text>
        {askable && !asking && (
          <Button
            size="compact-xs"
            variant="light"
            color="grape"
            onClick={() => {
              setAsking(true);
              setSentTo(null);
            }}
          >
            Ask the client
          </Button>
        )}
      </Group>
      {sentTo !== null && <Done>Sent to {sentTo === 1 ? 'one reviewer' : `${sentTo} reviewers`}: each gets a link by mail.</Done>}
      {asking && (
        <form onSubmit={send} aria-label="Ask the client">
          <Stack gap={4}>
            <TagsInput size="xs" label="Reviewers' e-mail addresses" description="Press Enter after each." value={emails} onChange={setEmails} error={errors.emails} />
            <TextInput size="xs" label="Note to the client (optional)" value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={errors.message} />
            {state.error && !errors.emails && !errors.message && <ErrorAlert error={state.error} title="Not sent to the client" />}
            <Group gap={4} justify="flex-end">
              <Button size="compact-xs" variant="default" onClick={() => setAsking(false)}>
                Back
              </Button>
              <Button size="compact-xs" type="submit" color="grape" disabled={!emails.length} loading={state.fetching}>
                Send for approval
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/**
 * The edit form of a saved post: the composer's fields (text, channels, variants, network options, media) loaded
 * from the post, saved with updatePost; the limits the saved post does not meet are shown after saving.
 */
function EditPost({ post, onDone }: { post: ActionablePost; onDone: () => void }) {
  const { workspace } = useCurrent();
  const [result, refetch] = useQuery({ query: PostForEdit, variables: { workspaceId: workspace.id, id: post.id }, requestPolicy: 'cache-and-network' });
  return (
    <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the post">
      {(data) => (
        <EditPostForm
          key={data.post.id}
          post={data.post}
          status={post.status}
          channels={data.channels.edges.map((e) => e.node).filter((c) => c.kind !== 'REVIEWS')}
          channelTypes={data.channelTypes}
          onDone={onDone}
        />
      )}
    </Async>
  );
}

function EditPostForm({
  post,
  status,
  channels,
  channelTypes,
  onDone,
}: {
  post: PostForEditQuery['post'];
  status: string;
  channels: ChannelRow[];
  channelTypes: DraftChannelType[];
  onDone: () => void;
}) {
  const { workspace } = useCurrent();
  const [state, update] = useMutation(Update);
  const [draft, setDraft] = useState(() => draftOf(post));
  const [limitErrors, setLimitErrors] = useState<string[] | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ input: { workspaceId: workspace.id, postId: post.id, ...draftInput(draft) } });
    if (!result.data) return;
    if (result.data.updatePost.limitErrors.length) setLimitErrors(result.data.updatePost.limitErrors);
    else onDone();
  };
  return (
    <Paper withBorder p="xs" component="form" onSubmit={save} aria-label="Edit post">
      <Stack gap={4}>
        <PostFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setLimitErrors(null);
          }}
          channels={channels}
          channelTypes={channelTypes}
          size="xs"
        />
        {status !== 'DRAFT' && (
          <Text size="xs" c="dimmed">
            Changing a post that needs approval sends it back to draft.
          </Text>
        )}
        {state.error && <ErrorAlert error={state.error} title="Post not saved" />}
        {limitErrors && (
          <>
            <Text size="xs" c="green" role="status">
              Saved.
            </Text>
            <LimitErrors errors={limitErrors} />
          </>
        )}
        <Group gap={4}>
          <Button type="submit" size="compact-xs" disabled={!draft.body.trim() || draft.channelIds.length === 0} loading={state.fetching}>
            Save changes
          </Button>
          <Button size="compact-xs" variant="default" onClick={onDone}>
            {limitErrors ? 'Close' : 'Discard'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
