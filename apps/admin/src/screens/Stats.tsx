import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { Async } from '../components/Async';
import { Figure } from '../components/Feedback';
import { percent } from '../format';
import { useCurrent } from '../context';
import { graphql } from '../gql';

const EngagementQuery = graphql(`
  query Engagement($workspaceId: ID!, $from: String!, $to: String!) {
    engagementStats(workspaceId: $workspaceId, from: $from, to: $to) {
      overdueQuestions
      overall {
        conversations
        answered
        responseRate
        medianFirstResponseSeconds
        p90FirstResponseSeconds
      }
      perChannel {
        channelId
        conversations
        answered
        responseRate
        medianFirstResponseSeconds
      }
    }
    channels(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

const minutes = (seconds: number | null | undefined) => (seconds == null ? '—' : seconds < 90 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`);

/** How fast and how often the workspace answers, overall and per channel. */
export function Stats() {
  const { workspace } = useCurrent();
  const [days, setDays] = useState('30');
  // Whole days, so the variables (and the cached answer) stay the same while the screen is open.
  const [to] = useState(() => new Date(new Date().setHours(24, 0, 0, 0)));
  const from = new Date(to.getTime() - Number(days) * 86_400_000);
  const [result, refetch] = useQuery({ query: EngagementQuery, variables: { workspaceId: workspace.id, from: from.toISOString(), to: to.toISOString() } });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Engagement
        </Title>
        <SegmentedControl
          aria-label="Period"
          value={days}
          onChange={setDays}
          data={[
            { value: '7', label: '7 days' },
            { value: '30', label: '30 days' },
            { value: '90', label: '90 days' },
          ]}
        />
      </Group>
      <Async
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        what="engagement figures"
        isEmpty={(d) => d.engagementStats.overall.conversations === 0}
        empty="No conversation started in this period yet."
      >
        {(data) => {
          const stats = data.engagementStats;
          const names = new Map(data.channels.edges.map((e) => [e.node.id, e.node.displayName]));
          const chart = stats.perChannel.map((c) => ({
            channel: names.get(c.channelId) ?? 'Removed channel',
            Conversations: c.conversations,
            Answered: c.answered,
          }));
          return (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                <Figure framed label="Conversations" value={String(stats.overall.conversations)} />
                <Figure framed label="Response rate" value={percent(stats.overall.responseRate)} />
                <Figure framed label="Median first response" value={minutes(stats.overall.medianFirstResponseSeconds)} />
                <Figure framed label="Overdue questions" value={String(stats.overdueQuestions)} />
              </SimpleGrid>
              <Paper withBorder p="md" component="figure" m={0} aria-labelledby="per-channel-title">
                <Title order={2} size="h4" id="per-channel-title">
                  Conversations and answers per channel
                </Title>
                <div style={{ height: 300 }} aria-hidden>
                  <ResponsiveContainer>
                    <BarChart data={chart}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="channel" />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Legend />
                      <Bar dataKey="Conversations" fill="#228be6" />
                      <Bar dataKey="Answered" fill="#40c057" />
                    </BarChart>
                  </ResponsiveContainer>
                </div>
                {/* The chart's figures as a table, for screen readers and keyboard users. */}
                <table className="visually-hidden-table" aria-label="Per channel figures">
                  <thead>
                    <tr>
                      <th>Channel</th>
                      <th>Conversations</th>
                      <th>Answered</th>
                      <th>Response rate</th>
                      <th>Median first response</th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.perChannel.map((c) => (
                      <tr key={c.channelId}>
                        <td>{names.get(c.channelId) ?? 'Removed channel'}</td>
                        <td>{c.conversations}</td>
                        <td>{c.answered}</td>
                        <td>{percent(c.responseRate)}</td>
                        <td>{minutes(c.medianFirstResponseSeconds)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Paper>
            </>
          );
        }}
      </Async>
    </Stack>
  );
}
