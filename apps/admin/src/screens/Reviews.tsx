import { Badge, Button, Checkbox, Fieldset, Grid, Group, Paper, Rating, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useChannelOptions } from '../channels';
import { PickList } from '../components/PickList';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { ConfirmInline, Done } from '../components/Feedback';
import { HeldForApproval } from '../components/HeldForApproval';
import { LoadMore, usePagedQuery } from '../components/LoadMore';
import { percent, when, type BoundedCount } from '../format';
import { FindingList, HighlightedText } from '../components/Findings';
import { LiveFindings, usePolicyFindings } from '../components/LiveFindings';
import { TemplateTextarea } from '../components/TemplateTextarea';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { ReviewDetailQuery, ReviewReplyStatus, ReviewsListQuery, SentimentLabel } from '../gql/graphql';
import { useMemberNames } from '../members';
import { roleAtLeast } from '../roles';

const ReviewsList = graphql(`
  query ReviewsList(
    $workspaceId: ID!
    $channelId: ID
    $urgent: Boolean
    $sentiment: SentimentLabel
    $maxRating: Int
    $awaitingReply: Boolean
    $replyStatus: ReviewReplyStatus
    $flagged: Boolean
    $minSuspicion: Float
    $after: String
  ) {
    reviews(
      workspaceId: $workspaceId
      channelId: $channelId
      urgent: $urgent
      sentiment: $sentiment
      maxRating: $maxRating
      awaitingReply: $awaitingReply
      replyStatus: $replyStatus
      flagged: $flagged
      minSuspicion: $minSuspicion
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
          rating
          title
          body
          urgent
          flags
          suspicion
          sourceCreatedAt
          author {
            handle
            name
          }
          reply {
            status
          }
        }
      }
    }
  }
`);

/** Who flagged or unflagged the review, and when; the flag mutations answer it too, so it stays current. */
const ReviewFlagHistory = graphql(`
  fragment ReviewFlagHistory on Review {
    flagHistory(first: 20) {
      totalCount
      edges {
        node {
          id
          action
          flag
          byUserId
          bySuspicionCheck
          createdAt
        }
      }
    }
  }
`);

const ReviewFields = graphql(`
  fragment ReviewFields on Review {
    id
    channelId
    updatedAt
    rating
    rawRating
    title
    body
    urgent
    flags
    labels
    sentiment
    suspicion
    suspicionReasons {
      signal
      detail
      weight
    }
    sourceCreatedAt
    sourceUpdatedAt
    suggestedReply
    author {
      handle
      name
    }
    reply {
      body
      status
      error
      sentAt
    }
    findings {
      ...PolicyFindingFields
    }
    revisions(first: 20) {
      edges {
        node {
          id
          editedAt
          previousBody
          previousRating
          previousTitle
        }
      }
    }
    ...ReviewFlagHistory
    disputes(first: 20) {
      edges {
        node {
          id
          status
          reason
          evidence
          error
          platformReference
          createdAt
          resolvedAt
        }
      }
    }
  }
`);

const ReviewDetail = graphql(`
  query ReviewDetail($workspaceId: ID!, $id: ID!) {
    review(workspaceId: $workspaceId, id: $id) {
      ...ReviewFields
    }
  }
`);

graphql(`
  fragment ReplyTemplateFields on ReviewReplyTemplate {
    id
    name
    body
    minRating
    maxRating
  }
`);

// Templates need AGENT: asked for only by the reply form, so a VIEWER's review loads.
const ReplyTemplates = graphql(`
  query ReviewReplyTemplates($workspaceId: ID!) {
    reviewReplyTemplates(workspaceId: $workspaceId) {
      ...ReplyTemplateFields
    }
  }
`);

const ReputationSummary = graphql(`
  query ReputationSummary($workspaceId: ID!, $from: String!, $to: String!) {
    reputation(workspaceId: $workspaceId, from: $from, to: $to) {
      count
      averageRating
      replyRate
      medianReplySeconds
      flaggedShare
      upheldDisputeCount
      distribution {
        stars
        count
      }
      trend {
        week
        weekStart
        count
        averageRating
        replyRate
        medianReplySeconds
      }
    }
  }
`);

const ResolveDispute = graphql(`
  mutation ResolveDispute($input: ResolveDisputeInput!) {
    resolveDispute(input: $input) {
      id
      status
      resolvedAt
    }
  }
`);

const CreateReplyTemplate = graphql(`
  mutation CreateReviewReplyTemplate($input: CreateReviewReplyTemplateInput!) {
    createReviewReplyTemplate(input: $input) {
      ...ReplyTemplateFields
    }
  }
`);

