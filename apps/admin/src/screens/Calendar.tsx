import { Badge, Box, Button, CloseButton, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert } from '../components/Async';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { PostCalendarQuery } from '../gql/graphql';
import { roleAtLeast } from '../roles';
import { addDays, addMonths, clock, longDate, startOfMonth, startOfWeek, today, wallString, wallTime, zonedInstant } from '../time';
import { PostActions, STATUS_COLOR, statusLabel, TargetStatuses, workspaceTime, type ChannelRow } from './Posts';

const CalendarPosts = graphql(`
  query PostCalendar($workspaceId: ID!, $from: String!, $to: String!) {
    postCalendar(workspaceId: $workspaceId, from: $from, to: $to) {
      id
      body
      status
      scheduledAt
      requiresApproval
      clientApprovalStatus
      targets {
        id
        channelId
        status
        lastError
        url
      }
    }
  }
`);

const Move = graphql(`
  mutation CalendarReschedule($input: SchedulePostInput!) {
    reschedulePost(input: $input) {
      id
      status
      scheduledAt
    }
  }
`);

type CalendarPost = PostCalendarQuery['postCalendar'][number];
type View = 'week' | 'month';
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const DRAG_TYPE = 'application/x-rapport-post';

/**
 * The content calendar in the workspace's time zone: a week (one row per hour) or a month. A scheduled post can be
 * dragged to another day (month) or day and hour (week), or moved with Alt+arrow keys (a day left/right, an hour
 * up/down): both send reschedulePost with the wall-clock time and the zone. Selecting a post shows its publishing
 * status per channel and its actions.
 */
export function Calendar({ channels }: { channels: ChannelRow[] }) {
  const { workspace, role } = useCurrent();
  const tz = workspace.timezone;
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(() => today(tz));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moveState, move] = useMutation(Move);
  const canMove = roleAtLeast(role, 'EDITOR');

  const days = useMemo(() => {
    if (view === 'week') {
      const first = startOfWeek(anchor);
      return Array.from({ length: 7 }, (_, i) => addDays(first, i));
    }
    const first = startOfWeek(startOfMonth(anchor));
    const last = addDays(addMonths(startOfMonth(anchor), 1), -1);
    const span = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000 + 1;
    const count = Math.ceil(span / 7) * 7;
    return Array.from({ length: count }, (_, i) => addDays(first, i));
  }, [view, anchor]);
  const from = zonedInstant(days[0], 0, 0, tz).toISOString();
  const to = zonedInstant(addDays(days[days.length - 1], 1), 0, 0, tz).toISOString();
  const [result, refetch] = useQuery({ query: CalendarPosts, variables: { workspaceId: workspace.id, from, to } });

  const step = (direction: number) => setAnchor(view === 'week' ? addDays(anchor, 7 * direction) : addMonths(startOfMonth(anchor), direction));
  const title =
    view === 'week'
      ? `Week of ${longDate(days[0], { day: 'numeric', month: 'long', year: 'numeric' })}`
      : longDate(startOfMonth(anchor), { month: 'long', year: 'numeric' });

  const reschedule = async (post: CalendarPost, date: string, hour: number, minute: number) => {
    const at = wallString(date, hour, minute);
    const outcome = await move({ input: { workspaceId: workspace.id, postId: post.id, at, timezone: tz } });
    setAnnouncement(outcome.error ? `Not moved: ${outcome.error.graphQLErrors[0]?.message ?? outcome.error.message}` : `Moved to ${longDate(date)} at ${clock(hour, minute)}.`);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => step(-1)} aria-label={view === 'week' ? 'Previous week' : 'Previous month'}>
            ‹
          </Button>
          <Button size="xs" variant="default" onClick={() => setAnchor(today(tz))}>
            Today
          </Button>
          <Button size="xs" variant="default" onClick={() => step(1)} aria-label={view === 'week' ? 'Next week' : 'Next month'}>
            ›
          </Button>
          <Title order={2} size="h4" aria-live="polite">
            {title}
          </Title>
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            Times in {tz}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label="Calendar view"
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'week', label: 'Week' },
              { value: 'month', label: 'Month' },
            ]}
          />
        </Group>
      </Group>
      {canMove && (
        <Text size="xs" c="dimmed" id="calendar-help">
          Drag a scheduled post to another {view === 'week' ? 'day or hour' : 'day'}, or focus it and press Alt+←/→ to move it a day, Alt+↑/↓ an hour.
        </Text>
      )}
      <Text role="status" aria-live="polite" size="sm" c={announcement.startsWith('Not moved') ? 'red' : undefined}>
        {announcement}
      </Text>
      {moveState.error && !announcement && <ErrorAlert error={moveState.error} title="Not moved" />}
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the calendar">
        {(data) => {
          const posts = data.postCalendar.filter((p) => p.status !== 'CANCELLED' && p.scheduledAt);
          const selected = posts.find((p) => p.id === selectedId) ?? null;
          return (
            <>
              {posts.length === 0 && (
                <Text size="sm" c="dimmed" role="status">
                  Nothing scheduled or published {view === 'week' ? 'this week' : 'this month'}.
                </Text>
              )}
              {view === 'week' ? (
                <WeekGrid days={days} posts={posts} canMove={canMove} onSelect={setSelectedId} onMove={reschedule} />
              ) : (
                <MonthGrid days={days} month={startOfMonth(anchor).slice(0, 7)} posts={posts} canMove={canMove} onSelect={setSelectedId} onMove={reschedule} />
              )}
              {selected && <PostDetails post={selected} channels={channels} onClose={() => setSelectedId(null)} />}
            </>
          );
        }}
      </Async>
    </Stack>
  );
}

