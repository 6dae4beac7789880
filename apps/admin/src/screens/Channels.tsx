import { Alert, Anchor, Badge, Button, Checkbox, Fieldset, Grid, Group, NumberInput, Paper, Progress, Select, Stack, Switch, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { SchemaForm, type JsonSchema } from '../components/SchemaForm';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { ChannelStatus, ChannelsScreenQuery } from '../gql/graphql';
import { roleAtLeast } from '../roles';
import { plural } from '../components/Secret';
import { when } from '../format';

const ChannelFields = graphql(`
  fragment ChannelFields on Channel {
    id
    displayName
    type
    kind
    status
    statusReason
    lastSyncedAt
    externalAccountName
    externalAccountUrl
    purpose
    audience
    targetPostsPerWeek
    sync {
      state
      itemsSynced
      pages
      estimatedTotal
      startedAt
      finishedAt
      error
    }
  }
`);

const ChannelsScreen = graphql(`
  query ChannelsScreen($workspaceId: ID!) {
    channels(workspaceId: $workspaceId, first: 100) {
      totalCount
      edges {
        node {
          ...ChannelFields
        }
      }
    }
    channelHealth(workspaceId: $workspaceId) {
      flagged
      reasons
      lastPostAt
      postsThisWeek
      targetPostsPerWeek
      promotionalShare
      channel {
        id
      }
    }
    channelTypes {
      code
      displayName
      description
      credentialsSchema
      oauth {
        scopes
        instance {
          label
          required
          defaultUrl
        }
      }
    }
    reviewSourceTypes {
      code
      displayName
      description
      credentialsSchema
      oauth {
        scopes
        instance {
          label
          required
          defaultUrl
        }
      }
    }
  }
`);

const SyncProgress = graphql(`
  subscription ChannelSyncProgress($workspaceId: ID!) {
    channelSyncProgress(workspaceId: $workspaceId) {
      ...ChannelFields
    }
  }
`);

const ChannelUpdated = graphql(`
  subscription ChannelUpdated($workspaceId: ID!) {
    channelUpdated(workspaceId: $workspaceId) {
      disconnected
      channel {
        ...ChannelFields
      }
    }
  }
`);

const CheckChannel = graphql(`
  mutation CheckChannel($workspaceId: ID!, $id: ID!) {
    checkChannel(workspaceId: $workspaceId, id: $id) {
      ...ChannelFields
    }
  }
`);

const SyncChannel = graphql(`
  mutation SyncChannel($workspaceId: ID!, $channelId: ID!) {
    syncChannel(workspaceId: $workspaceId, channelId: $channelId) {
      ok
      itemsSynced
      pages
      continuesInBackground
      failure {
        message
        classification
      }
      channel {
        ...ChannelFields
      }
    }
  }
`);

const SyncReviews = graphql(`
  mutation SyncReviews($workspaceId: ID!, $channelId: ID!) {
    syncReviews(workspaceId: $workspaceId, channelId: $channelId) {
      ok
      itemsSynced
      pages
      continuesInBackground
      failure {
        message
        classification
      }
      channel {
        ...ChannelFields
      }
    }
  }
`);

const BeginConnection = graphql(`
  mutation BeginChannelConnection($input: BeginChannelConnectionInput!) {
    beginChannelConnection(input: $input) {
      authorizeUrl
      expiresAt
    }
  }
`);

const ConnectChannel = graphql(`
  mutation ConnectChannel($input: ConnectChannelInput!) {
    connectChannel(input: $input) {
      ...ChannelFields
    }
  }
`);

const UpdateChannel = graphql(`
  mutation UpdateChannel($input: UpdateChannelInput!) {
    updateChannel(input: $input) {
      ...ChannelFields
    }
  }
`);

const DisconnectChannel = graphql(`
  mutation DisconnectChannel($workspaceId: ID!, $id: ID!) {
    disconnectChannel(workspaceId: $workspaceId, id: $id) {
      id
      displayName
    }
  }
`);

const PendingConnection = graphql(`
  query PendingChannelConnection($workspaceId: ID!, $id: ID!) {
    pendingChannelConnection(workspaceId: $workspaceId, id: $id) {
      id
      type
      expiresAt
      reconnectChannelId
      accounts {
        id
        name
        details
        connectedChannelId
      }
    }
  }
`);

const CompleteConnection = graphql(`
  mutation CompleteChannelConnection($input: CompleteChannelConnectionInput!) {
    completeChannelConnection(input: $input) {
      channels {
        ...ChannelFields
      }
      failures {
        accountId
        code
        message
      }
    }
  }
`);

type ChannelRow = ChannelsScreenQuery['channels']['edges'][number]['node'];
type TypeInfo = Omit<ChannelsScreenQuery['channelTypes'][number], 'description' | '__typename'> & { description?: string | null; kind: 'network' | 'review source' };

const STATUS_COLOR: Record<ChannelStatus, string> = { CONNECTED: 'green', NEEDS_REAUTH: 'orange', ERROR: 'red', DISABLED: 'gray' };
const STATUS_TEXT: Record<ChannelStatus, string> = { CONNECTED: 'Connected', NEEDS_REAUTH: 'Needs re-authorisation', ERROR: 'Error', DISABLED: 'Disabled' };

/** What the connect callback said (`?connect=…`), if the browser just came back from it. */
function connectReturn(): URLSearchParams | null {
  const params = new URLSearchParams(location.search);
  return params.has('connect') ? params : null;
}

/** Channels (ADMIN): connected accounts with their status and live sync progress, syncing, and connecting new ones. */
export function Channels() {
  const { workspace, role } = useCurrent();
  const admin = roleAtLeast(role, 'ADMIN');
  const [returned] = useState(connectReturn);
  // Read once, then out of the URL: a reload must not show (or complete) it again.
  useEffect(() => {
    if (returned) history.replaceState(null, '', `${location.pathname}${location.hash || '#/channels'}`);
  }, [returned]);
  const [result, refetch] = useQuery({ query: ChannelsScreen, variables: { workspaceId: workspace.id }, pause: !admin });
  // Progress and status changes land in the cache by channel id (client.ts refetches the list when one comes or goes).
  useSubscription({ query: SyncProgress, variables: { workspaceId: workspace.id }, pause: !admin });
  useSubscription({ query: ChannelUpdated, variables: { workspaceId: workspace.id }, pause: !admin });
  if (!admin) {
    return (
      <Stack>
        <Title order={1} size="h2">
          Channels
        </Title>
        <Text role="status">Channels are managed by admins; your role ({role ?? 'none'}) cannot see them.</Text>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1} size="h2">
        Channels
      </Title>
      {returned && <ConnectReturn params={returned} />}
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="channels">
        {(data) => {
          const types: TypeInfo[] = [...data.channelTypes.map((t) => ({ ...t, kind: 'network' as const })), ...data.reviewSourceTypes.map((t) => ({ ...t, kind: 'review source' as const }))];
          const channels = data.channels.edges.map((e) => e.node);
          return (
            <Grid>
              <Grid.Col span={{ base: 12, md: 7 }}>
                {channels.length === 0 ? (
                  <Text c="dimmed" role="status">
                    No channel connected yet. Connect a social network account or a review site to start.
                  </Text>
                ) : (
                  <Stack gap="sm">
                    <ul aria-label="Channels" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                      {channels.map((c) => (
                        <li key={c.id}>
                          <ChannelCard channel={c} type={types.find((t) => t.code === c.type)} health={data.channelHealth.find((h) => h.channel.id === c.id)} />
                        </li>
                      ))}
                    </ul>
                  </Stack>
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <ConnectForm types={types} />
              </Grid.Col>
            </Grid>
          );
        }}
      </Async>
    </Stack>
  );
}

function ChannelCard({ channel, type, health }: { channel: ChannelRow; type?: TypeInfo; health?: Health }) {
  const { workspace } = useCurrent();
  const [channelSync, syncChannel] = useMutation(SyncChannel);
  const [reviewSync, syncReviews] = useMutation(SyncReviews);
  const [reauth, begin] = useMutation(BeginConnection);
  const [checkState, check] = useMutation(CheckChannel);
  const [panel, setPanel] = useState<'edit' | 'credentials' | 'disconnect' | null>(null);
  const reviews = channel.kind === 'REVIEW_SOURCE';
  const state = reviews ? reviewSync : channelSync;
  const outcome = reviews ? reviewSync.data?.syncReviews : channelSync.data?.syncChannel;
  const sync = channel.sync;
  const variables = { workspaceId: workspace.id, channelId: channel.id };
  const reconnect = async () => {
    const result = await begin({ input: { workspaceId: workspace.id, type: channel.type, channelId: channel.id } });
    if (result.data) location.assign(result.data.beginChannelConnection.authorizeUrl);
  };
  return (
    <Paper withBorder p="md" mb="sm" component="article" aria-label={`Channel ${channel.displayName}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600}>{channel.displayName}</Text>
            <Text size="xs" c="dimmed">
              {type?.displayName ?? channel.type}
              {channel.externalAccountName && ' · '}
              {channel.externalAccountUrl ? (
                <Anchor href={channel.externalAccountUrl} target="_blank" rel="noreferrer" size="xs" underline="always">
                  {channel.externalAccountName}
                </Anchor>
              ) : (
                channel.externalAccountName
              )}
            </Text>
          </div>
          <Badge color={STATUS_COLOR[channel.status]} aria-label={`Status: ${STATUS_TEXT[channel.status]}`}>
            {STATUS_TEXT[channel.status]}
          </Badge>
        </Group>
        {channel.statusReason && (
          <Text size="sm" c={channel.status === 'CONNECTED' ? 'dimmed' : 'red'}>
            {channel.statusReason}
          </Text>
        )}
        <div aria-live="polite">
          <Text size="sm">
            {sync.state === 'IDLE'
              ? 'Never synced yet.'
              : sync.state === 'RUNNING'
                ? `Syncing: ${sync.itemsSynced}${sync.estimatedTotal ? ` of about ${sync.estimatedTotal}` : ''} ${sync.itemsSynced === 1 && !sync.estimatedTotal ? 'item' : 'items'}, ${plural(sync.pages, 'page')}${sync.error ? ` (waiting to retry: ${sync.error})` : ''}`
                : sync.state === 'DONE'
                  ? `Last sync done ${when(sync.finishedAt, 'never')}: ${plural(sync.itemsSynced, 'item')}, ${plural(sync.pages, 'page')}.`
                  : `Last sync failed ${when(sync.finishedAt, 'never')}: ${sync.error ?? 'no reason given'}.`}
          </Text>
          {sync.state === 'RUNNING' && (
            <Progress
              value={sync.estimatedTotal ? Math.min(100, (100 * sync.itemsSynced) / sync.estimatedTotal) : 100}
              animated={!sync.estimatedTotal}
              striped={!sync.estimatedTotal}
              aria-label={`Sync progress of ${channel.displayName}`}
              mt={4}
            />
          )}
        </div>
        <Group gap="xs">
          <Button size="xs" variant="light" loading={state.fetching} disabled={channel.status !== 'CONNECTED'} onClick={() => (reviews ? syncReviews : syncChannel)(variables)}>
            Sync now
          </Button>
          {channel.status === 'NEEDS_REAUTH' && type?.oauth && (
            <Button size="xs" color="orange" loading={reauth.fetching} onClick={reconnect}>
              Re-authorise
            </Button>
          )}
          {channel.status === 'NEEDS_REAUTH' && !type?.oauth && type && hasFields(type.credentialsSchema) && (
            <Button size="xs" color="orange" variant={panel === 'credentials' ? 'filled' : 'light'} onClick={() => setPanel(panel === 'credentials' ? null : 'credentials')} aria-expanded={panel === 'credentials'}>
              Re-authorise
            </Button>
          )}
          <Button size="xs" variant="subtle" loading={checkState.fetching} onClick={() => check({ workspaceId: workspace.id, id: channel.id })}>
            Check connection
          </Button>
          <Button size="xs" variant={panel === 'edit' ? 'filled' : 'subtle'} onClick={() => setPanel(panel === 'edit' ? null : 'edit')} aria-expanded={panel === 'edit'}>
            Edit
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setPanel(panel === 'disconnect' ? null : 'disconnect')} aria-expanded={panel === 'disconnect'}>
            Disconnect
          </Button>
        </Group>
        {panel === 'edit' && <EditChannel channel={channel} onDone={() => setPanel(null)} />}
        {panel === 'credentials' && type && <NewCredentials channel={channel} type={type} onDone={() => setPanel(null)} />}
        {panel === 'disconnect' && <ConfirmDisconnect channel={channel} onCancel={() => setPanel(null)} />}
        {state.error && <ErrorAlert error={state.error} title="Could not sync" />}
        {reauth.error && <ErrorAlert error={reauth.error} title="Could not start re-authorising" />}
        {checkState.error && <ErrorAlert error={checkState.error} title="Could not check the connection" />}
        {checkState.data && !checkState.error && (
          <Text size="sm" role="status" c={checkState.data.checkChannel.status === 'CONNECTED' ? undefined : 'red'}>
            {checkState.data.checkChannel.status === 'CONNECTED'
              ? `Checked: the network accepts the credentials${checkState.data.checkChannel.externalAccountName ? ` of ${checkState.data.checkChannel.externalAccountName}` : ''}.`
              : `Checked: ${STATUS_TEXT[checkState.data.checkChannel.status].toLowerCase()} (the reason is above).`}
          </Text>
        )}
        {outcome && !state.error && (
          <Text size="sm" role="status" c={outcome.ok ? undefined : 'red'}>
            {outcome.ok ? `Synced: ${plural(outcome.itemsSynced, 'new item')} in ${plural(outcome.pages, 'page')}.` : `Sync refused: ${outcome.failure?.message ?? 'no reason given'}${outcome.failure?.classification ? ` (${outcome.failure.classification})` : ''}.`}
            {outcome.continuesInBackground && ' It carries on in the background.'}
          </Text>
        )}
        {(channel.purpose || channel.audience) && (
          <Text size="sm">
            {channel.purpose && `For ${channel.purpose}`}
            {channel.purpose && channel.audience && ' · '}
            {channel.audience && `speaks to ${channel.audience}`}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Last synced {when(channel.lastSyncedAt, 'never')}
        </Text>
        {health && <Cadence health={health} />}
      </Stack>
    </Paper>
  );
}

type Health = ChannelsScreenQuery['channelHealth'][number];

/** A network channel's cadence (channelHealth): posts in the last 7 days against its target, last post, promotional share, and why it is flagged. */
function Cadence({ health }: { health: Health }) {
  const week = `${plural(health.postsThisWeek, 'post')} in the last 7 days${health.targetPostsPerWeek ? ` of ${health.targetPostsPerWeek} a week planned` : ''}`;
  const promotional = health.promotionalShare === null || health.promotionalShare === undefined ? '' : ` · ${Math.round(health.promotionalShare * 100)}% promotional (30 days)`;
  return (
    <Stack gap={2} role="group" aria-label="Cadence">
      <Text size="xs">
        Cadence: {week} · last post {when(health.lastPostAt, 'never')}
        {promotional}
      </Text>
      {health.flagged &&
        health.reasons.map((reason) => (
          <Text key={reason} size="xs" c="red.9">
            {reason}
          </Text>
        ))}
    </Stack>
  );
}

const hasFields = (schema: unknown) => Object.keys((schema as JsonSchema | null)?.properties ?? {}).length > 0;

function ConnectForm({ types }: { types: TypeInfo[] }) {
  const { workspace } = useCurrent();
  const [code, setCode] = useState<string | null>(null);
  const type = types.find((t) => t.code === code);
  const [displayName, setDisplayName] = useState('');
  const [instanceUrl, setInstanceUrl] = useState('');
  const [credentials, setCredentials] = useState<Record<string, unknown>>({});
  const [beginState, begin] = useMutation(BeginConnection);
  const [connectState, connect] = useMutation(ConnectChannel);
  const consent = async (event: FormEvent) => {
    event.preventDefault();
    if (!type) return;
    const result = await begin({ input: { workspaceId: workspace.id, type: type.code, displayName: displayName.trim() || undefined, instanceUrl: instanceUrl.trim() || undefined } });
    // The network's consent page; its callback sends the browser back here with connect=…
    if (result.data) location.assign(result.data.beginChannelConnection.authorizeUrl);
  };
  const paste = async (event: FormEvent) => {
    event.preventDefault();
    if (!type) return;
    const result = await connect({ input: { workspaceId: workspace.id, type: type.code, displayName: displayName.trim(), credentials } });
    if (result.data) {
      setCredentials({});
      setDisplayName('');
    }
  };
  const credentialErrors = Object.fromEntries(Object.entries(fieldErrors(connectState.error)).map(([field, message]) => [field.startsWith('credentials') ? field : `credentials.${field}`, message]));
  const byConsent = Boolean(type?.oauth);
  const byKey = type ? hasFields(type.credentialsSchema) : false;
  return (
    <Paper withBorder p="md" component="section" aria-label="Connect a channel">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Connect a channel
        </Title>
        <Select
          label="Network or review site"
          placeholder="Choose one"
          searchable
          data={[
            { group: 'Social networks', items: types.filter((t) => t.kind === 'network').map((t) => ({ value: t.code, label: t.displayName })) },
            { group: 'Review sites', items: types.filter((t) => t.kind === 'review source').map((t) => ({ value: t.code, label: t.displayName })) },
          ]}
          value={code}
          onChange={(next) => {
            setCode(next);
            setCredentials({});
          }}
        />
        {type?.description && (
          <Text size="xs" c="dimmed">
            {type.description}
          </Text>
        )}
        {type && (
          <Tabs defaultValue={byConsent ? 'consent' : 'key'} key={type.code}>
            <Tabs.List>
              {byConsent && <Tabs.Tab value="consent">Sign in with {type.displayName}</Tabs.Tab>}
              {byKey && <Tabs.Tab value="key">Paste credentials</Tabs.Tab>}
            </Tabs.List>
            {byConsent && (
              <Tabs.Panel value="consent" pt="sm">
                <form onSubmit={consent} aria-label={`Connect ${type.displayName} by consent`}>
                  <Stack gap="xs">
                    <TextInput label="Name in Rapport" description="Optional: defaults to the account's name." value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
                    {type.oauth?.instance && (
                      <TextInput
                        label={type.oauth.instance.label}
                        placeholder={type.oauth.instance.defaultUrl ?? undefined}
                        required={type.oauth.instance.required}
                        value={instanceUrl}
                        onChange={(e) => setInstanceUrl(e.currentTarget.value)}
                        error={fieldErrors(beginState.error).instanceUrl}
                      />
                    )}
                    {type.oauth && type.oauth.scopes.length > 0 && (
                      <Text size="xs" c="dimmed">
                        Rapport asks for: {type.oauth.scopes.join(', ')}
                      </Text>
                    )}
                    {beginState.error && <ErrorAlert error={beginState.error} title="Could not start connecting" />}
                    <Group justify="flex-end">
                      <Button type="submit" loading={beginState.fetching}>
                        Continue to {type.displayName}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              </Tabs.Panel>
            )}
            {byKey && (
              <Tabs.Panel value="key" pt="sm">
                <form onSubmit={paste} aria-label={`Connect ${type.displayName} with credentials`}>
                  <Stack gap="xs">
                    <TextInput label="Name in Rapport" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={fieldErrors(connectState.error).displayName} />
                    <SchemaForm schema={type.credentialsSchema as JsonSchema} value={credentials} onChange={setCredentials} errors={credentialErrors} path="credentials" />
                    {connectState.error && <ErrorAlert error={connectState.error} title="Not connected" />}
                    {connectState.data && !connectState.error && (
                      <Text size="sm" c="green.8" role="status">
                        Connected {connectState.data.connectChannel.displayName}.
                      </Text>
                    )}
                    <Group justify="flex-end">
                      <Button type="submit" loading={connectState.fetching} disabled={!displayName.trim()}>
                        Connect
                      </Button>
                    </Group>
                  </Stack>
                </form>
              </Tabs.Panel>
            )}
          </Tabs>
        )}
      </Stack>
    </Paper>
  );
}

/** The outcome the connect callback sent the browser back with: a consent to confirm, or why there is none. */
function ConnectReturn({ params }: { params: URLSearchParams }) {
  if (params.get('connect') === 'choose' && params.get('pendingId')) return <ConfirmConsent pendingId={params.get('pendingId') ?? ''} />;
  return (
    <Alert color="red" title="Channel not connected" role="alert">
      {params.get('message') ?? 'The network did not complete the connection.'}
      {params.get('code') && ` (${params.get('code')})`}
    </Alert>
  );
}

/**
 * The consent the network gave, kept until the user who began confirms it: nothing is connected before this
 * (a consent link forwarded to someone else must not connect their account here). One account is confirmed as
 * it is; several (e.g. business locations) are chosen from.
 */
function ConfirmConsent({ pendingId }: { pendingId: string }) {
  const { workspace } = useCurrent();
  const [result, refetch] = useQuery({ query: PendingConnection, variables: { workspaceId: workspace.id, id: pendingId } });
  const [picked, setPicked] = useState<string[]>([]);
  const [state, complete] = useMutation(CompleteConnection);
  const done = state.data?.completeChannelConnection;
  return (
    <Paper withBorder p="md" component="section" aria-label="Confirm the connection">
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the consent to confirm" isEmpty={(d) => d.pendingChannelConnection.accounts.length === 0} empty="The consent covers no account Rapport can connect.">
        {({ pendingChannelConnection: pending }) => {
          const single = pending.accounts.length === 1 ? pending.accounts[0] : null;
          const chosen = single ? [single.id] : picked;
          const reconnecting = Boolean(pending.reconnectChannelId);
          const taken = (account: { connectedChannelId?: string | null }) => Boolean(account.connectedChannelId) && account.connectedChannelId !== pending.reconnectChannelId;
          const submit = async (event: FormEvent) => {
            event.preventDefault();
            await complete({ input: { workspaceId: workspace.id, pendingId, accountIds: chosen } });
          };
          const until = new Date(pending.expiresAt).toLocaleTimeString();
          return (
            <form onSubmit={submit}>
              <Fieldset legend={single ? `${reconnecting ? 'Reconnect' : 'Connect'} ${single.name}?` : `Choose the accounts to connect (until ${until})`}>
                <Stack gap="xs">
                  {single ? (
                    <>
                      {single.details && (
                        <Text size="xs" c="dimmed">
                          {single.details}
                        </Text>
                      )}
                      {!done && (
                        <Text size="sm">
                          {taken(single)
                            ? 'This account is already connected in this workspace.'
                            : `Consent was given on the network; nothing is ${reconnecting ? 'renewed' : 'connected'} until you confirm here (until ${until}).`}
                        </Text>
                      )}
                    </>
                  ) : (
                    pending.accounts.map((a) => (
                      <Checkbox
                        key={a.id}
                        label={a.name}
                        description={taken(a) ? 'Already connected' : (a.details ?? undefined)}
                        disabled={taken(a) || Boolean(done?.channels.length)}
                        checked={picked.includes(a.id)}
                        onChange={(e) => setPicked((now) => (e.currentTarget.checked ? [...now, a.id] : now.filter((id) => id !== a.id)))}
                      />
                    ))
                  )}
                  {state.error && <ErrorAlert error={state.error} title="Not connected" />}
                  {done && (
                    <Text size="sm" role="status">
                      {reconnecting ? 'Reconnected' : 'Connected'}: {done.channels.map((c) => c.displayName).join(', ') || 'none'}.
                      {done.failures.map((f) => ` ${f.accountId}: ${f.message} (${f.code}).`).join('')}
                    </Text>
                  )}
                  <Group justify="flex-end">
                    <Button type="submit" loading={state.fetching} disabled={!chosen.length || (single ? taken(single) : false) || Boolean(done?.channels.length)}>
                      {single ? (reconnecting ? 'Reconnect' : 'Connect') : `Connect ${chosen.length || ''} account${chosen.length === 1 ? '' : 's'}`}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
            </form>
          );
        }}
      </Async>
    </Paper>
  );
}

/** Rename, purpose, audience, weekly target and on/off of a channel (updateChannel). */
function EditChannel({ channel, onDone }: { channel: ChannelRow; onDone: () => void }) {
  const { workspace } = useCurrent();
  const [displayName, setDisplayName] = useState(channel.displayName);
  const [purpose, setPurpose] = useState(channel.purpose);
  const [audience, setAudience] = useState(channel.audience);
  const [target, setTarget] = useState<number | ''>(channel.targetPostsPerWeek ?? '');
  const [enabled, setEnabled] = useState(channel.status !== 'DISABLED');
  const [state, update] = useMutation(UpdateChannel);
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      workspaceId: workspace.id,
      channelId: channel.id,
      displayName: displayName.trim(),
      purpose: purpose.trim(),
      audience: audience.trim(),
      targetPostsPerWeek: target === '' ? 0 : target,
      enabled: enabled === (channel.status !== 'DISABLED') ? undefined : enabled,
    };
    if ((await update({ input })).data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={`Edit ${channel.displayName}`}>
      <Fieldset legend="Edit channel">
        <Stack gap="xs">
          <TextInput label="Name in Rapport" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors.displayName} />
          <TextInput label="Purpose" placeholder="e.g. daily deals" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={errors.purpose} />
          <TextInput label="Audience" placeholder="e.g. dog owners in Lyon" value={audience} onChange={(e) => setAudience(e.currentTarget.value)} error={errors.audience} />
          <NumberInput label="Posts per week" description="Its cadence target; empty or 0 to stop tracking." min={0} allowDecimal={false} value={target} onChange={(v) => setTarget(typeof v === 'number' ? v : '')} error={errors.targetPostsPerWeek} w={200} />
          <Switch label="Enabled" description="Off: Rapport stops syncing and publishing; on again checks its credentials." checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          {state.error && <ErrorAlert error={state.error} title="Channel not saved" />}
          <Group justify="flex-end" gap="xs">
            <Button variant="subtle" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={state.fetching} disabled={!displayName.trim()}>
              Save channel
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

/** New credentials for a channel without a consent flow (NEEDS_REAUTH): verified before they replace the old ones. */
function NewCredentials({ channel, type, onDone }: { channel: ChannelRow; type: TypeInfo; onDone: () => void }) {
  const { workspace } = useCurrent();
  const [credentials, setCredentials] = useState<Record<string, unknown>>({});
  const [state, update] = useMutation(UpdateChannel);
  const errors = Object.fromEntries(Object.entries(fieldErrors(state.error)).map(([field, message]) => [field.startsWith('credentials') ? field : `credentials.${field}`, message]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await update({ input: { workspaceId: workspace.id, channelId: channel.id, credentials } })).data) onDone();
  };
  return (
    <form onSubmit={submit} aria-label={`New credentials for ${channel.displayName}`}>
      <Fieldset legend="New credentials">
        <Stack gap="xs">
          <SchemaForm schema={type.credentialsSchema as JsonSchema} value={credentials} onChange={setCredentials} errors={errors} path="credentials" />
          {state.error && <ErrorAlert error={state.error} title="Credentials refused" />}
          <Group justify="flex-end">
            <Button type="submit" color="orange" loading={state.fetching}>
              Verify and save
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

function ConfirmDisconnect({ channel, onCancel }: { channel: ChannelRow; onCancel: () => void }) {
  const { workspace } = useCurrent();
  const [state, disconnect] = useMutation(DisconnectChannel);
  return (
    <Alert color="red" title={`Disconnect ${channel.displayName}?`} role="alertdialog" aria-label={`Disconnect ${channel.displayName}?`}>
      <Stack gap="xs">
        <Text size="sm">Its stored credentials are deleted and Rapport stops syncing and publishing to it. Its conversations and reviews stay.</Text>
        {state.error && <ErrorAlert error={state.error} title="Not disconnected" />}
        <Group gap="xs">
          <Button size="xs" color="red" loading={state.fetching} onClick={() => disconnect({ workspaceId: workspace.id, id: channel.id })}>
            Disconnect for good
          </Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>
            Keep it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