const UpdateReplyTemplate = graphql(`
  mutation UpdateReviewReplyTemplate($input: UpdateReviewReplyTemplateInput!) {
    updateReviewReplyTemplate(input: $input) {
      ...ReplyTemplateFields
    }
  }
`);

const DeleteReplyTemplate = graphql(`
  mutation DeleteReviewReplyTemplate($workspaceId: ID!, $id: ID!) {
    deleteReviewReplyTemplate(workspaceId: $workspaceId, id: $id) {
      id
    }
  }
`);

const ReplyToReview = graphql(`
  mutation ReplyToReview($input: ReplyToReviewInput!) {
    replyToReview(input: $input) {
      ...ReviewFields
    }
  }
`);

const ApproveReviewReply = graphql(`
  mutation ApproveReviewReply($input: ReviewRefInput!) {
    approveReviewReply(input: $input) {
      ...ReviewFields
    }
  }
`);

const DeleteReviewReply = graphql(`
  mutation DeleteReviewReply($input: ReviewRefInput!) {
    deleteReviewReply(input: $input) {
      ...ReviewFields
    }
  }
`);

const FlagReview = graphql(`
  mutation FlagReview($input: FlagReviewInput!) {
    flagReview(input: $input) {
      id
      flags
      ...ReviewFlagHistory
    }
  }
`);

const UnflagReview = graphql(`
  mutation UnflagReview($input: UnflagReviewInput!) {
    unflagReview(input: $input) {
      id
      flags
      ...ReviewFlagHistory
    }
  }
`);

const DisputeReview = graphql(`
  mutation DisputeReview($input: DisputeReviewInput!) {
    disputeReview(input: $input) {
      id
      reviewId
      status
      reason
      evidence
      error
      platformReference
      createdAt
    }
  }
`);

const ReviewAdded = graphql(`
  subscription ReviewAdded($workspaceId: ID!) {
    reviewAdded(workspaceId: $workspaceId) {
      id
    }
  }
`);

const ReviewUpdated = graphql(`
  subscription ReviewUpdated($workspaceId: ID!) {
    reviewUpdated(workspaceId: $workspaceId) {
      ...ReviewFields
    }
  }
`);

type ReviewRow = ReviewsListQuery['reviews']['edges'][number]['node'];
type ReviewData = ReviewDetailQuery['review'];
type Choice = 'any' | 'yes' | 'no';