interface GridProps {
  days: string[];
  posts: CalendarPost[];
  canMove: boolean;
  onSelect: (id: string) => void;
  onMove: (post: CalendarPost, date: string, hour: number, minute: number) => void;
}

function useByDay(posts: CalendarPost[]) {
  const { workspace } = useCurrent();
  return useMemo(() => {
    const map = new Map<string, Array<{ post: CalendarPost; hour: number; minute: number }>>();
    for (const post of posts) {
      const at = wallTime(post.scheduledAt!, workspace.timezone);
      const list = map.get(at.date) ?? [];
      list.push({ post, hour: at.hour, minute: at.minute });
      map.set(at.date, list);
    }
    return map;
  }, [posts, workspace.timezone]);
}

/** A drop target: a day (month) or a day's hour (week). */
function useDrop(onDrop: (postId: string) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer.getData(DRAG_TYPE);
        if (id) onDrop(id);
      },
    },
  };
}

function WeekGrid({ days, posts, canMove, onSelect, onMove }: GridProps) {
  const byDay = useByDay(posts);
  const scroller = useRef<HTMLDivElement>(null);
  const tz = useCurrent().workspace.timezone;
  const todayDate = today(tz);
  useEffect(() => {
    // Open on the working day (07:00) rather than midnight.
    if (scroller.current) scroller.current.scrollTop = 7 * 44;
  }, []);
  const byId = new Map(posts.map((p) => [p.id, p]));
  return (
    <Box ref={scroller} style={{ maxHeight: 560, overflowY: 'auto' }} aria-label="Week" role="group" tabIndex={0}>
      <Box style={{ display: 'grid', gridTemplateColumns: '56px repeat(7, minmax(110px, 1fr))' }}>
        <div />
        {days.map((d) => (
          <Text key={d} size="xs" fw={700} ta="center" p={4} c={d === todayDate ? 'blue' : undefined} style={{ position: 'sticky', top: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
            {longDate(d, { weekday: 'short', day: 'numeric', month: 'short' })}
          </Text>
        ))}
        {HOURS.map((hour) => (
          <WeekRow key={hour} hour={hour} days={days} byDay={byDay} canMove={canMove} onSelect={onSelect} onDropPost={(id, date) => {
            const post = byId.get(id);
            const minute = post ? wallTime(post.scheduledAt!, tz).minute : 0;
            if (post) onMove(post, date, hour, minute);
          }} onMove={onMove} />
        ))}
      </Box>
    </Box>
  );
}

function WeekRow({
  hour,
  days,
  byDay,
  canMove,
  onSelect,
  onDropPost,
  onMove,
}: {
  hour: number;
  days: string[];
  byDay: ReturnType<typeof useByDay>;
  canMove: boolean;
  onSelect: (id: string) => void;
  onDropPost: (id: string, date: string) => void;
  onMove: GridProps['onMove'];
}) {
  return (
    <>
      <Text size="xs" c="dimmed" ta="right" pr={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)', height: 44 }}>
        {clock(hour, 0)}
      </Text>
      {days.map((date) => (
        <Slot key={date} date={date} hour={hour} entries={(byDay.get(date) ?? []).filter((e) => e.hour === hour)} canMove={canMove} onSelect={onSelect} onDropPost={onDropPost} onMove={onMove} />
      ))}
    </>
  );
}

function Slot({
  date,
  hour,
  entries,
  canMove,
  onSelect,
  onDropPost,
  onMove,
}: {
  date: string;
  hour: number;
  entries: Array<{ post: CalendarPost; hour: number; minute: number }>;
  canMove: boolean;
  onSelect: (id: string) => void;
  onDropPost: (id: string, date: string) => void;
  onMove: GridProps['onMove'];
}) {
  const drop = useDrop((id) => onDropPost(id, date));
  return (
    <Box
      {...(canMove ? drop.handlers : {})}
      data-slot={`${date}T${clock(hour, 0)}`}
      style={{
        borderTop: '1px solid var(--mantine-color-default-border)',
        borderLeft: '1px solid var(--mantine-color-default-border)',
        minHeight: 44,
        padding: 2,
        background: drop.over ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      {entries.map((e) => (
        <PostChip key={e.post.id} entry={e} date={date} canMove={canMove} onSelect={onSelect} onMove={onMove} />
      ))}
    </Box>
  );
}

function MonthGrid({ days, month, posts, canMove, onSelect, onMove }: GridProps & { month: string }) {
  const byDay = useByDay(posts);
  return (
    <Box role="group" aria-label="Month">
      <SimpleGrid cols={7} spacing={0} verticalSpacing={0}>
        {days.slice(0, 7).map((d) => (
          <Text key={d} size="xs" fw={700} ta="center" p={4}>
            {longDate(d, { weekday: 'short' })}
          </Text>
        ))}
        {days.map((date) => (
          <MonthDay key={date} date={date} inMonth={date.startsWith(month)} entries={byDay.get(date) ?? []} canMove={canMove} onSelect={onSelect} onMove={onMove} posts={posts} />
        ))}
      </SimpleGrid>
    </Box>
  );
}

function MonthDay({
  date,
  inMonth,
  entries,
  posts,
  canMove,
  onSelect,
  onMove,
}: {
  date: string;
  inMonth: boolean;
  entries: Array<{ post: CalendarPost; hour: number; minute: number }>;
  posts: CalendarPost[];
  canMove: boolean;
  onSelect: (id: string) => void;
  onMove: GridProps['onMove'];
}) {
  const { workspace } = useCurrent();
  const drop = useDrop((id) => {
    const post = posts.find((p) => p.id === id);
    if (!post) return;
    // A day moves the post to the same time of day on the new date.
    const at = wallTime(post.scheduledAt!, workspace.timezone);
    onMove(post, date, at.hour, at.minute);
  });
  return (
    <Box
      {...(canMove ? drop.handlers : {})}
      data-day={date}
      role="group"
      aria-label={longDate(date)}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        minHeight: 96,
        padding: 4,
        background: drop.over ? 'var(--mantine-color-blue-light)' : inMonth ? undefined : 'var(--mantine-color-gray-0)',
      }}
    >
      <Text size="xs" fw={date === today(workspace.timezone) ? 700 : 400} c={date === today(workspace.timezone) ? 'blue.9' : inMonth ? undefined : 'gray.7'}>
        {Number(date.slice(8))}
      </Text>
      <Stack gap={2}>
        {entries
          .sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute))
          .map((e) => (
            <PostChip key={e.post.id} entry={e} date={date} canMove={canMove} onSelect={onSelect} onMove={onMove} />
          ))}
      </Stack>
    </Box>
  );
}

