import { Badge, Button, Grid, Group, Paper, ScrollArea, SegmentedControl, Select, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { PickList } from '../components/PickList';
import { Async, ErrorAlert } from '../components/Async';
import { Done } from '../components/Feedback';
import { LoadMore, usePagedQuery, type PagedQuery } from '../components/LoadMore';
import { HeldForApproval } from '../components/HeldForApproval';
import { TemplateTextarea } from '../components/TemplateTextarea';
import { LiveFindings } from '../components/LiveFindings';
import { when, type BoundedCount } from '../format';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import { useChannelOptions } from '../channels';
import { useMemberOptions } from '../members';
import { CannedReplies } from './SavedAnswers';
import type { ConversationKind, ConversationOrder, ConversationStatus, InboxConversationsQuery, Priority, ThreadQuery } from '../gql/graphql';
import { roleAtLeast } from '../roles';

const Conversations = graphql(`
  query InboxConversations(
    $workspaceId: ID!
    $awaitingAnswer: Boolean
    $escalated: Boolean
    $label: String
    $status: ConversationStatus
    $channelId: ID
    $assigneeId: ID
    $unassigned: Boolean
    $replyHeld: Boolean
    $kind: ConversationKind
    $search: String
    $orderBy: ConversationOrder
    $after: String
  ) {
    conversations(
      workspaceId: $workspaceId
      awaitingAnswer: $awaitingAnswer
      escalated: $escalated
      label: $label
      status: $status
      channelId: $channelId
      assigneeId: $assigneeId
      unassigned: $unassigned
      replyHeld: $replyHeld
      kind: $kind
      search: $search
      orderBy: $orderBy
      first: 50
      after: $after
    ) {
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
          kind
          status
          priority
          escalated
          awaitingAnswer
          replyHeld
          labels
          lastMessageAt
          waitingSince
          assigneeId
          contact {
            id
            handle
            name
          }
        }
      }
    }
  }
`);

/** What changes on a message after it is written: shown, sent (or held, or failed), and what the network did. */
graphql(`
  fragment MessageStateFields on Message {
    id
    visibility
    deliveryStatus
    deliveryError
    networkEffect {
      action
      state
      failure {
        message
      }
    }
  }
`);

const ApproveReply = graphql(`
  mutation ApproveReply($input: MessageRefInput!) {
    approveReply(input: $input) {
      conversationId
      ...MessageStateFields
    }
  }
`);

const Thread = graphql(`
  query Thread($workspaceId: ID!, $id: ID!, $after: String) {
    conversation(workspaceId: $workspaceId, id: $id) {
      id
      kind
      status
      priority
      snoozedUntil
      assigneeId
      escalated
      escalationClearedAt
      labels
      contact {
        id
        handle
        name
      }
      messages(first: 50, after: $after, newestFirst: true) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            conversationId
            body
            direction
            sentAt
            ...MessageStateFields
            findings {
              ...PolicyFindingFields
            }
          }
        }
      }
    }
  }
`);

const MessageAdded = graphql(`
  subscription InboxMessageAdded($workspaceId: ID!) {
    messageAdded(workspaceId: $workspaceId) {
      id
      conversationId
    }
  }
`);

const ConversationUpdated = graphql(`
  subscription InboxConversationUpdated($workspaceId: ID!) {
    conversationUpdated(workspaceId: $workspaceId) {
      id
      status
      assigneeId
      escalated
      awaitingAnswer
      labels
    }
  }
`);

const MessageUpdated = graphql(`
  subscription InboxMessageUpdated($workspaceId: ID!) {
    messageUpdated(workspaceId: $workspaceId) {
      ...MessageStateFields
    }
  }
`);

const Reply = graphql(`
  mutation Reply($input: ReplyToConversationInput!) {
    replyToConversation(input: $input) {
      id
      conversationId
      deliveryStatus
    }
  }
`);

const Hide = graphql(`
  mutation HideMessage($input: MessageRefInput!) {
    hideMessage(input: $input) {
      ...MessageStateFields
    }
  }
`);

const Unhide = graphql(`
  mutation UnhideMessage($input: MessageRefInput!) {
    unhideMessage(input: $input) {
      ...MessageStateFields
    }
  }
`);

const Assign = graphql(`
  mutation AssignConversation($input: AssignConversationInput!) {
    assignConversation(input: $input) {
      id
      assigneeId
    }
  }
`);

const SetStatus = graphql(`
  mutation SetConversationStatus($input: SetConversationStatusInput!) {
    setConversationStatus(input: $input) {
      id
      status
      snoozedUntil
    }
  }
`);

const SetPriority = graphql(`
  mutation SetConversationPriority($input: SetConversationPriorityInput!) {
    setConversationPriority(input: $input) {
      id
      priority
    }
  }
`);

const ClearEscalation = graphql(`
  mutation ClearEscalation($input: ConversationRefInput!) {
    clearEscalation(input: $input) {
      id
      escalated
      escalationClearedAt
    }
  }
`);

const AddLabel = graphql(`
  mutation AddConversationLabel($input: ConversationLabelInput!) {
    addConversationLabel(input: $input) {
      id
      labels
    }
  }
`);

const RemoveLabel = graphql(`
  mutation RemoveConversationLabel($input: ConversationLabelInput!) {
    removeConversationLabel(input: $input) {
      id
      labels
    }
  }
`);

const AddNote = graphql(`
  mutation AddConversationNote($input: ConversationTextInput!) {
    addConversationNote(input: $input) {
      id
      conversationId
    }
  }
`);

const HideInboxOnly = graphql(`
  mutation HideMessageInboxOnly($input: MessageRefInput!) {
    hideMessage(input: $input, inboxOnly: true) {
      ...MessageStateFields
    }
  }
`);

/** What the filters and the assignee picker choose from: the inbox's channels and the workspace's members. */
function useInboxChoices() {
  return { channels: useChannelOptions('NETWORK'), members: useMemberOptions() };
}

/** The person's conversations, most recent activity first, 20 a page, for the thread view's history. */
const ContactHistory = graphql(`
  query ContactHistory($workspaceId: ID!, $contactId: ID!, $after: String) {
    conversations(workspaceId: $workspaceId, contactId: $contactId, orderBy: RECENT_ACTIVITY, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          status
          labels
          lastMessageAt
          channelId
        }
      }
    }
  }
`);

/** What else this person said to the brand: their other conversations (newest first), each opened in the thread view. */
function ContactConversations({ contactId, current, onOpen }: { contactId: string; current: string; onOpen: (id: string) => void }) {
  const { workspace } = useCurrent();
  const history = usePagedQuery(ContactHistory, { workspaceId: workspace.id, contactId }, (data) => data.conversations);
  const { data, error } = history.first;
  const others = history.rows.filter((c) => c.id !== current);
  if (error && !data) return <ErrorAlert error={error} title="Could not load this person's history" />;
  if (!data) return null;
  // The open conversation is one of the person's own.
  const otherCount = data.conversations.totalCount - 1;
  return (
    <Stack gap={4} role="group" aria-label="Other conversations with this person">
      <Text size="xs" fw={600}>
        {otherCount > 0 ? `Other conversations with this person (${otherCount})` : 'No other conversation with this person.'}
      </Text>
      {others.map((c) => (
        <Group key={c.id} gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => onOpen(c.id)}>
            {KIND_LABEL[c.kind]}, {c.status.toLowerCase()}
          </Button>
          <Text size="xs" c="dimmed">
            {when(c.lastMessageAt)}
            {c.labels.length ? ` · ${c.labels.join(', ')}` : ''}
          </Text>
        </Group>
      ))}
      <LoadMore paged={history} label="Load more of this person's conversations" what="conversations with this person" />
    </Stack>
  );
}