const duration = (seconds: number | null | undefined) => {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 360) / 10} h`;
  return `${Math.round(seconds / 8640) / 10} days`;
};
const choice = (value: Choice) => (value === 'any' ? undefined : value === 'yes');
const REPLY_TEXT = { DRAFT: 'Draft reply', QUEUED: 'Reply queued', PENDING_APPROVAL: 'Reply awaits approval', SENT: 'Replied', FAILED: 'Reply failed' } as const;

/**
 * The one "Reply" filter: whether a reply is still owed (none yet, a draft or a failed one) or not, or one exact
 * reply status. Two separate filters could contradict each other ("awaiting" and "sent" lists nothing).
 */
const REPLY_FILTERS: Array<{ value: string; label: string; variables: { awaitingReply?: boolean; replyStatus?: ReviewReplyStatus } }> = [
  { value: 'awaiting', label: 'Awaiting reply', variables: { awaitingReply: true } },
  { value: 'handled', label: 'Not awaiting a reply', variables: { awaitingReply: false } },
  ...Object.entries(REPLY_TEXT).map(([status, label]) => ({ value: status, label, variables: { replyStatus: status as ReviewReplyStatus } })),
];

const SENTIMENT_TEXT: Record<SentimentLabel, string> = { NEGATIVE: 'Criticism', NEUTRAL: 'Neutral', POSITIVE: 'Positive' };

/** Reviews: reputation over 90 days, the triage list with filters and one review to answer, flag or dispute. */
export function Reviews() {
  const { workspace } = useCurrent();
  const [maxRating, setMaxRating] = useState<string | null>(null);
  const [reply, setReply] = useState<string | null>(null);
  const [sentiment, setSentiment] = useState<SentimentLabel | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<Choice>('any');
  const [urgent, setUrgent] = useState(false);
  const [suspicious, setSuspicious] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const sources = useChannelOptions('REVIEW_SOURCE');
  const variables = {
    workspaceId: workspace.id,
    channelId: source ?? undefined,
    urgent: urgent || undefined,
    sentiment: sentiment ?? undefined,
    maxRating: maxRating ? Number(maxRating) : undefined,
    ...REPLY_FILTERS.find((filter) => filter.value === reply)?.variables,
    flagged: choice(flagged),
    minSuspicion: suspicious ? 0.5 : undefined,
  };
  const reviews = usePagedQuery(ReviewsList, variables, (data) => data.reviews);
  // New reviews refetch the list; changed ones land in the cache (client.ts).
  useSubscription({ query: ReviewAdded, variables: { workspaceId: workspace.id } });
  useSubscription({ query: ReviewUpdated, variables: { workspaceId: workspace.id } });
  return (
    <Stack>
      <Title order={1} size="h2">
        Reviews
      </Title>
      <ReputationPanel />
      <Group align="flex-end">
        <Select
          label="Rating"
          placeholder="Any rating"
          clearable
          w={170}
          value={maxRating}
          onChange={setMaxRating}
          data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: `${n}★ or less` }))}
        />
        <Select label="Reply" placeholder="Any" clearable w={210} value={reply} onChange={setReply} data={REPLY_FILTERS.map(({ value, label }) => ({ value, label }))} />
        <Select
          label="Tone"
          placeholder="Any tone"
          clearable
          w={150}
          value={sentiment}
          onChange={(value) => setSentiment(value as SentimentLabel | null)}
          data={Object.entries(SENTIMENT_TEXT).map(([value, label]) => ({ value, label }))}
        />
        <Select
          label="Source"
          placeholder="Every source"
          clearable
          w={200}
          value={source}
          onChange={setSource}
          data={sources}
        />
        <ChoiceFilter id="flagged-filter" label="Flagged" yes="Flagged" no="Not flagged" value={flagged} onChange={setFlagged} />
        <Stack gap={4} mb={2}>
          <Checkbox label="Urgent only" checked={urgent} onChange={(e) => setUrgent(e.currentTarget.checked)} />
          <Checkbox label="Likely fake (suspicion ≥ 50%)" checked={suspicious} onChange={(e) => setSuspicious(e.currentTarget.checked)} />
        </Stack>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Async
            result={reviews.first}
            retry={reviews.refetch}
            what="reviews"
            isEmpty={(d) => d.reviews.edges.length === 0}
            empty="No review matches these filters. Reviews appear here as review sources sync."
          >
            {(data) => (
              <Stack gap="xs">
                <ReviewList rows={reviews.rows} total={data.reviews.countUpTo} selected={selected} onSelect={setSelected} />
                <LoadMore paged={reviews} label="Load more reviews" what="reviews" />
              </Stack>
            )}
          </Async>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected ? (
            <ReviewView id={selected} />
          ) : (
            <Text c="dimmed" role="status">
              Choose a review to read and answer it.
            </Text>
          )}
        </Grid.Col>
      </Grid>
      <ReplyTemplatesPanel />
    </Stack>
  );
}

function ReputationPanel() {
  const { workspace } = useCurrent();
  const [days, setDays] = useState('90');
  // One range per choice: a new Date on every render would make a new query each time.
  const range = useMemo(() => ({ from: new Date(Date.now() - Number(days) * 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() }), [days]);
  const [result, refetch] = useQuery({ query: ReputationSummary, variables: { workspaceId: workspace.id, ...range } });
  return (
    <Paper withBorder p="md" component="section" aria-label={`Reputation, last ${days} days`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          Reputation, last {days} days
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Period"
          value={days}
          onChange={setDays}
          data={[
            { value: '30', label: '30 days' },
            { value: '90', label: '90 days' },
            { value: '365', label: 'A year' },
          ]}
        />
      </Group>
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="reputation" isEmpty={(d) => d.reputation.count === 0} empty={`No review written in the last ${days} days yet.`}>
        {({ reputation: r }) => (
          <Grid>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <SimpleGrid cols={2} spacing="xs">
                {[
                  ['Reviews', String(r.count)],
                  ['Average', r.averageRating === null || r.averageRating === undefined ? '—' : `${r.averageRating.toFixed(2)}★`],
                  ['Reply rate', percent(r.replyRate, { compact: true })],
                  ['Median reply time', duration(r.medianReplySeconds)],
                  ['Flagged', percent(r.flaggedShare, { compact: true })],
                  ['Removed after a dispute', String(r.upheldDisputeCount)],
                ].map(([label, value]) => (
                  <div key={label}>
                    <Text size="xs" c="dimmed">
                      {label}
                    </Text>
                    <Text fw={600}>{value}</Text>
                  </div>
                ))}
              </SimpleGrid>
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <div aria-hidden>
                <ResponsiveContainer width="100%" height={150}>
                  <BarChart data={[...r.distribution].sort((a, b) => a.stars - b.stars).map((d) => ({ stars: `${d.stars}★`, count: d.count }))}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="stars" />
                    <YAxis allowDecimals={false} width={30} />
                    <Tooltip />
                    <Bar dataKey="count" name="Reviews" fill="var(--mantine-color-yellow-6)" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <table className="visually-hidden-table">
                <caption>Rating distribution</caption>
                <thead>
                  <tr>
                    <th scope="col">Stars</th>
                    <th scope="col">Reviews</th>
                  </tr>
                </thead>
                <tbody>
                  {r.distribution.map((d) => (
                    <tr key={d.stars}>
                      <td>{d.stars}</td>
                      <td>{d.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Grid.Col>
            <Grid.Col span={12}>
              <RatingTrend trend={r.trend} />
            </Grid.Col>
          </Grid>
        )}
      </Async>
    </Paper>
  );
}

/** A yes/no filter that can also be off ("Any"), labelled above like the other filters. */
function ChoiceFilter({ id, label, yes, no, value, onChange }: { id: string; label: string; yes: string; no: string; value: Choice; onChange: (value: Choice) => void }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        onChange={(v) => onChange(v as Choice)}
        data={[
          { value: 'any', label: 'Any' },
          { value: 'yes', label: yes },
          { value: 'no', label: no },
        ]}
      />
    </Stack>
  );
}

function ReviewList({ rows, total, selected, onSelect }: { rows: ReviewRow[]; total: BoundedCount; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <PickList rows={rows} total={total} noun="review" label="Reviews" selected={selected} onSelect={onSelect}>
      {(r) => (
        <>
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600} size="sm">
              {r.author.name ?? r.author.handle}
            </Text>
            <Text size="sm" aria-label={`${r.rating} out of 5 stars`}>
              {'★'.repeat(Math.round(r.rating))}
              <Text span c="gray.4">
                {'★'.repeat(5 - Math.round(r.rating))}
              </Text>
            </Text>
          </Group>
          <Text size="sm" lineClamp={2}>
            {r.title ? `${r.title} — ` : ''}
            {r.body}
          </Text>
          <Group gap={4} mt={4}>
            <Text size="xs" c="dimmed">
              {when(r.sourceCreatedAt)}
            </Text>
            {r.urgent && (
              <Badge size="xs" color="red">
                Urgent
              </Badge>
            )}
            <Badge size="xs" color={r.reply?.status === 'SENT' ? 'green' : r.reply?.status === 'FAILED' ? 'red' : 'orange'} variant="light">
              {r.reply ? REPLY_TEXT[r.reply.status] : 'Awaiting reply'}
            </Badge>
            {r.flags.map((f) => (
              <Badge key={f} size="xs" color="grape" variant="light">
                {f}
              </Badge>
            ))}
            {r.suspicion >= 0.5 && (
              <Badge size="xs" color="grape">
                Suspicion {percent(r.suspicion, { compact: true })}
              </Badge>
            )}
          </Group>
        </>
      )}
    </PickList>
  );
}

function ReviewView({ id }: { id: string }) {
  const { workspace } = useCurrent();
  const [result, refetch] = useQuery({ query: ReviewDetail, variables: { workspaceId: workspace.id, id } });
  return (
    <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the review">
      {(data) => <ReviewPanel review={data.review} />}
    </Async>
  );
}

function ReviewPanel({ review }: { review: ReviewData }) {
  const { role } = useCurrent();
  const revisions = review.revisions.edges.map((e) => e.node);
  const disputes = review.disputes.edges.map((e) => e.node);
  const author = review.author.name ?? review.author.handle;
  return (
    <Paper withBorder p="md" component="section" aria-label={`Review by ${author}`}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {author}
          </Title>
          <Rating value={review.rating} fractions={2} readOnly aria-label={`${review.rating} out of 5 stars`} />
        </Group>
        <Text size="xs" c="dimmed">
          Written {when(review.sourceCreatedAt)}
          {review.sourceUpdatedAt !== review.sourceCreatedAt && ` · edited ${when(review.sourceUpdatedAt)}`} · tone {review.sentiment.toLowerCase()}
        </Text>
        {review.title && <Text fw={600}>{review.title}</Text>}
        <HighlightedText text={review.body} findings={review.findings} />
        {review.findings.length > 0 && <FindingList findings={review.findings} label="What the review policies found" />}
        {review.suspicionReasons.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              Suspicion {percent(review.suspicion, { compact: true })}
            </Text>
            <ul aria-label="Suspicion reasons" style={{ margin: 0 }}>
              {review.suspicionReasons.map((r) => (
                <li key={r.signal}>
                  <Text size="sm">
                    {r.detail} <Text span c="dimmed" size="xs">({r.signal.toLowerCase().replace(/_/g, ' ')}, weight {r.weight})</Text>
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        )}
        {revisions.length > 0 && (
          <Fieldset legend={`Earlier versions (${revisions.length})`}>
            <ol aria-label="Revisions" style={{ margin: 0, paddingLeft: 20 }}>
              {revisions.map((r) => (
                <li key={r.id}>
                  <Text size="xs" c="dimmed">
                    Until {when(r.editedAt)} · {r.previousRating}★
                  </Text>
                  <Text size="sm">
                    {r.previousTitle ? `${r.previousTitle} — ` : ''}
                    {r.previousBody}
                  </Text>
                </li>
              ))}
            </ol>
          </Fieldset>
        )}
        {review.reply && (
          <Paper bg="blue.0" p="sm">
            <Text size="xs" c="dimmed">
              Our reply · {REPLY_TEXT[review.reply.status]}
              {review.reply.sentAt && ` ${when(review.reply.sentAt)}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {review.reply.body}
            </Text>
            {review.reply.error && (
              <Text size="xs" c="red" role="alert">
                Not sent: {review.reply.error}
              </Text>
            )}
            {review.reply.status === 'PENDING_APPROVAL' && <HeldReviewReply review={review} body={review.reply.body} />}
            {roleAtLeast(role, 'AGENT') && <DeleteOurReply review={review} />}
          </Paper>
        )}
        <Flags review={review} canAct={roleAtLeast(role, 'AGENT')} />
        {disputes.length > 0 && (
          <Table aria-label="Disputes" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Dispute</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {disputes.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm">{d.reason}</Text>
                    {d.evidence && (
                      <Text size="xs" c="dimmed">
                        Evidence: {d.evidence}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={d.status === 'FAILED' || d.status === 'REJECTED' ? 'red' : d.status === 'UPHELD' ? 'green' : 'blue'}>{d.status}</Badge>
                    {d.platformReference && <Text size="xs">Ref. {d.platformReference}</Text>}
                    {d.resolvedAt && <Text size="xs">Resolved {when(d.resolvedAt)}</Text>}
                    {roleAtLeast(role, 'ADMIN') && (d.status === 'OPEN' || d.status === 'SUBMITTED') && <ResolveButtons disputeId={d.id} />}
                    {d.error && (
                      <Text size="xs" c="red">
                        {d.error}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {roleAtLeast(role, 'AGENT') ? (
          <ReplyForm review={review} />
        ) : (
          <Text size="sm" c="dimmed">
            Your role ({role}) can read reviews but not answer them.
          </Text>
        )}
        {roleAtLeast(role, 'ADMIN') && <DisputeForm reviewId={review.id} />}
      </Stack>
    </Paper>
  );
}

/** A held review reply and, for an ADMIN, approveReviewReply. The API keeps no findings for review replies: what the reply policies find in the text now is shown. */
function HeldReviewReply({ review, body }: { review: ReviewData; body: string }) {
  const { workspace } = useCurrent();
  const [state, approve] = useMutation(ApproveReviewReply);
  const { findings } = usePolicyFindings(body, 'OUTBOUND_REPLY', review.channelId);
  return (
    <HeldForApproval
      findings={findings}
      findingsLabel="What the reply policies find in it"
      onApprove={() => approve({ input: { workspaceId: workspace.id, reviewId: review.id } })}
      approving={state.fetching}
      error={state.error}
    />
  );
}

/** Takes our reply back: from the review site too when it was sent there (the site may refuse: the error says so). */
function DeleteOurReply({ review }: { review: ReviewData }) {
  const { workspace } = useCurrent();
  const [confirming, setConfirming] = useState(false);
  const [state, remove] = useMutation(DeleteReviewReply);
  const sent = review.reply?.status === 'SENT';
  return (
    <Stack gap={4} mt="xs" align="flex-start">
      {confirming ? (
        <ConfirmInline
          question={sent ? 'Delete our reply here and on the review site?' : 'Delete our reply?'}
          confirm="Delete reply"
          loading={state.fetching}
          onConfirm={async () => {
            if ((await remove({ input: { workspaceId: workspace.id, reviewId: review.id } })).data) setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
          Delete our reply
        </Button>
      )}
      {state.error && <ErrorAlert error={state.error} title="Reply not deleted" />}
    </Stack>
  );
}

function Flags({ review, canAct }: { review: ReviewData; canAct: boolean }) {
  const { workspace } = useCurrent();
  const [reason, setReason] = useState('');
  const [flagState, flag] = useMutation(FlagReview);
  const [unflagState, unflag] = useMutation(UnflagReview);
  const ref = { workspaceId: workspace.id, reviewId: review.id };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await flag({ input: { ...ref, reason: reason.trim() } })).data) setReason('');
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          Flags:
        </Text>
        {review.flags.length === 0 && (
          <Text size="sm" c="dimmed">
            none
          </Text>
        )}
        {review.flags.map((f) => (
          <Badge key={f} color="grape" variant="light" pr={canAct ? 3 : undefined}>
            {f}
            {canAct && (
              <Button size="compact-xs" variant="transparent" color="grape" ml={4} aria-label={`Remove flag ${f}`} loading={unflagState.fetching} onClick={() => unflag({ input: { ...ref, flag: f } })}>
                ×
              </Button>
            )}
          </Badge>
        ))}
      </Group>
      {canAct && (
        <form onSubmit={submit} aria-label="Flag the review">
          <Group align="flex-end" gap="xs">
            <TextInput label="Flag with a reason" placeholder="e.g. mentions staff" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors(flagState.error).reason} />
            <Button type="submit" variant="light" loading={flagState.fetching} disabled={!reason.trim()}>
              Flag
            </Button>
          </Group>
        </form>
      )}
      {flagState.error && !fieldErrors(flagState.error).reason && <ErrorAlert error={flagState.error} title="Not flagged" />}
      {unflagState.error && <ErrorAlert error={unflagState.error} title="Flag not removed" />}
      <FlagHistory history={review.flagHistory} />
    </Stack>
  );
}

function FlagHistory({ history }: { history: ReviewData['flagHistory'] }) {
  const names = useMemberNames();
  if (!history.edges.length) return null;
  const who = (change: { byUserId?: string | null; bySuspicionCheck: boolean }) =>
    change.bySuspicionCheck ? 'the suspicion check' : change.byUserId ? (names.get(change.byUserId) ?? 'a former member') : 'an API key';
  return (
    <div>
      <Text size="xs" fw={600}>
        Flag history, oldest first{history.totalCount > history.edges.length ? ` (the first ${history.edges.length} of ${history.totalCount})` : ''}
      </Text>
      <ol aria-label="Flag history" style={{ margin: 0, paddingLeft: 20 }}>
        {history.edges.map(({ node: change }) => (
          <li key={change.id}>
            <Text size="xs">
              {when(change.createdAt)} · {change.action === 'ADDED' ? 'flagged' : 'unflagged'} “{change.flag}” by {who(change)}
            </Text>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ReplyForm({ review }: { review: ReviewData }) {
  const { workspace } = useCurrent();
  const [templates] = useQuery({ query: ReplyTemplates, variables: { workspaceId: workspace.id } });
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [outsideBand, setOutsideBand] = useState(false);
  const [state, reply] = useMutation(ReplyToReview);
  const [sent, setSent] = useState<string | null>(null);
  const list = templates.data?.reviewReplyTemplates ?? [];
  const template = list.find((t) => t.id === templateId);
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = template
      ? { workspaceId: workspace.id, reviewId: review.id, templateId: template.id, allowOutsideRatingBand: outsideBand || undefined }
      : { workspaceId: workspace.id, reviewId: review.id, body };
    const result = await reply({ input });
    const status = result.data?.replyToReview.reply?.status;
    if (status) {
      setBody('');
      setTemplateId(null);
      setOutsideBand(false);
      setSent(status === 'PENDING_APPROVAL' ? 'Your reply waits for approval.' : status === 'SENT' ? 'Reply sent.' : 'Reply queued for sending.');
    }
  };
  return (
    <form onSubmit={submit} aria-label="Reply to the review">
      <Stack gap="xs">
        {list.length > 0 && (
          <Select
            label="Reply template"
            placeholder="Write my own"
            clearable
            data={list.map((t) => ({ value: t.id, label: `${t.name} (${t.minRating}–${t.maxRating}★)` }))}
            value={templateId}
            onChange={(id) => {
              setTemplateId(id);
              setOutsideBand(false);
              setSent(null);
            }}
            error={errors.templateId}
          />
        )}
        {errors.templateId && (
          <Checkbox label="Send it outside its rating band anyway" checked={outsideBand} onChange={(e) => setOutsideBand(e.currentTarget.checked)} />
        )}
        {template ? (
          <Paper withBorder p="xs" aria-label="Template text">
            <Text size="xs" c="dimmed">
              Sent with its variables filled in:
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {template.body}
            </Text>
          </Paper>
        ) : (
          <>
            <TemplateTextarea
              context="REVIEW"
              label="Your reply"
              description="Variables such as {{contact.name}} and {{rating}} are filled in when sent."
              autosize
              minRows={3}
              value={body}
              error={errors.body}
              onValueChange={(next) => {
                setBody(next);
                setSent(null);
              }}
            />
            <LiveFindings text={body} scope="OUTBOUND_REPLY" label="Findings in your reply" size="xs" />
            {review.suggestedReply && !body && (
              <Group>
                <Button size="xs" variant="subtle" onClick={() => setBody(review.suggestedReply ?? '')}>
                  Use the suggested reply for {Math.round(review.rating)}★
                </Button>
              </Group>
            )}
          </>
        )}
        {state.error && !errors.templateId && !errors.body && <ErrorAlert error={state.error} title="Reply not sent" />}
        {sent && (
          <Done>
            {sent}
          </Done>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={!template && !body.trim()}>
            {review.reply ? 'Replace reply' : 'Send reply'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisputeForm({ reviewId }: { reviewId: string }) {
  const { workspace } = useCurrent();
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [manual, setManual] = useState(false);
  const [state, dispute] = useMutation(DisputeReview);
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await dispute({ input: { workspaceId: workspace.id, reviewId, reason: reason.trim(), evidence: evidence.trim() || undefined, manual: manual || undefined } });
    if (result.data) {
      setReason('');
      setEvidence('');
    }
  };
  return (
    <form onSubmit={submit} aria-label="Dispute the review">
      <Fieldset legend="Dispute with the site">
        <Stack gap="xs">
          <TextInput label="Reason" placeholder="e.g. not a customer" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} required />
          <Textarea label="Evidence" description="Order lookups, links… sent to the site." autosize minRows={2} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} error={errors.evidence} />
          <Checkbox label="I filed it with the site myself (only record it)" checked={manual} onChange={(e) => setManual(e.currentTarget.checked)} />
          {state.error && !errors.reason && !errors.evidence && <ErrorAlert error={state.error} title="Not disputed" />}
          {state.data && !state.error && (
            <Text size="sm" role="status">
              Dispute {state.data.disputeReview.status.toLowerCase()}.
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" variant="light" color="red" loading={state.fetching} disabled={!reason.trim()}>
              Dispute
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

/** Reviews per week (bars) and their average rating (line), then the same figures as a table for screen readers. */
function RatingTrend({ trend }: { trend: Array<{ week: string; count: number; averageRating: number; replyRate: number; medianReplySeconds?: number | null }> }) {
  if (trend.length === 0) return null;
  const hours = (seconds?: number | null) => (seconds == null ? null : Number((seconds / 3600).toFixed(1)));
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        Rating trend, by week
      </Text>
      <div aria-hidden>
        <ResponsiveContainer width="100%" height={200}>
          <ComposedChart data={trend.map((t) => ({ week: t.week, count: t.count, average: Number(t.averageRating.toFixed(2)) }))}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" />
            <YAxis yAxisId="count" allowDecimals={false} width={30} />
            <YAxis yAxisId="average" orientation="right" domain={[1, 5]} width={30} />
            <Tooltip />
            <Legend />
            <Bar yAxisId="count" dataKey="count" name="Reviews" fill="var(--mantine-color-blue-3)" />
            <Line yAxisId="average" dataKey="average" name="Average ★" stroke="var(--mantine-color-yellow-8)" strokeWidth={2} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Text size="sm" fw={600} mt="sm" mb={4}>
        Replies, by week
      </Text>
      <div aria-hidden>
        <ResponsiveContainer width="100%" height={180}>
          <ComposedChart data={trend.map((t) => ({ week: t.week, rate: Math.round(t.replyRate * 100), hours: hours(t.medianReplySeconds) }))}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" />
            <YAxis yAxisId="rate" domain={[0, 100]} unit="%" width={40} />
            <YAxis yAxisId="hours" orientation="right" unit="h" width={40} />
            <Tooltip />
            <Legend />
            <Line yAxisId="rate" dataKey="rate" name="Reply rate %" stroke="var(--mantine-color-teal-8)" strokeWidth={2} />
            <Line yAxisId="hours" dataKey="hours" name="Median reply time (h)" stroke="var(--mantine-color-grape-8)" strokeWidth={2} connectNulls />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden-table">
        <caption>Rating and replies by week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Reviews</th>
            <th scope="col">Average rating</th>
            <th scope="col">Reply rate</th>
            <th scope="col">Median reply time</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((t) => (
            <tr key={t.week}>
              <td>{t.week}</td>
              <td>{t.count}</td>
              <td>{t.averageRating.toFixed(2)}</td>
              <td>{Math.round(t.replyRate * 100)}%</td>
              <td>{t.medianReplySeconds == null ? 'no reply' : `${hours(t.medianReplySeconds)} h`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The site's verdict on a dispute that is open or submitted (ADMIN). */
function ResolveButtons({ disputeId }: { disputeId: string }) {
  const { workspace } = useCurrent();
  const [state, resolve] = useMutation(ResolveDispute);
  const mark = (status: 'UPHELD' | 'REJECTED') => resolve({ input: { workspaceId: workspace.id, disputeId, status } });
  return (
    <Stack gap={2} mt={4}>
      <Text size="xs">The site decided:</Text>
      <Group gap={4}>
        <Button size="compact-xs" color="green" variant="light" loading={state.fetching} onClick={() => mark('UPHELD')} aria-label="Mark the dispute upheld (the site removed the review)">
          Upheld
        </Button>
        <Button size="compact-xs" color="red" variant="light" loading={state.fetching} onClick={() => mark('REJECTED')} aria-label="Mark the dispute rejected (the site kept the review)">
          Rejected
        </Button>
      </Group>
      {state.error && <ErrorAlert error={state.error} title="Not resolved" />}
    </Stack>
  );
}

/** Reply templates per rating band: AGENTs read them (and pick one in the reply form); ADMINs add and delete them. */
function ReplyTemplatesPanel() {
  const { workspace, role } = useCurrent();
  const agent = roleAtLeast(role, 'AGENT');
  const admin = roleAtLeast(role, 'ADMIN');
  const [result, refetch] = useQuery({ query: ReplyTemplates, variables: { workspaceId: workspace.id }, pause: !agent });
  const [createState, create] = useMutation(CreateReplyTemplate);
  const [updateState, update] = useMutation(UpdateReplyTemplate);
  const [deleteState, remove] = useMutation(DeleteReplyTemplate);
  // The form adds a template, or edits the one chosen with "Edit" (filled with its values) until saved or cancelled.
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [band, setBand] = useState<[number, number]>([4, 5]);
  const saveState = editing ? updateState : createState;
  const errors = fieldErrors(saveState.error);
  if (!agent) return null;
  const reset = () => {
    setEditing(null);
    setName('');
    setBody('');
  };
  const startEditing = (template: { id: string; name: string; body: string; minRating: number; maxRating: number }) => {
    setEditing({ id: template.id, name: template.name });
    setName(template.name);
    setBody(template.body);
    setBand([template.minRating, template.maxRating]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { workspaceId: workspace.id, name: name.trim(), body, minRating: band[0], maxRating: band[1] };
    const answer = editing ? await update({ input: { ...values, id: editing.id } }) : await create({ input: values });
    if (answer.data) reset();
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Reply templates">
      <Fieldset legend="Reply templates" variant="unstyled">
        <Stack gap="sm">
          <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="reply templates" isEmpty={(d) => d.reviewReplyTemplates.length === 0} empty="No reply template yet.">
            {(data) => (
              <Table aria-label="Reply templates" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>For</Table.Th>
                    <Table.Th>Text</Table.Th>
                    {admin && <Table.Th>Actions</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...data.reviewReplyTemplates]
                    .sort((a, b) => a.minRating - b.minRating || a.name.localeCompare(b.name))
                    .map((t) => (
                      <Table.Tr key={t.id}>
                        <Table.Td>{t.name}</Table.Td>
                        <Table.Td>
                          {t.minRating === t.maxRating ? `${t.minRating}★` : `${t.minRating}–${t.maxRating}★`}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={2}>
                            {t.body}
                          </Text>
                        </Table.Td>
                        {admin && (
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <Button size="compact-xs" variant="subtle" aria-label={`Edit the template ${t.name}`} onClick={() => startEditing(t)}>
                                Edit
                              </Button>
                              <Button size="compact-xs" variant="subtle" color="red" aria-label={`Delete the template ${t.name}`} onClick={() => remove({ workspaceId: workspace.id, id: t.id })}>
                                Delete
                              </Button>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            )}
          </Async>
          {deleteState.error && <ErrorAlert error={deleteState.error} title="Template not deleted" />}
          {admin && (
            <form onSubmit={submit} aria-label={editing ? `Edit the template ${editing.name}` : 'New reply template'}>
              <Stack gap="xs">
                {editing && (
                  <Text size="sm" fw={500}>
                    Editing “{editing.name}”
                  </Text>
                )}
                <Group align="flex-end" gap="xs">
                  <TextInput label="Template name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} w={220} />
                  <Select label="Lowest rating" data={['1', '2', '3', '4', '5']} value={String(band[0])} allowDeselect={false} onChange={(v) => v && setBand([Number(v), Math.max(Number(v), band[1])])} error={errors.minRating} w={130} />
                  <Select label="Highest rating" data={['1', '2', '3', '4', '5']} value={String(band[1])} allowDeselect={false} onChange={(v) => v && setBand([Math.min(band[0], Number(v)), Number(v)])} error={errors.maxRating} w={130} />
                </Group>
                <TemplateTextarea context="REVIEW" label="Template text" description="Variables such as {{contact.name}} and {{rating}} are filled in when sent." autosize minRows={2} required value={body} onValueChange={setBody} error={errors.body} />
                {saveState.error && !errors.name && !errors.body && !errors.minRating && !errors.maxRating && <ErrorAlert error={saveState.error} title="Template not saved" />}
                <Group justify="flex-end">
                  {editing && (
                    <Button variant="default" onClick={reset}>
                      Cancel
                    </Button>
                  )}
                  <Button type="submit" variant="light" loading={saveState.fetching} disabled={!name.trim() || !body.trim()}>
                    {editing ? 'Save template' : 'Add template'}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Fieldset>
    </Paper>
  );
}