/** One post in the calendar: a button that selects it; a scheduled one can be dragged or moved with Alt+arrows. */
function PostChip({
  entry,
  date,
  canMove,
  onSelect,
  onMove,
}: {
  entry: { post: CalendarPost; hour: number; minute: number };
  date: string;
  canMove: boolean;
  onSelect: (id: string) => void;
  onMove: GridProps['onMove'];
}) {
  const { post, hour, minute } = entry;
  const movable = canMove && post.status === 'SCHEDULED';
  const onKeyDown = (event: KeyboardEvent) => {
    if (!movable || !event.altKey) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const delta = moves[event.key];
    if (!delta) return;
    event.preventDefault();
    let newDate = addDays(date, delta[0]);
    let newHour = hour + delta[1];
    if (newHour < 0) [newDate, newHour] = [addDays(newDate, -1), 23];
    if (newHour > 23) [newDate, newHour] = [addDays(newDate, 1), 0];
    onMove(post, newDate, newHour, minute);
  };
  return (
    <UnstyledButton
      draggable={movable}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, post.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onSelect(post.id)}
      onKeyDown={onKeyDown}
      aria-label={`${clock(hour, minute)} ${post.body}, ${statusLabel(post.status)}, ${longDate(date)}`}
      aria-keyshortcuts={movable ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined}
      aria-describedby={movable ? 'calendar-help' : undefined}
      data-post-id={post.id}
      style={{
        display: 'block',
        width: '100%',
        padding: '2px 4px',
        borderRadius: 4,
        cursor: movable ? 'grab' : 'pointer',
        background: `var(--mantine-color-${STATUS_COLOR[post.status] ?? 'gray'}-light)`,
      }}
    >
      <Text size="xs" lineClamp={2}>
        <b>{clock(hour, minute)}</b> {post.body}
      </Text>
    </UnstyledButton>
  );
}

function PostDetails({ post, channels, onClose }: { post: CalendarPost; channels: ChannelRow[]; onClose: () => void }) {
  const { workspace } = useCurrent();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="post-details-title">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5" id="post-details-title">
            Post {post.scheduledAt ? `at ${workspaceTime(post.scheduledAt, workspace.timezone)}` : ''}
          </Title>
          <CloseButton aria-label="Close post details" onClick={onClose} />
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {post.body}
        </Text>
        <Group gap="xs">
          <Badge autoContrast color={STATUS_COLOR[post.status] ?? 'gray'}>{statusLabel(post.status)}</Badge>
        </Group>
        <TargetStatuses targets={post.targets} channels={channels} />
        {/* Keyed by status and time: the actions' own fields start from the post as it is now. */}
        <PostActions key={`${post.status}-${post.scheduledAt}`} post={post} />
      </Stack>
    </Paper>
  );
}