type Filter = 'open' | 'awaiting' | 'escalated' | 'held' | 'all';
type ConversationRow = InboxConversationsQuery['conversations']['edges'][number]['node'];

/** The "Assigned to" filter's choice for conversations nobody is assigned to (member choices are user ids). */
const UNASSIGNED = 'unassigned';
const STATUSES: ConversationStatus[] = ['OPEN', 'PENDING', 'SNOOZED', 'RESOLVED'];
const KIND_LABEL = { COMMENT_THREAD: 'Comments', DIRECT_MESSAGE: 'Direct message', MENTION: 'Mention' } as const;

/** The inbox: filtered conversation list and the open thread, live on graphql-ws. */
export function Inbox() {
  const { workspace } = useCurrent();
  const [filter, setFilter] = useState<Filter>('open');
  const [label, setLabel] = useState('');
  const [channelId, setChannelId] = useState<string | null>(null);
  const [kind, setKind] = useState<ConversationKind | null>(null);
  const [search, setSearch] = useState('');
  const [searched] = useDebouncedValue(search.trim(), 300);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const choices = useInboxChoices();
  const [orderBy, setOrderBy] = useState<ConversationOrder>('WAITING_LONGEST');
  const [selected, setSelected] = useState<string | null>(null);
  const variables = {
    workspaceId: workspace.id,
    status: filter === 'open' ? ('OPEN' as const) : undefined,
    awaitingAnswer: filter === 'awaiting' ? true : undefined,
    escalated: filter === 'escalated' ? true : undefined,
    replyHeld: filter === 'held' ? true : undefined,
    label: label.trim() || undefined,
    channelId: channelId ?? undefined,
    kind: kind ?? undefined,
    search: searched || undefined,
    assigneeId: assigneeId && assigneeId !== UNASSIGNED ? assigneeId : undefined,
    unassigned: assigneeId === UNASSIGNED ? true : undefined,
    orderBy,
  };
  const conversations = usePagedQuery(Conversations, variables, (data) => data.conversations);
  // Graphcache refetches what a new message or a conversation change touches (see client.ts).
  useSubscription({ query: MessageAdded, variables: { workspaceId: workspace.id } });
  useSubscription({ query: ConversationUpdated, variables: { workspaceId: workspace.id } });
  useSubscription({ query: MessageUpdated, variables: { workspaceId: workspace.id } });

  return (
    <Stack>
      <Title order={1} size="h2">
        Inbox
      </Title>
      <Group align="flex-end">
        <SegmentedControl
          aria-label="Show"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'awaiting', label: 'Awaiting answer' },
            { value: 'escalated', label: 'Escalated' },
            { value: 'held', label: 'Reply held for approval' },
            { value: 'all', label: 'All' },
          ]}
        />
        <TextInput label="Label" placeholder="e.g. question" value={label} onChange={(e) => setLabel(e.currentTarget.value)} w={180} />
        <TextInput label="Search" placeholder="Text or handle" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={180} />
        <Select
          label="Kind"
          placeholder="Any kind"
          clearable
          data={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))}
          value={kind}
          onChange={(value) => setKind(value as ConversationKind | null)}
          w={160}
        />
        <Select label="Channel" placeholder="All channels" clearable data={choices.channels} value={channelId} onChange={setChannelId} w={200} />
        <Select label="Assigned to" placeholder="Anyone" clearable data={[{ value: UNASSIGNED, label: 'Nobody (unassigned)' }, ...choices.members]} value={assigneeId} onChange={setAssigneeId} w={200} />
        <Select
          label="Sort"
          value={orderBy}
          allowDeselect={false}
          onChange={(v) => v && setOrderBy(v as ConversationOrder)}
          data={[
            { value: 'WAITING_LONGEST', label: 'Waiting longest' },
            { value: 'RECENT_ACTIVITY', label: 'Recent activity' },
          ]}
          w={180}
        />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Async
            result={conversations.first}
            retry={conversations.refetch}
            what="conversations"
            isEmpty={(d) => d.conversations.edges.length === 0}
            empty="No conversation matches these filters. New comments, mentions and messages appear here as they arrive."
          >
            {(data) => (
              <Stack gap="xs">
                <ConversationList rows={conversations.rows} total={data.conversations.countUpTo} selected={selected} onSelect={setSelected} />
                <LoadMore paged={conversations} label="Load more conversations" what="conversations" />
              </Stack>
            )}
          </Async>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected ? (
            <ThreadView id={selected} onOpen={setSelected} />
          ) : (
            <Text c="dimmed" role="status">
              Choose a conversation to read and answer it.
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function ConversationList({ rows, total, selected, onSelect }: { rows: ConversationRow[]; total: BoundedCount; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <PickList rows={rows} total={total} noun="conversation" label="Conversations" selected={selected} onSelect={onSelect}>
      {(c) => (
        <>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600} size="sm">
              {c.contact.name ?? c.contact.handle} <Text span c="dimmed" size="xs">@{c.contact.handle}</Text>
            </Text>
            <Text size="xs" c="dimmed">
              {when(c.lastMessageAt)}
            </Text>
          </Group>
          <Group gap={4} mt={4}>
            <Badge size="xs" variant="outline">
              {KIND_LABEL[c.kind]}
            </Badge>
            {c.escalated && (
              <Badge size="xs" color="red">
                Escalated
              </Badge>
            )}
            {c.awaitingAnswer && (
              <Badge size="xs" color="orange">
                Awaiting answer
              </Badge>
            )}
            {c.replyHeld && (
              <Badge size="xs" color="orange" variant="light">
                Reply held
              </Badge>
            )}
            {(c.priority === 'HIGH' || c.priority === 'URGENT') && (
              <Badge size="xs" color={c.priority === 'URGENT' ? 'red' : 'orange'} variant="outline">
                {c.priority.toLowerCase()} priority
              </Badge>
            )}
            {c.status !== 'OPEN' && (
              <Badge size="xs" color="gray">
                {c.status.toLowerCase()}
              </Badge>
            )}
            {c.labels.map((l) => (
              <Badge key={l} size="xs" variant="light">
                {l}
              </Badge>
            ))}
          </Group>
        </>
      )}
    </PickList>
  );
}

