import { Badge, Box, Button, Code, Group, MultiSelect, NumberInput, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { Fragment, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { ConfirmInline, Done } from '../components/Feedback';
import { LoadedCount, LoadMore, usePagedQuery } from '../components/LoadMore';
import { plural, ShownOnce } from '../components/Secret';
import { Section } from '../components/Section';
import { useCurrent } from '../context';
import { NO_COUNT, when } from '../format';
import { graphql } from '../gql';
import type { WebhookDeliveryStatus, WebhookEndpointFieldsFragment } from '../gql/graphql';

graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledAt
    disabledReason
    consecutiveFailures
    failingSince
    previousSecretExpiresAt
    createdAt
  }
`);

// A workspace has at most 50 endpoints (docs/webhooks.md), so one page holds them all.
const WebhookEndpoints = graphql(`
  query WebhookEndpoints($workspaceId: ID!) {
    webhookEndpoints(workspaceId: $workspaceId, first: 50) {
      totalCount
      edges {
        node {
          ...WebhookEndpointFields
        }
      }
    }
    webhookEventTypes {
      type
      version
      description
    }
  }
`);

const WebhookDeliveries = graphql(`
  query WebhookDeliveries($workspaceId: ID!, $endpointId: ID!, $status: WebhookDeliveryStatus, $after: String) {
    webhookDeliveries(workspaceId: $workspaceId, endpointId: $endpointId, status: $status, first: 20, after: $after) {
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
          eventType
          status
          attempts
          responseStatus
          responseExcerpt
          lastError
          latencyMs
          lastAttemptAt
          nextAttemptAt
          redeliveryOfId
          createdAt
          payload
        }
      }
    }
  }
`);

const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

const UpdateWebhookEndpoint = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

const EnableWebhookEndpoint = graphql(`
  mutation EnableWebhookEndpoint($workspaceId: ID!, $id: ID!) {
    enableWebhookEndpoint(workspaceId: $workspaceId, id: $id) {
      ...WebhookEndpointFields
    }
  }
`);

const DisableWebhookEndpoint = graphql(`
  mutation DisableWebhookEndpoint($workspaceId: ID!, $id: ID!) {
    disableWebhookEndpoint(workspaceId: $workspaceId, id: $id) {
      ...WebhookEndpointFields
    }
  }
`);

const RotateWebhookSecret = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

const DeleteWebhookEndpoint = graphql(`
  mutation DeleteWebhookEndpoint($workspaceId: ID!, $id: ID!) {
    deleteWebhookEndpoint(workspaceId: $workspaceId, id: $id) {
      id
      url
    }
  }
