import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Async } from '../components/Async';
import { Figure } from '../components/Feedback';
import { percent } from '../format';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { DashboardQuery } from '../gql/graphql';
import { roleAtLeast } from '../roles';
import { clock, duration, since, wallTime, zonedInstant, today as todayIn, addDays } from '../time';

const DashboardData = graphql(`
  query Dashboard($workspaceId: ID!, $statsFrom: String!, $reviewsFrom: String!, $now: String!, $todayFrom: String!, $todayTo: String!) {
    awaiting: conversations(workspaceId: $workspaceId, awaitingAnswer: true, orderBy: WAITING_LONGEST, first: 5) {
      totalCount
      edges {
        node {
          id
          kind
          escalated
          priority
          waitingSince
          contact {
            id
            handle
            name
          }
        }
      }
    }
    escalated: conversations(workspaceId: $workspaceId, escalated: true, first: 1) {
      totalCount
    }
    engagementStats(workspaceId: $workspaceId, from: $statsFrom, to: $now) {
      overdueQuestions
      overall {
        conversations
        answered
        responseRate
        medianFirstResponseSeconds
        p90FirstResponseSeconds
      }
    }
    reputation(workspaceId: $workspaceId, from: $reviewsFrom, to: $now) {
      count
      averageRating
      replyRate
      medianReplySeconds
    }
    unansweredReviews: reviews(workspaceId: $workspaceId, awaitingReply: true, first: 1) {
      totalCount
    }
    urgentReviews: reviews(workspaceId: $workspaceId, awaitingReply: true, urgent: true, first: 1) {
      totalCount
    }
    channels(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          displayName
          kind
          status
          statusReason
        }
      }
    }
    channelHealth(workspaceId: $workspaceId) {
      flagged
      reasons
      postsThisWeek
      targetPostsPerWeek
      channel {
        id
        displayName
      }
    }
    failedPosts: posts(workspaceId: $workspaceId, status: FAILED, first: 5) {
      totalCount
      edges {
        node {
          id
          body
          status
        }
      }
    }
    todaysPosts: postCalendar(workspaceId: $workspaceId, from: $todayFrom, to: $todayTo) {
      id
      body
      status
      scheduledAt
      targets {
        id
        status
      }
    }
  }
`);

const DashboardConversationUpdated = graphql(`
  subscription DashboardConversationUpdated($workspaceId: ID!) {
    conversationUpdated(workspaceId: $workspaceId) {
      id
      awaitingAnswer
      escalated
      status
      waitingSince
    }
  }
`);

const DashboardChannelUpdated = graphql(`
  subscription DashboardChannelUpdated($workspaceId: ID!) {
    channelUpdated(workspaceId: $workspaceId) {
      disconnected
      channel {
        id
        status
        statusReason
      }
    }
  }
`);

type Data = DashboardQuery;

const STATUS_LABEL: Record<string, string> = { NEEDS_REAUTH: 'Needs re-authorisation', ERROR: 'Error', DISABLED: 'Disabled', CONNECTED: 'Connected' };