type ThreadData = NonNullable<ThreadQuery>;
type MessageRow = ThreadData['conversation']['messages']['edges'][number]['node'];

/** The open conversation; its messages are loaded newest first, a page at a time, and shown oldest first. */
function ThreadView({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { workspace } = useCurrent();
  const thread = usePagedQuery(Thread, { workspaceId: workspace.id, id }, (data) => data.conversation.messages);
  return (
    <Async result={thread.first} retry={thread.refetch} what="the conversation">
      {(data) => <Conversation data={data} messages={thread} onOpen={onOpen} />}
    </Async>
  );
}

function Conversation({ data, messages, onOpen }: { data: ThreadData; messages: PagedQuery<ThreadData, MessageRow>; onOpen: (id: string) => void }) {
  const { workspace, role, me } = useCurrent();
  const conversation = data.conversation;
  const canAct = roleAtLeast(role, 'AGENT');
  const [assignState, assign] = useMutation(Assign);
  const choices = useInboxChoices();
  const [statusState, setStatus] = useMutation(SetStatus);
  const ref = { workspaceId: workspace.id, conversationId: conversation.id };
  return (
    <Paper withBorder p="md" component="section" aria-label={`Conversation with ${conversation.contact.handle}`}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {conversation.contact.name ?? conversation.contact.handle} <Text span c="dimmed" size="sm">@{conversation.contact.handle}</Text>
          </Title>
          {canAct && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                loading={assignState.fetching}
                onClick={() => assign({ input: { ...ref, assigneeId: conversation.assigneeId === me.id ? null : me.id } })}
              >
                {conversation.assigneeId === me.id ? 'Unassign me' : 'Assign to me'}
              </Button>
              <Select
                aria-label="Assignee"
                size="xs"
                w={170}
                placeholder="Unassigned"
                clearable
                data={choices.members}
                value={conversation.assigneeId}
                onChange={(assigneeId) => assign({ input: { ...ref, assigneeId } })}
                disabled={assignState.fetching}
              />
              <Select
                aria-label="Status"
                size="xs"
                w={130}
                value={conversation.status}
                allowDeselect={false}
                data={STATUSES.filter((s) => s !== 'SNOOZED' || conversation.status === 'SNOOZED').map((s) => ({ value: s, label: s.charAt(0) + s.slice(1).toLowerCase(), disabled: s === 'SNOOZED' }))}
                onChange={(status) => status && status !== 'SNOOZED' && setStatus({ input: { ...ref, status: status as ConversationStatus } })}
                disabled={statusState.fetching}
              />
            </Group>
          )}
        </Group>
        {assignState.error && <ErrorAlert error={assignState.error} title="Could not assign" />}
        {statusState.error && <ErrorAlert error={statusState.error} title="Could not change the status" />}
        <Triage conversation={conversation} canAct={canAct} />
        <ContactConversations contactId={conversation.contact.id} current={conversation.id} onOpen={onOpen} />
        <ScrollArea.Autosize mah="50vh">
          <LoadMore paged={messages} label="Load older messages" what="messages" />
          <ol aria-label="Messages" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {[...messages.rows].reverse().map((m) => (
              <li key={m.id}>
                <MessageItem message={m} canAct={canAct} />
              </li>
            ))}
          </ol>
        </ScrollArea.Autosize>
        {canAct ? (
          <Tabs defaultValue="reply" keepMounted={false}>
            <Tabs.List aria-label="Write">
              <Tabs.Tab value="reply">Reply</Tabs.Tab>
              <Tabs.Tab value="note">Internal note</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="reply" pt="xs">
              <ReplyBox conversationId={conversation.id} />
            </Tabs.Panel>
            <Tabs.Panel value="note" pt="xs">
              <NoteBox conversationId={conversation.id} />
            </Tabs.Panel>
          </Tabs>
        ) : (
          <Text size="sm" c="dimmed">
            Your role ({role}) can read the inbox but not answer.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const EFFECT_TEXT = { PENDING: 'in progress on the network', DONE: 'done on the network', FAILED: 'refused by the network', NOT_SUPPORTED: 'not supported by the network' } as const;

function MessageItem({ message, canAct }: { message: MessageRow; canAct: boolean }) {
  const { workspace } = useCurrent();
  const [hideState, hide] = useMutation(Hide);
  const [unhideState, unhide] = useMutation(Unhide);
  const [inboxOnlyState, hideInboxOnly] = useMutation(HideInboxOnly);
  const hidden = message.visibility === 'HIDDEN';
  const held = message.deliveryStatus === 'PENDING_APPROVAL';
  const ours = message.direction !== 'INBOUND';
  const effect = message.networkEffect;
  const error = inboxOnlyState.error ?? (hideState.error && !hideState.data ? hideState.error : undefined) ?? unhideState.error;
  // The network cannot hide this kind of message: offer to hide it in Rapport only.
  const cannotHideThere = !hidden && hideState.error?.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT');
  return (
    <Paper
      p="sm"
      my={6}
      ml={ours ? 'xl' : 0}
      mr={ours ? 0 : 'xl'}
      bg={message.direction === 'NOTE' ? 'yellow.0' : ours ? 'blue.0' : 'gray.0'}
      style={{ opacity: hidden ? 0.6 : 1 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {message.direction === 'INBOUND' ? 'Them' : message.direction === 'NOTE' ? 'Internal note' : 'Us'} · {when(message.sentAt)}
          {message.deliveryStatus && message.deliveryStatus !== 'SENT' && !held && ` · ${message.deliveryStatus.toLowerCase()}`}
          {hidden && ' · hidden'}
        </Text>
        {canAct && message.direction === 'INBOUND' && (
          <Button
            size="compact-xs"
            variant="subtle"
            loading={hideState.fetching || unhideState.fetching}
            onClick={() => (hidden ? unhide : hide)({ input: { workspaceId: workspace.id, messageId: message.id } })}
          >
            {hidden ? 'Unhide' : 'Hide'}
          </Button>
        )}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {message.body}
      </Text>
      {held && <HeldReply message={message} />}
      {message.deliveryError && (
        <Text size="xs" c="red">
          Not delivered: {message.deliveryError}
        </Text>
      )}
      {effect && effect.action !== 'SEND' && (
        <Text size="xs" c={effect.state === 'FAILED' ? 'red' : 'dimmed'} role={effect.state === 'FAILED' ? 'alert' : undefined}>
          {effect.action.charAt(0) + effect.action.slice(1).toLowerCase()} {EFFECT_TEXT[effect.state]}
          {effect.failure && `: ${effect.failure.message}`}
        </Text>
      )}
      {error && <ErrorAlert error={error} title={hidden ? 'Could not unhide' : 'Could not hide'} />}
      {cannotHideThere && canAct && (
        <Button size="compact-xs" variant="light" mt={4} loading={inboxOnlyState.fetching} onClick={() => hideInboxOnly({ input: { workspaceId: workspace.id, messageId: message.id } })}>
          Hide in Rapport only
        </Button>
      )}
    </Paper>
  );
}

/** A held reply's findings (stored when it was written) and, for an ADMIN, approveReply. */
function HeldReply({ message }: { message: MessageRow }) {
  const { workspace } = useCurrent();
  const [state, approve] = useMutation(ApproveReply);
  return (
    <HeldForApproval
      findings={message.findings}
      findingsLabel="Why it is held"
      onApprove={() => approve({ input: { workspaceId: workspace.id, messageId: message.id } })}
      approving={state.fetching}
      error={state.error}
    />
  );
}

function ReplyBox({ conversationId }: { conversationId: string }) {
  const { workspace } = useCurrent();
  // Without saved answers (still loading, or none) the box works as plain text.
  const [cannedResult] = useQuery({ query: CannedReplies, variables: { workspaceId: workspace.id } });
  const canned = cannedResult.data?.cannedReplies ?? [];
  const [state, reply] = useMutation(Reply);
  const [body, setBody] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    const result = await reply({ input: { workspaceId: workspace.id, conversationId, body } });
    if (result.data) {
      setBody('');
      const status = result.data.replyToConversation.deliveryStatus;
      setSent(status === 'PENDING_APPROVAL' ? 'Your reply waits for approval.' : 'Reply queued for sending.');
    }
  };
  return (
    <form onSubmit={submit} aria-label="Reply">
      <Stack gap="xs">
        {canned.length > 0 && (
          <Select
            label="Canned reply"
            placeholder="Insert a saved answer"
            data={canned.map((c) => ({ value: c.id, label: c.name }))}
            value={null}
            onChange={(id) => {
              const chosen = canned.find((c) => c.id === id);
              if (chosen) setBody((current) => (current ? `${current}\n${chosen.body}` : chosen.body));
            }}
            searchable
          />
        )}
        <TemplateTextarea
          context="INBOX"
          label="Your reply"
          description="Variables such as {{contact.name}} are filled in when sent."
          autosize
          minRows={3}
          value={body}
          onValueChange={(next) => {
            setBody(next);
            setSent(null);
          }}
        />
        <LiveFindings text={body} scope="OUTBOUND_REPLY" label="Findings in your reply" size="xs" />
        {state.error && <ErrorAlert error={state.error} title="Reply not sent" />}
        {sent && (
          <Done>
            {sent}
          </Done>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={!body.trim()}>
            Send reply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const word = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();
/** A `datetime-local` value (wall-clock time in the browser's zone) for an instant. */
const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Priority, labels, escalation and snooze of the open conversation; read-only for a VIEWER. */
function Triage({ conversation, canAct }: { conversation: ThreadData['conversation']; canAct: boolean }) {
  const { workspace } = useCurrent();
  const ref = { workspaceId: workspace.id, conversationId: conversation.id };
  const [priorityState, setPriority] = useMutation(SetPriority);
  const [clearState, clear] = useMutation(ClearEscalation);
  const [addState, addLabel] = useMutation(AddLabel);
  const [removeState, removeLabel] = useMutation(RemoveLabel);
  const [snoozeState, snooze] = useMutation(SetStatus);
  const [label, setLabel] = useState('');
  const [until, setUntil] = useState(() => localInput(new Date(Date.now() + 24 * 3600_000)));
  const submitLabel = async (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() && (await addLabel({ input: { ...ref, label: label.trim() } })).data) setLabel('');
  };
  const submitSnooze = async (event: FormEvent) => {
    event.preventDefault();
    const at = new Date(until);
    if (Number.isNaN(at.getTime())) return;
    await snooze({ input: { ...ref, status: 'SNOOZED', snoozedUntil: at.toISOString() } });
  };
  const error = priorityState.error ?? clearState.error ?? addState.error ?? removeState.error ?? snoozeState.error;
  return (
    <Stack gap="xs" aria-label="Triage" role="group">
      <Group gap="xs" align="center">
        {conversation.escalated ? (
          <Badge color="red">Escalated</Badge>
        ) : (
          conversation.escalationClearedAt && (
            <Text size="xs" c="dimmed">
              Escalation cleared {when(conversation.escalationClearedAt)}
            </Text>
          )
        )}
        {conversation.escalated && canAct && (
          <Button size="compact-xs" variant="light" color="red" loading={clearState.fetching} onClick={() => clear({ input: ref })}>
            Clear escalation
          </Button>
        )}
        {conversation.status === 'SNOOZED' && conversation.snoozedUntil && (
          <Badge color="grape" variant="light">
            Snoozed until {when(conversation.snoozedUntil)}
          </Badge>
        )}
        {canAct ? (
          <Select
            aria-label="Priority"
            size="xs"
            w={120}
            value={conversation.priority}
            allowDeselect={false}
            data={PRIORITIES.map((p) => ({ value: p, label: word(p) }))}
            onChange={(p) => p && p !== conversation.priority && setPriority({ input: { ...ref, priority: p as Priority } })}
            disabled={priorityState.fetching}
          />
        ) : (
          <Badge variant="outline">Priority {word(conversation.priority).toLowerCase()}</Badge>
        )}
      </Group>
      <Group gap={4} align="center">
        <Text size="xs" fw={600} id={`labels-${conversation.id}`}>
          Labels:
        </Text>
        {conversation.labels.length === 0 && (
          <Text size="xs" c="dimmed">
            none
          </Text>
        )}
        <ul aria-labelledby={`labels-${conversation.id}`} style={{ display: 'contents', listStyle: 'none' }}>
          {conversation.labels.map((l) => (
            <li key={l} style={{ display: 'inline' }}>
              <Badge variant="light" pr={canAct ? 3 : undefined}>
                {l}
                {canAct && (
                  <Button size="compact-xs" variant="transparent" ml={2} aria-label={`Remove label ${l}`} onClick={() => removeLabel({ input: { ...ref, label: l } })}>
                    ×
                  </Button>
                )}
              </Badge>
            </li>
          ))}
        </ul>
      </Group>
      {canAct && (
        <Group gap="md" align="flex-end">
          <form onSubmit={submitLabel} aria-label="Add a label">
            <Group gap={4} align="flex-end">
              <TextInput size="xs" label="New label" placeholder="e.g. booking" value={label} onChange={(e) => setLabel(e.currentTarget.value)} w={150} />
              <Button size="xs" variant="light" type="submit" loading={addState.fetching} disabled={!label.trim()}>
                Add label
              </Button>
            </Group>
          </form>
          <form onSubmit={submitSnooze} aria-label="Snooze">
            <Group gap={4} align="flex-end">
              <TextInput size="xs" type="datetime-local" label="Snooze until" value={until} min={localInput(new Date())} onChange={(e) => setUntil(e.currentTarget.value)} w={200} />
              <Button size="xs" variant="light" color="grape" type="submit" loading={snoozeState.fetching} disabled={!until}>
                Snooze
              </Button>
            </Group>
          </form>
        </Group>
      )}
      {error && <ErrorAlert error={error} title="Not changed" />}
    </Stack>
  );
}

/** An internal note: stays in Rapport, never sent to the network. */
function NoteBox({ conversationId }: { conversationId: string }) {
  const { workspace } = useCurrent();
  const [state, addNote] = useMutation(AddNote);
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    if ((await addNote({ input: { workspaceId: workspace.id, conversationId, body } })).data) {
      setBody('');
      setSaved(true);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Internal note">
      <Stack gap="xs">
        <Textarea
          label="Note for the team"
          description="Only your team sees it; it is never sent to the network."
          autosize
          minRows={2}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setSaved(false);
          }}
        />
        {state.error && <ErrorAlert error={state.error} title="Note not saved" />}
        {saved && (
          <Done>
            Note added.
          </Done>
        )}
        <Group justify="flex-end">
          <Button type="submit" variant="light" color="yellow.8" loading={state.fetching} disabled={!body.trim()}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