`);

const RedeliverWebhook = graphql(`
  mutation RedeliverWebhook($workspaceId: ID!, $deliveryId: ID!) {
    redeliverWebhook(workspaceId: $workspaceId, deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

type Endpoint = WebhookEndpointFieldsFragment;
type EventType = { type: string; description: string };

const SECRET_HINT = "Verify each delivery's webhook-signature header with it (docs/webhooks.md). Copy it now: it is stored encrypted and will not be shown again.";

/**
 * The event type picker's choices: per family, the whole family (`post.*`) then each of its types, each with the
 * server's description of when it is sent.
 */
function eventTypeChoices(types: EventType[]) {
  const families = [...new Set(types.map((t) => t.type.split('.')[0]))];
  return families.map((family) => ({
    group: family.replace(/_/g, ' '),
    items: [
      { value: `${family}.*`, label: `${family}.*`, description: `Every ${family.replace(/_/g, ' ')} event, including ones added later.` },
      // The descriptions are Markdown: plain text here, without the backticks.
      ...types.filter((t) => t.type.startsWith(`${family}.`)).map((t) => ({ value: t.type, label: t.type, description: t.description.replace(/`/g, '') })),
    ],
  }));
}

/** Settings (ADMIN): outbound webhook endpoints, their signing secrets (shown once) and delivery logs. */
export function WebhooksSection() {
  const { workspace } = useCurrent();
  const [result, refetch] = useQuery({ query: WebhookEndpoints, variables: { workspaceId: workspace.id } });
  const [secret, setSecret] = useState<{ url: string; value: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Section title="Webhooks">
      <Text size="sm" c="dimmed">
        Rapport POSTs this workspace's events to your own systems, signed the Standard Webhooks way, and retries failed deliveries with backoff.
      </Text>
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="webhook endpoints">
        {(data) => (
          <Stack gap="sm">
            <EndpointForm
              types={data.webhookEventTypes}
              onSaved={(url, value) => {
                setNotice(null);
                if (value) setSecret({ url, value });
              }}
            />
            {secret && <ShownOnce title={`Signing secret of ${secret.url}`} hint={SECRET_HINT} value={secret.value} onDone={() => setSecret(null)} />}
            {notice && <Done>{notice}</Done>}
            {data.webhookEndpoints.edges.length === 0 ? (
              <Text c="dimmed" role="status">
                No webhook endpoint yet. Add one above to send this workspace's events to your own systems.
              </Text>
            ) : (
              <ul aria-label="Webhook endpoints" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {data.webhookEndpoints.edges.map(({ node }) => (
                  <li key={node.id} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
                    <EndpointCard
                      endpoint={node}
                      types={data.webhookEventTypes}
                      refreshEndpoints={() => refetch({ requestPolicy: 'network-only' })}
                      onDeleted={(url) => {
                        setSecret(null);
                        setNotice(`Endpoint ${url} deleted with its delivery log.`);
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Stack>
        )}
      </Async>
    </Section>
  );
}

/**
 * Adds an endpoint, or edits `editing` (URL, event types, description); the server checks the URL against the
 * outbound guard and each event type, and names the field it refuses. `onSaved` gets a new endpoint's secret.
 */
function EndpointForm({ types, editing, onSaved, onCancel }: { types: EventType[]; editing?: Endpoint; onSaved: (url: string, secret?: string) => void; onCancel?: () => void }) {
  const { workspace } = useCurrent();
  const [url, setUrl] = useState(editing?.url ?? '');
  const [eventTypes, setEventTypes] = useState<string[]>(editing?.eventTypes ?? []);
  const [description, setDescription] = useState(editing?.description ?? '');
  const [createState, create] = useMutation(CreateWebhookEndpoint);
  const [updateState, update] = useMutation(UpdateWebhookEndpoint);
  const state = editing ? updateState : createState;
  const errors = fieldErrors(state.error);
  // The server names each refused type by its place in the list (`eventTypes.1`).
  const typeErrors = Object.entries(errors).filter(([field]) => field.startsWith('eventTypes'));
  const typeError = typeErrors.map(([field, message]) => (field === 'eventTypes' ? message : `${eventTypes[Number(field.split('.')[1])] ?? field}: ${message}`)).join('; ');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { workspaceId: workspace.id, url: url.trim(), eventTypes, description: description.trim() };
    if (editing) {
      if ((await update({ input: { ...fields, endpointId: editing.id } })).data) onSaved(fields.url);
      return;
    }
    const answer = await create({ input: fields });
    if (!answer.data) return;
    setUrl('');
    setEventTypes([]);
    setDescription('');
    onSaved(answer.data.createWebhookEndpoint.endpoint.url, answer.data.createWebhookEndpoint.secret);
  };
  return (
    <form onSubmit={submit} aria-label={editing ? `Edit the endpoint ${editing.url}` : 'Add a webhook endpoint'}>
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" grow>
          <TextInput
            label="Endpoint URL"
            description="https; plain http only for allowed internal addresses."
            placeholder="https://crm.example.com/hooks/rapport"
            required
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.url}
          />
          <TextInput label="What it is for" description="Optional, for your team." placeholder="e.g. CRM sync" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
        </Group>
        <MultiSelect
          label="Event types"
          description="Whole families (post.*) or single types; docs/webhooks.md describes each payload."
          placeholder={eventTypes.length ? undefined : 'Pick at least one'}
          required
          searchable
          data={eventTypeChoices(types)}
          value={eventTypes}
          onChange={setEventTypes}
          error={typeError || undefined}
          renderOption={({ option }) => {
            const choice = option as { label: string; description?: string };
            return (
              <div>
                <Text size="sm">{choice.label}</Text>
                <Text size="xs" c="dimmed">
                  {choice.description}
                </Text>
              </div>
            );
          }}
        />
        {state.error && !errors.url && !typeError && !errors.description && <ErrorAlert error={state.error} title={editing ? 'Endpoint not saved' : 'Endpoint not added'} />}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant={editing ? 'filled' : 'light'} loading={state.fetching} disabled={!url.trim() || eventTypes.length === 0}>
            {editing ? 'Save changes' : 'Add endpoint'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One endpoint: where it points, what it receives, whether it is failing or disabled, its actions and its deliveries. */
function EndpointCard({ endpoint, types, refreshEndpoints, onDeleted }: { endpoint: Endpoint; types: EventType[]; refreshEndpoints: () => void; onDeleted: (url: string) => void }) {
  const { workspace } = useCurrent();
  const [panel, setPanel] = useState<'edit' | 'rotate' | 'delete' | null>(null);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [enableState, enable] = useMutation(EnableWebhookEndpoint);
  const [disableState, disable] = useMutation(DisableWebhookEndpoint);
  const [deleteState, remove] = useMutation(DeleteWebhookEndpoint);
  const ids = { workspaceId: workspace.id, id: endpoint.id };
  const toggle = (next: typeof panel) => {
    setSaved(false);
    setPanel(panel === next ? null : next);
  };
  const switchError = endpoint.enabled ? disableState.error : enableState.error;
  return (
    <Paper withBorder p="md" component="article" aria-label={`Endpoint ${endpoint.url}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} style={{ wordBreak: 'break-all' }}>
              {endpoint.url}
            </Text>
            {endpoint.description && <Text size="sm">{endpoint.description}</Text>}
          </div>
          <Badge color={endpoint.enabled ? (endpoint.consecutiveFailures ? 'red' : 'green') : 'gray'} aria-label={`Status: ${endpoint.enabled ? (endpoint.consecutiveFailures ? 'Failing' : 'Enabled') : 'Disabled'}`}>
            {endpoint.enabled ? (endpoint.consecutiveFailures ? 'Failing' : 'Enabled') : 'Disabled'}
          </Badge>
        </Group>
        <Group gap={4} aria-label="Event types" role="group">
          {endpoint.eventTypes.map((type) => (
            <Badge key={type} variant="light" tt="none">
              {type}
            </Badge>
          ))}
        </Group>
        {!endpoint.enabled && (
          <Text size="sm" c="red.9">
            Disabled {when(endpoint.disabledAt)}: {endpoint.disabledReason ?? 'no reason given'}. No new events are recorded for it until it is enabled.
          </Text>
        )}
        {endpoint.enabled && endpoint.consecutiveFailures > 0 && (
          <Text size="sm" c="red.9">
            {plural(endpoint.consecutiveFailures, 'failed attempt')} in a row since {when(endpoint.failingSince)}.
          </Text>
        )}
        {endpoint.previousSecretExpiresAt && (
          <Text size="xs" c="dimmed">
            The previous secret also signs deliveries until {when(endpoint.previousSecretExpiresAt)}.
          </Text>
        )}
        <Group gap="xs">
          <Button size="xs" variant={showDeliveries ? 'filled' : 'light'} aria-expanded={showDeliveries} onClick={() => setShowDeliveries(!showDeliveries)}>
            Deliveries
          </Button>
          <Button size="xs" variant={panel === 'edit' ? 'filled' : 'subtle'} aria-expanded={panel === 'edit'} onClick={() => toggle('edit')}>
            Edit
          </Button>
          {endpoint.enabled ? (
            <Button size="xs" variant="subtle" loading={disableState.fetching} onClick={() => disable(ids)}>
              Disable
            </Button>
          ) : (
            <Button size="xs" variant="light" loading={enableState.fetching} onClick={() => enable(ids)}>
              Enable
            </Button>
          )}
          <Button size="xs" variant={panel === 'rotate' ? 'filled' : 'subtle'} aria-expanded={panel === 'rotate'} onClick={() => toggle('rotate')}>
            Rotate secret
          </Button>
          <Button size="xs" variant="subtle" color="red" aria-expanded={panel === 'delete'} onClick={() => toggle('delete')}>
            Delete
          </Button>
        </Group>
        {switchError && <ErrorAlert error={switchError} title={endpoint.enabled ? 'Not disabled' : 'Not enabled'} />}
        {saved && <Done>Endpoint saved.</Done>}
        {panel === 'edit' && (
          <EndpointForm
            types={types}
            editing={endpoint}
            onSaved={() => {
              setPanel(null);
              setSaved(true);
            }}
            onCancel={() => setPanel(null)}
          />
        )}
        {panel === 'rotate' && (
          <RotateSecret
            endpoint={endpoint}
            onRotated={(value) => {
              setPanel(null);
              setSecret(value);
            }}
            onCancel={() => setPanel(null)}
          />
        )}
        {secret && <ShownOnce title={`New signing secret of ${endpoint.url}`} hint={SECRET_HINT} value={secret} onDone={() => setSecret(null)} />}
        {panel === 'delete' && (
          <>
            <ConfirmInline
              label={`Delete the endpoint ${endpoint.url}`}
              question="Delete this endpoint with its delivery log? Waiting retries are dropped."
              loading={deleteState.fetching}
              onConfirm={async () => {
                if ((await remove(ids)).data) onDeleted(endpoint.url);
              }}
              onCancel={() => setPanel(null)}
            />
            {deleteState.error && <ErrorAlert error={deleteState.error} title="Endpoint not deleted" />}
          </>
        )}
        {showDeliveries && <Deliveries endpoint={endpoint} refreshEndpoints={refreshEndpoints} />}
      </Stack>
    </Paper>
  );
}

/** A new signing secret; the previous one keeps signing beside it for the hours asked (the server's default when left empty). */
function RotateSecret({ endpoint, onRotated, onCancel }: { endpoint: Endpoint; onRotated: (secret: string) => void; onCancel: () => void }) {
  const { workspace } = useCurrent();
  const [hours, setHours] = useState<number | ''>('');
  const [state, rotate] = useMutation(RotateWebhookSecret);
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await rotate({ input: { workspaceId: workspace.id, endpointId: endpoint.id, keepPreviousForHours: hours === '' ? undefined : hours } });
    if (answer.data) onRotated(answer.data.rotateWebhookSecret.secret);
  };
  return (
    <form onSubmit={submit} aria-label={`Rotate the secret of ${endpoint.url}`}>
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <NumberInput
            label="Old secret keeps signing for (hours)"
            description="So your receiver can switch without missing deliveries; empty: 24 hours, 0: stops at once."
            min={0}
            max={720}
            allowDecimal={false}
            value={hours}
            onChange={(v) => setHours(typeof v === 'number' ? v : '')}
            error={errors.keepPreviousForHours}
            w={340}
          />
          <Button type="submit" loading={state.fetching}>
            Rotate now
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
        {state.error && !errors.keepPreviousForHours && <ErrorAlert error={state.error} title="Secret not rotated" />}
      </Stack>
    </form>
  );
}

type StatusFilter = 'ALL' | WebhookDeliveryStatus;
const STATUS_TEXT: Record<WebhookDeliveryStatus, string> = { PENDING: 'Pending', SUCCEEDED: 'Delivered', FAILED: 'Failed' };
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'blue', SUCCEEDED: 'green', FAILED: 'red' };

/**
 * An endpoint's delivery log, newest first, filtered by status, 20 at a time; a finished delivery can be sent again.
 * Deliveries happen in the background: "Refresh" reads the log again, and the endpoint's failure streak with it.
 */
function Deliveries({ endpoint, refreshEndpoints }: { endpoint: Endpoint; refreshEndpoints: () => void }) {
  const { workspace } = useCurrent();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const deliveries = usePagedQuery(
    WebhookDeliveries,
    { workspaceId: workspace.id, endpointId: endpoint.id, status: status === 'ALL' ? null : status },
    (data) => data.webhookDeliveries,
  );
  const [redeliverState, redeliver] = useMutation(RedeliverWebhook);
  const [shown, setShown] = useState<string | null>(null);
  const total = deliveries.first.data?.webhookDeliveries.countUpTo ?? NO_COUNT;
  return (
    <Box component="section" aria-label={`Deliveries to ${endpoint.url}`} mt="xs">
      <Group justify="space-between" mb="xs">
        <SegmentedControl
          size="xs"
          aria-label="Delivery status"
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
          data={[
            { value: 'ALL', label: 'All' },
            { value: 'PENDING', label: 'Pending' },
            { value: 'SUCCEEDED', label: 'Delivered' },
            { value: 'FAILED', label: 'Failed' },
          ]}
        />
        <Button
          size="xs"
          variant="subtle"
          onClick={() => {
            deliveries.refetch();
            refreshEndpoints();
          }}
        >
          Refresh
        </Button>
      </Group>
      <Async
        result={deliveries.first}
        retry={deliveries.refetch}
        what="deliveries"
        isEmpty={(d) => d.webhookDeliveries.edges.length === 0}
        empty={status === 'ALL' ? 'Nothing sent yet: deliveries appear here once an event it receives happens.' : `No ${STATUS_TEXT[status].toLowerCase()} delivery.`}
      >
        {() => (
          <Stack gap="xs">
            <LoadedCount shown={deliveries.rows.length} total={total} noun="delivery" many="deliveries" />
            <Table aria-label={`Deliveries to ${endpoint.url}`} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Last answer</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.rows.map((d) => (
                  <Fragment key={d.id}>
                  <Table.Tr>
                    <Table.Td>
                      <code>{d.eventType}</code>
                      {d.redeliveryOfId && (
                        <Text size="xs" c="dimmed">
                          sent again
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[d.status]} variant="light">
                        {STATUS_TEXT[d.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{d.attempts}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {d.responseStatus != null ? `HTTP ${d.responseStatus}` : d.attempts ? 'No answer' : '—'}
                        {d.latencyMs != null && ` in ${d.latencyMs} ms`}
                      </Text>
                      {d.lastError && (
                        <Text size="xs" c="red.9">
                          {d.lastError}
                        </Text>
                      )}
                      {d.responseExcerpt && (
                        <Text size="xs" c="dimmed" lineClamp={2} style={{ wordBreak: 'break-all' }}>
                          {d.responseExcerpt}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{when(d.lastAttemptAt ?? d.createdAt)}</Text>
                      {d.nextAttemptAt && (
                        <Text size="xs" c="dimmed">
                          next attempt {when(d.nextAttemptAt)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" aria-expanded={shown === d.id} aria-label={`Payload of the ${d.eventType} delivery of ${when(d.createdAt)}`} onClick={() => setShown(shown === d.id ? null : d.id)}>
                          Payload
                        </Button>
                        {d.status !== 'PENDING' && endpoint.enabled && (
                          <Button size="compact-xs" variant="subtle" aria-label={`Send again: the ${d.eventType} delivery of ${when(d.createdAt)}`} loading={redeliverState.fetching && redeliverState.operation?.variables.deliveryId === d.id} onClick={() => redeliver({ workspaceId: workspace.id, deliveryId: d.id })}>
                            Send again
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {shown === d.id && (
                    <Table.Tr>
                      <Table.Td colSpan={6}>
                        <Text size="xs" c="dimmed">
                          The body sent with every attempt (indented here; the signed bytes are compact):
                        </Text>
                        <Code block aria-label={`Payload of the ${d.eventType} delivery`} style={{ maxHeight: 320, overflow: 'auto' }}>
                          {prettyJson(d.payload)}
                        </Code>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore paged={deliveries} label="Load more deliveries" what="deliveries" />
          </Stack>
        )}
      </Async>
      {redeliverState.error && <ErrorAlert error={redeliverState.error} title="Not sent again" />}
    </Box>
  );
}

/** The payload indented for reading; sent as stored (compact), so the signature covers those bytes, not these. */
function prettyJson(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