/** One card of the dashboard: a titled region, so screen readers can jump between them. */
function Card({ id, title, link, children }: { id: string; title: string; link?: { href: string; label: string }; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {link && (
            <Anchor href={link.href} size="sm">
              {link.label}
            </Anchor>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** What needs attention today: unanswered conversations, response times, reputation, channel health, today's posts. */
export function Dashboard() {
  const { workspace } = useCurrent();
  // Fixed while the screen is open, so the variables (and the cached answer) stay the same; live events refresh it.
  const [vars] = useState(() => {
    const now = new Date();
    const day = todayIn(workspace.timezone);
    return {
      workspaceId: workspace.id,
      now: now.toISOString(),
      statsFrom: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
      reviewsFrom: new Date(now.getTime() - 90 * 86_400_000).toISOString(),
      todayFrom: zonedInstant(day, 0, 0, workspace.timezone).toISOString(),
      todayTo: zonedInstant(addDays(day, 1), 0, 0, workspace.timezone).toISOString(),
    };
  });
  const [result, refetch] = useQuery({ query: DashboardData, variables: vars });
  useSubscription({ query: DashboardConversationUpdated, variables: { workspaceId: workspace.id } });
  useSubscription({ query: DashboardChannelUpdated, variables: { workspaceId: workspace.id } });
  return (
    <Stack>
      <Title order={1} size="h2">
        Dashboard
      </Title>
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the dashboard">
        {(data) => <Cards data={data} />}
      </Async>
    </Stack>
  );
}

function Cards({ data }: { data: Data }) {
  const { workspace, role } = useCurrent();
  const awaiting = data.awaiting.edges.map((e) => e.node);
  const stats = data.engagementStats;
  const reputation = data.reputation;
  const troubled = data.channels.edges.map((e) => e.node).filter((c) => c.status !== 'CONNECTED');
  const quiet = data.channelHealth.filter((h) => h.flagged);
  const failed = data.failedPosts.edges.map((e) => e.node);
  const canFixChannels = roleAtLeast(role, 'ADMIN');
  const nothingUrgent = data.awaiting.totalCount === 0 && stats.overdueQuestions === 0 && troubled.length === 0 && data.failedPosts.totalCount === 0 && data.urgentReviews.totalCount === 0;
  return (
    <Stack>
      {nothingUrgent && (
        <Text role="status" c="dimmed">
          Nothing needs attention right now: no conversation awaits an answer, no urgent review, every channel is connected and no post failed.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card id="dash-awaiting" title="Awaiting an answer" link={{ href: '#/inbox', label: 'Open the inbox' }}>
          <Group gap="xl">
            <Figure label="Awaiting" value={data.awaiting.totalCount} tone={data.awaiting.totalCount ? 'alert' : undefined} />
            <Figure label="Overdue (over 24 h)" value={stats.overdueQuestions} tone={stats.overdueQuestions ? 'alert' : undefined} />
            <Figure label="Escalated" value={data.escalated.totalCount} tone={data.escalated.totalCount ? 'alert' : undefined} />
          </Group>
          {awaiting.length === 0 ? (
            <Text size="sm" c="dimmed">
              No conversation awaits an answer.
            </Text>
          ) : (
            <List aria-label="Longest waiting conversations" listStyleType="none" spacing={4}>
              {awaiting.map((c) => (
                <List.Item key={c.id}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor href="#/inbox" size="sm">
                      {c.contact.name ?? c.contact.handle} ({c.contact.handle})
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {c.kind.replace('_', ' ').toLowerCase()}, waiting {since(c.waitingSince)}
                    </Text>
                    {c.escalated && (
                      <Badge size="xs" color="red.9">
                        escalated
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Card>

        <Card id="dash-response" title="Response times (30 days)" link={{ href: '#/stats', label: 'Engagement' }}>
          {stats.overall.conversations === 0 ? (
            <Text size="sm" c="dimmed">
              No conversation started in the last 30 days.
            </Text>
          ) : (
            <Group gap="xl">
              <Figure label="Median first response" value={duration(stats.overall.medianFirstResponseSeconds)} />
              <Figure label="90th percentile" value={duration(stats.overall.p90FirstResponseSeconds)} />
              <Figure label="Response rate" value={percent(stats.overall.responseRate)} />
              <Figure label="Answered" value={`${stats.overall.answered} of ${stats.overall.conversations}`} />
            </Group>
          )}
        </Card>

        <Card id="dash-reputation" title="Reputation (90 days)" link={{ href: '#/reviews', label: 'Open reviews' }}>
          <Group gap="xl">
            <Figure label="Average rating" value={reputation.averageRating == null ? '—' : `${reputation.averageRating.toFixed(1)} ★`} />
            <Figure label="Reviews" value={reputation.count} />
            <Figure label="Reply rate" value={percent(reputation.replyRate)} />
            <Figure label="Median reply time" value={duration(reputation.medianReplySeconds)} />
          </Group>
          <Text size="sm" c={data.urgentReviews.totalCount ? 'red' : undefined}>
            {data.unansweredReviews.totalCount === 0
              ? 'Every review has an answer.'
              : `${data.unansweredReviews.totalCount} review${data.unansweredReviews.totalCount === 1 ? '' : 's'} awaiting a reply, ${data.urgentReviews.totalCount} urgent.`}
          </Text>
        </Card>

        <Card id="dash-channels" title="Channel health" link={canFixChannels ? { href: '#/channels', label: 'Manage channels' } : undefined}>
          {troubled.length === 0 && quiet.length === 0 ? (
            <Text size="sm" c="dimmed">
              {data.channels.edges.length === 0 ? 'No channel connected yet.' : 'Every channel is connected and on cadence.'}
            </Text>
          ) : (
            <List aria-label="Channels needing attention" listStyleType="none" spacing={4}>
              {troubled.map((c) => (
                <List.Item key={c.id}>
                  <Group gap="xs" wrap="nowrap">
                    <Badge autoContrast color={c.status === 'NEEDS_REAUTH' ? 'yellow' : 'red.9'}>{STATUS_LABEL[c.status] ?? c.status}</Badge>
                    <Text size="sm">{c.displayName}</Text>
                    {c.statusReason && (
                      <Text size="xs" c="dimmed">
                        {c.statusReason}
                      </Text>
                    )}
                  </Group>
                </List.Item>
              ))}
              {quiet.map((h) => (
                <List.Item key={`cadence-${h.channel.id}`}>
                  <Group gap="xs" wrap="nowrap">
                    <Badge autoContrast color="yellow">
                      Cadence
                    </Badge>
                    <Text size="sm">{h.channel.displayName}</Text>
                    <Text size="xs" c="dimmed">
                      {h.reasons.join(' ')}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Card>

        <Card id="dash-posts" title={`Posts today (${workspace.timezone})`} link={{ href: '#/posts', label: 'Open the calendar' }}>
          {data.todaysPosts.length === 0 ? (
            <Text size="sm" c="dimmed">
              No post scheduled today.
            </Text>
          ) : (
            <List aria-label="Today's posts" listStyleType="none" spacing={4}>
              {data.todaysPosts.map((p) => {
                const at = p.scheduledAt ? wallTime(p.scheduledAt, workspace.timezone) : null;
                return (
                  <List.Item key={p.id}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {at ? clock(at.hour, at.minute) : ''}
                      </Text>
                      <Text size="sm" lineClamp={1}>
                        {p.body}
                      </Text>
                      <Badge size="xs" variant="outline" color="dark">
                        {p.status.replace('_', ' ').toLowerCase()}
                      </Badge>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          )}
          {data.failedPosts.totalCount > 0 && (
            <Text size="sm" c="red">
              {data.failedPosts.totalCount} post{data.failedPosts.totalCount === 1 ? '' : 's'} failed to publish: {failed.map((p) => `“${p.body.slice(0, 40)}”`).join(', ')}.
            </Text>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
