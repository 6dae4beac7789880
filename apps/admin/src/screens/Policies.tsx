import { Alert, Badge, Button, Fieldset, Grid, Group, Paper, SegmentedControl, Select, Stack, Switch, Table, TagsInput, Text, Textarea, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert, errorMessage, fieldErrors } from '../components/Async';
import { ConfirmInline, Done } from '../components/Feedback';
import { LoadedCount, LoadMore, usePagedQuery } from '../components/LoadMore';
import { when } from '../format';
import { HighlightedText } from '../components/Findings';
import { LiveFindings } from '../components/LiveFindings';
import { TemplateTextarea } from '../components/TemplateTextarea';
import { SchemaForm, type FieldErrors, type JsonSchema } from '../components/SchemaForm';
import { useChannelNames, useChannelOptions } from '../channels';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { BacktestPolicyInput, PoliciesQuery, PolicyAction, PolicyRuleInput, PolicyScope, PolicyVersionsQuery, Priority, Severity } from '../gql/graphql';
import { DiffView, diffLines } from '../components/Diff';
import { plural } from '../components/Secret';
import { useMemberOptions } from '../members';
import { roleAtLeast } from '../roles';

const PolicyFields = graphql(`
  fragment PolicyFields on Policy {
    id
    name
    scope
    enabled
    channelId
    version
    updatedAt
    rules {
      rule
      args
      action
      severityThreshold
      labels
      assigneeId
      priority
      template
    }
  }
`);

const PoliciesList = graphql(`
  query Policies($workspaceId: ID!) {
    policies(workspaceId: $workspaceId, first: 100) {
      totalCount
      edges {
        node {
          ...PolicyFields
        }
      }
    }
    ruleTypes {
      code
      description
      appliesTo
      argsSchema
      defaultArgs
      plugin
    }
  }
`);

const UpdatePolicy = graphql(`
  mutation UpdatePolicy($input: UpdatePolicyInput!) {
    updatePolicy(input: $input) {
      ...PolicyFields
    }
  }
`);

const CreatePolicy = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      ...PolicyFields
    }
  }
`);

const PolicyVersions = graphql(`
  query PolicyVersions($workspaceId: ID!, $policyId: ID!, $after: String) {
    policyVersions(workspaceId: $workspaceId, policyId: $policyId, first: 50, after: $after, newestFirst: true) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          name
          enabled
          scope
          channelId
          createdAt
          rules {
            rule
            args
            action
            severityThreshold
            labels
            assigneeId
            priority
            template
          }
        }
      }
    }
  }
`);

const Backtest = graphql(`
  query BacktestPolicy($input: BacktestPolicyInput!) {
    backtestPolicy(input: $input) {
      evaluated
      note
      scope
      sources
      outcomes {
        outcome
        count
        examples {
          itemId
          itemType
          excerpt
          findings {
            ...PolicyFindingFields
          }
        }
      }
    }
  }
`);

const DeletePolicy = graphql(`
  mutation DeletePolicy($workspaceId: ID!, $id: ID!) {
    deletePolicy(workspaceId: $workspaceId, id: $id) {
      id
      name
    }
  }
`);

type PolicyRow = PoliciesQuery['policies']['edges'][number]['node'];
type RuleType = PoliciesQuery['ruleTypes'][number];
type RuleDraft = Pick<PolicyRow['rules'][number], 'rule' | 'action' | 'severityThreshold' | 'labels' | 'assigneeId' | 'priority' | 'template'> & { args: Record<string, unknown> };

const SCOPES: Array<{ value: PolicyScope; label: string; target: string }> = [
  { value: 'INBOUND_MESSAGE', label: 'Inbound messages', target: 'inbound_message' },
  { value: 'OUTBOUND_REPLY', label: 'Our replies', target: 'reply' },
  { value: 'OUTBOUND_POST', label: 'Our posts', target: 'post' },
  { value: 'REVIEW', label: 'Reviews', target: 'review' },
];
// The server's rule (apps/server/src/policies/policy.enums.ts): what a finding may do depends on the direction.
const OUTBOUND_ACTIONS: PolicyAction[] = ['BLOCK', 'REQUIRE_APPROVAL', 'WARN'];
const INBOUND_ACTIONS: PolicyAction[] = ['HIDE', 'ESCALATE', 'LABEL', 'ASSIGN', 'SET_PRIORITY', 'AUTO_REPLY'];
const actionsFor = (scope: PolicyScope) => (scope === 'OUTBOUND_POST' || scope === 'OUTBOUND_REPLY' ? OUTBOUND_ACTIONS : INBOUND_ACTIONS);
const SEVERITIES: Severity[] = ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const PRIORITIES: Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const scopeLabel = (scope: PolicyScope) => SCOPES.find((s) => s.value === scope)?.label ?? scope;
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

const draftRules = (policy: Pick<PolicyRow, 'rules'>): RuleDraft[] =>
  policy.rules.map((r) => ({
    rule: r.rule,
    action: r.action,
    severityThreshold: r.severityThreshold,
    labels: r.labels,
    assigneeId: r.assigneeId,
    priority: r.priority,
    template: r.template,
    args: { ...(r.args as Record<string, unknown>) },
  }));


/** Policies (ADMIN): the list, the editor of one policy's rules and a box testing a draft text against them. */
export function Policies() {
  const { workspace, role } = useCurrent();
  const [result, refetch] = useQuery({ query: PoliciesList, variables: { workspaceId: workspace.id }, pause: !roleAtLeast(role, 'ADMIN') });
  const [selected, setSelected] = useState<string | null>(null);
  const channelNames = useChannelNames();
  if (!roleAtLeast(role, 'ADMIN')) {
    return (
      <Stack>
        <Title order={1} size="h2">
          Policies
        </Title>
        <Text role="status">Policies are managed by admins; your role ({role ?? 'none'}) cannot see them.</Text>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1} size="h2">
        Policies
      </Title>
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="policies">
        {(data) => {
          const policies = data.policies.edges.map((e) => e.node);
          const current = policies.find((p) => p.id === selected) ?? null;
          return (
            <Grid>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Stack>
                  {policies.length === 0 ? (
                    <Text c="dimmed" role="status">
                      No policy yet. Create one to check inbound messages, replies, posts or reviews.
                    </Text>
                  ) : (
                    <Paper withBorder>
                      <ul aria-label="Policies" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                        {policies.map((p) => (
                          <li key={p.id}>
                            <UnstyledButton
                              onClick={() => setSelected(p.id)}
                              aria-current={p.id === selected ? 'true' : undefined}
                              p="sm"
                              w="100%"
                              style={{ borderTop: '1px solid var(--mantine-color-gray-2)', background: p.id === selected ? 'var(--mantine-color-blue-0)' : undefined }}
                            >
                              <Group justify="space-between" wrap="nowrap">
                                <Text fw={600} size="sm">
                                  {p.name}
                                </Text>
                                <Text size="xs" c="dimmed">
                                  v{p.version}
                                </Text>
                              </Group>
                              <Group gap={4} mt={4}>
                                <Badge size="xs" variant="outline">
                                  {scopeLabel(p.scope)}
                                </Badge>
                                <Badge size="xs" variant="light">
                                  {p.rules.length} rule{p.rules.length === 1 ? '' : 's'}
                                </Badge>
                                {p.channelId && (
                                  <Badge size="xs" variant="light" color="grape">
                                    {channelNames.get(p.channelId) ?? 'One channel'}
                                  </Badge>
                                )}
                                {!p.enabled && (
                                  <Badge size="xs" color="gray">
                                    Off
                                  </Badge>
                                )}
                              </Group>
                            </UnstyledButton>
                          </li>
                        ))}
                      </ul>
                    </Paper>
                  )}
                  <NewPolicy onCreated={setSelected} />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }}>
                {current ? (
                  <PolicyEditor key={current.id} policy={current} ruleTypes={data.ruleTypes} onDeleted={() => setSelected(null)} />
                ) : (
                  <Text c="dimmed" role="status">
                    Choose a policy to edit its rules and test a text against them.
                  </Text>
                )}
              </Grid.Col>
            </Grid>
          );
        }}
      </Async>
    </Stack>
  );
}

function NewPolicy({ onCreated }: { onCreated: (id: string) => void }) {
  const { workspace } = useCurrent();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<PolicyScope>('INBOUND_MESSAGE');
  const [state, create] = useMutation(CreatePolicy);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ input: { workspaceId: workspace.id, name: name.trim(), scope, rules: [] } });
    if (result.data) {
      setName('');
      onCreated(result.data.createPolicy.id);
    }
  };
  return (
    <form onSubmit={submit} aria-label="New policy">
      <Fieldset legend="New policy">
        <Stack gap="xs">
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required error={fieldErrors(state.error).name} />
          <Select label="Checks" data={SCOPES} value={scope} allowDeselect={false} onChange={(v) => v && setScope(v as PolicyScope)} />
          {state.error && !fieldErrors(state.error).name && <ErrorAlert error={state.error} title="Policy not created" />}
          <Group justify="flex-end">
            <Button type="submit" size="xs" loading={state.fetching} disabled={!name.trim()}>
              Create policy
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

/** Rules as the API takes them (PolicyRuleInput): only the fields the action uses. */
const ruleInputs = (rules: RuleDraft[]) =>
  rules.map((r) => ({
    rule: r.rule,
    args: r.args,
    action: r.action,
    severityThreshold: r.severityThreshold,
    labels: r.action === 'LABEL' && r.labels?.length ? r.labels : undefined,
    assigneeId: r.action === 'ASSIGN' ? r.assigneeId : undefined,
    priority: r.action === 'SET_PRIORITY' ? r.priority : undefined,
    template: r.action === 'AUTO_REPLY' ? r.template : undefined,
  }));

function PolicyEditor({ policy, ruleTypes, onDeleted }: { policy: PolicyRow; ruleTypes: RuleType[]; onDeleted: () => void }) {
  const { workspace } = useCurrent();
  const [name, setName] = useState(policy.name);
  const [enabled, setEnabled] = useState(policy.enabled);
  const [channelId, setChannelId] = useState(policy.channelId ?? null);
  const channels = useChannelOptions(policy.scope === 'REVIEW' ? 'REVIEW_SOURCE' : 'NETWORK');
  const [rules, setRules] = useState<RuleDraft[]>(() => draftRules(policy));
  const [dirty, setDirty] = useState(false);
  const [state, update] = useMutation(UpdatePolicy);
  const memberOptions = useMemberOptions((user) => `${user.name} (${user.email})`);
  const target = SCOPES.find((s) => s.value === policy.scope)?.target ?? '';
  const usable = ruleTypes.filter((t) => t.appliesTo.includes(target));
  const errors = fieldErrors(state.error);
  const change = (next: RuleDraft[]) => {
    setRules(next);
    setDirty(true);
  };
  const setRule = (index: number, next: RuleDraft) => change(rules.map((r, i) => (i === index ? next : r)));
  const move = (index: number, by: number) => {
    const next = [...rules];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    change(next);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({
      input: {
        workspaceId: workspace.id,
        policyId: policy.id,
        name,
        enabled,
        channelId,
        rules: ruleInputs(rules),
      },
    });
    if (result.data) {
      // The server filled in defaults: edit on from what was saved.
      setRules(draftRules(result.data.updatePolicy));
      setDirty(false);
    }
  };
  const addRule = () => {
    const first = usable[0];
    if (!first) return;
    change([...rules, { rule: first.code, args: { ...((first.defaultArgs as Record<string, unknown>) ?? {}) }, action: actionsFor(policy.scope)[0], severityThreshold: 'INFO', labels: null, assigneeId: null, priority: null, template: null }]);
  };
  const unplaced = Object.entries(errors).filter(([field]) => !/^(name|rules\.\d+\.)/.test(field));

  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder p="md" component="section" aria-label={`Policy ${policy.name}`}>
          <form onSubmit={save} aria-label="Edit policy" noValidate>
            <Stack>
              <Group justify="space-between" align="flex-end">
                <TextInput label="Name" value={name} onChange={(e) => (setName(e.currentTarget.value), setDirty(true))} error={errors.name} style={{ flex: 1 }} />
                <Switch label="Enabled" checked={enabled} onChange={(e) => (setEnabled(e.currentTarget.checked), setDirty(true))} />
              </Group>
              <Select
                label="Applies to"
                description={`Every channel's ${scopeLabel(policy.scope).toLowerCase()}, or one channel's only (its own voice or stricter moderation).`}
                placeholder="Every channel"
                clearable
                data={channels}
                value={channelId}
                onChange={(value) => (setChannelId(value), setDirty(true))}
                error={errors.channelId}
              />
              <Text size="sm" c="dimmed">
                Checks {scopeLabel(policy.scope).toLowerCase()} · version {policy.version} · saved {when(policy.updatedAt)}
              </Text>
              {rules.length === 0 && (
                <Text size="sm" c="dimmed" role="status">
                  No rule yet: this policy finds nothing until you add one.
                </Text>
              )}
              {rules.map((rule, index) => (
                <RuleEditor
                  key={index}
                  index={index}
                  count={rules.length}
                  rule={rule}
                  scope={policy.scope}
                  ruleTypes={usable}
                  members={memberOptions}
                  errors={errors}
                  onChange={(next) => setRule(index, next)}
                  onRemove={() => change(rules.filter((_, i) => i !== index))}
                  onMove={(by) => move(index, by)}
                />
              ))}
              <Group>
                <Button variant="light" onClick={addRule} disabled={!usable.length}>
                  Add rule
                </Button>
              </Group>
              {state.error && (
                <Alert color="red" title="Policy not saved" role="alert">
                  {Object.keys(errors).length ? 'Fix the fields marked below or above.' : errorMessage(state.error)}
                  {unplaced.map(([field, message]) => (
                    <Text key={field} size="sm">
                      {field}: {message}
                    </Text>
                  ))}
                </Alert>
              )}
              {state.data?.updatePolicy.version === policy.version && !dirty && !state.error && (
                <Done>
                  Saved as version {state.data.updatePolicy.version}.
                </Done>
              )}
              <Group justify="space-between">
                <DeletePolicyButton policy={policy} onDeleted={onDeleted} />
                <Button type="submit" loading={state.fetching}>
                  Save policy
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack>
          <DraftTest scope={policy.scope} rules={ruleInputs(rules)} channelId={channelId} />
          <BacktestPanel policy={policy} draft={dirty ? { scope: policy.scope, rules: ruleInputs(rules) } : null} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={12}>
        <VersionsPanel
          policy={policy}
          dirty={dirty}
          onRestored={(saved) => {
            setName(saved.name);
            setEnabled(saved.enabled);
            setChannelId(saved.channelId ?? null);
            setRules(draftRules(saved));
            setDirty(false);
          }}
        />
      </Grid.Col>
    </Grid>
  );
}

function RuleEditor({
  index,
  count,
  rule,
  scope,
  ruleTypes,
  members,
  errors,
  onChange,
  onRemove,
  onMove,
}: {
  index: number;
  count: number;
  rule: RuleDraft;
  scope: PolicyScope;
  ruleTypes: RuleType[];
  members: Array<{ value: string; label: string }>;
  errors: FieldErrors;
  onChange: (next: RuleDraft) => void;
  onRemove: () => void;
  onMove: (by: number) => void;
}) {
  const at = `rules.${index}`;
  const type = ruleTypes.find((t) => t.code === rule.rule);
  const set = (patch: Partial<RuleDraft>) => onChange({ ...rule, ...patch });
  return (
    <Fieldset legend={`Rule ${index + 1}: ${rule.rule}`}>
      <Stack gap="sm">
        <Select
            label="Rule"
            description={type?.description}
            data={ruleTypes.map((t) => ({ value: t.code, label: t.code }))}
            value={rule.rule}
            allowDeselect={false}
            searchable
            error={errors[`${at}.rule`]}
            onChange={(code) => {
              const next = ruleTypes.find((t) => t.code === code);
              // Another rule takes other arguments: start from its defaults.
              if (next) set({ rule: next.code, args: { ...((next.defaultArgs as Record<string, unknown>) ?? {}) } });
            }}
            comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
            maxDropdownHeight={320}
          />
        <Group grow align="flex-start">
          <Select label="Action" data={actionsFor(scope).map((a) => ({ value: a, label: words(a) }))} value={rule.action} allowDeselect={false} error={errors[`${at}.action`]} onChange={(a) => a && set({ action: a as PolicyAction })} />
          <Select
            label="From severity"
            data={SEVERITIES.map((s) => ({ value: s, label: words(s) }))}
            value={rule.severityThreshold}
            allowDeselect={false}
            error={errors[`${at}.severityThreshold`]}
            onChange={(s) => s && set({ severityThreshold: s as Severity })}
          />
        </Group>
        {rule.action === 'LABEL' && (
          <TagsInput label="Labels" description="Empty: the findings' own labels." value={rule.labels ?? []} onChange={(labels) => set({ labels })} error={errors[`${at}.labels`]} />
        )}
        {rule.action === 'ASSIGN' && (
          <Select label="Assign to" data={members} value={rule.assigneeId ?? null} onChange={(assigneeId) => set({ assigneeId })} error={errors[`${at}.assigneeId`]} required searchable />
        )}
        {rule.action === 'SET_PRIORITY' && (
          <Select label="Priority" data={PRIORITIES.map((p) => ({ value: p, label: words(p) }))} value={rule.priority ?? null} onChange={(p) => set({ priority: p as Priority | null })} error={errors[`${at}.priority`]} required />
        )}
        {rule.action === 'AUTO_REPLY' && (
          <TemplateTextarea
            context={scope === 'REVIEW' ? 'REVIEW' : 'INBOX'}
            label="Reply"
            description="Variables such as {{contact.name}} are filled in."
            autosize
            minRows={2}
            value={rule.template ?? ''}
            onValueChange={(template) => set({ template })}
            error={errors[`${at}.template`]}
            required
          />
        )}
        {type ? (
          <Fieldset legend="Settings" variant="unstyled">
            {errors[`${at}.args`] && (
              <Text size="xs" c="red" role="alert">
                {errors[`${at}.args`]}
              </Text>
            )}
            <SchemaForm schema={type.argsSchema as JsonSchema} value={rule.args} onChange={(args) => set({ args })} errors={errors} path={`${at}.args`} />
          </Fieldset>
        ) : (
          <Text size="sm" c="red" role="alert">
            The rule “{rule.rule}” is not loaded or does not apply here; choose another.
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="subtle" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move rule ${index + 1} up`}>
            Up
          </Button>
          <Button size="xs" variant="subtle" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move rule ${index + 1} down`}>
            Down
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={onRemove} aria-label={`Remove rule ${index + 1}`}>
            Remove
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/**
 * Checks a text, as typed (debounced), against this policy's rules as they stand in the editor (saved or not), or
 * against every saved, enabled policy of the scope: evaluatePolicy (with draftRules for the first) stores nothing.
 * Saving refetches the second (client.ts).
 */
function DraftTest({ scope, rules, channelId }: { scope: PolicyScope; rules: PolicyRuleInput[]; channelId: string | null }) {
  const [text, setText] = useState('');
  const [against, setAgainst] = useState<'edited' | 'saved'>('edited');
  const channel = channelId ? "the policy's channel" : 'every channel';
  return (
    <Paper withBorder p="md" component="section" aria-label="Test a draft">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Test a draft
        </Title>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="draft-test-against">
            Check against
          </Text>
          <SegmentedControl
            aria-labelledby="draft-test-against"
            fullWidth
            size="xs"
            value={against}
            onChange={(value) => setAgainst(value as 'edited' | 'saved')}
            data={[
              { value: 'edited', label: 'This policy, edited' },
              { value: 'saved', label: 'All saved' },
            ]}
          />
        </Stack>
        <Textarea
          label="Text to check"
          description={
            against === 'edited'
              ? `Checked as you type against this policy's rules as they are in the editor, saved or not (for ${channel}); nothing is stored.`
              : `Checked as you type against the saved, enabled policies for ${scopeLabel(scope).toLowerCase()} (for ${channel}); nothing is stored.`
          }
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <LiveFindings
          text={text}
          scope={scope}
          channelId={channelId ?? undefined}
          draftRules={against === 'edited' ? rules : undefined}
          label="Draft findings"
          empty={against === 'edited' ? 'Type something to see what this policy finds.' : 'Type something to see what the policies find.'}
        />
      </Stack>
    </Paper>
  );
}

function DeletePolicyButton({ policy, onDeleted }: { policy: PolicyRow; onDeleted: () => void }) {
  const { workspace } = useCurrent();
  const [confirming, setConfirming] = useState(false);
  const [state, remove] = useMutation(DeletePolicy);
  const confirm = async () => {
    if ((await remove({ workspaceId: workspace.id, id: policy.id })).data) onDeleted();
  };
  return (
    <Stack gap={4}>
      {confirming ? (
        <ConfirmInline question={`Delete “${policy.name}” and all its versions?`} loading={state.fetching} onConfirm={confirm} onCancel={() => setConfirming(false)} />
      ) : (
        <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
          Delete policy
        </Button>
      )}
      {state.error && <ErrorAlert error={state.error} title="Policy not deleted" />}
    </Stack>
  );
}

type VersionRow = PolicyVersionsQuery['policyVersions']['edges'][number]['node'];
/** What a version says, one setting per line, so a line diff shows what changed; the channel by its name. */
const versionText = (v: Pick<VersionRow, 'name' | 'enabled' | 'scope' | 'channelId' | 'rules'>, channelNames: Map<string, string>) =>
  JSON.stringify(
    {
      name: v.name,
      enabled: v.enabled,
      scope: v.scope,
      appliesTo: v.channelId ? (channelNames.get(v.channelId) ?? v.channelId) : 'every channel',
      rules: v.rules.map(({ __typename, ...rule }: Record<string, unknown>) => rule),
    },
    null,
    2,
  ).split('\n');

/**
 * Every saved version of the policy, and what changed between two of them (the last two at first); an older
 * version's rules can be restored, saved as a new version. Pages come latest first: the first holds the latest
 * versions (so the last two are always there to compare), and "Load more" adds older ones below.
 */
function VersionsPanel({ policy, dirty, onRestored }: { policy: PolicyRow; dirty: boolean; onRestored: (saved: PolicyRow) => void }) {
  const { workspace } = useCurrent();
  const history = usePagedQuery(PolicyVersions, { workspaceId: workspace.id, policyId: policy.id }, (data) => data.policyVersions);
  const channelNames = useChannelNames();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [restored, setRestored] = useState<{ from: number; to: number } | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-label="Versions">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Versions
        </Title>
        <Async result={history.first} retry={history.refetch} what="the versions" isEmpty={(d) => d.policyVersions.edges.length === 0} empty="No saved version yet.">
          {(data) => {
            const versions = [...history.rows].sort((a, b) => a.version - b.version);
            const total = data.policyVersions.totalCount;
            const latest = versions[versions.length - 1];
            const before = versions.find((v) => String(v.version) === from) ?? versions[versions.length - 2] ?? latest;
            const after = versions.find((v) => String(v.version) === to) ?? latest;
            const options = versions.map((v) => ({ value: String(v.version), label: `Version ${v.version} · ${when(v.createdAt)}` }));
            return (
              <Stack gap="sm">
                <LoadedCount shown={versions.length} total={total} noun="version" lead="The latest " />
                <Table aria-label="Saved versions" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Version</Table.Th>
                      <Table.Th>Saved</Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Rules</Table.Th>
                      <Table.Th>On</Table.Th>
                      <Table.Th>Actions</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...versions].reverse().map((v) => (
                      <Table.Tr key={v.id}>
                        <Table.Td>{v.version}</Table.Td>
                        <Table.Td>{when(v.createdAt)}</Table.Td>
                        <Table.Td>{v.name}</Table.Td>
                        <Table.Td>{v.rules.map((r) => r.rule).join(', ') || '—'}</Table.Td>
                        <Table.Td>{v.enabled ? 'yes' : 'no'}</Table.Td>
                        <Table.Td>
                          {v.version !== policy.version && (
                            <RestoreVersion
                              policy={policy}
                              version={v}
                              dirty={dirty}
                              onRestored={(saved) => {
                                setRestored({ from: v.version, to: saved.version });
                                onRestored(saved);
                              }}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {/* Pages come latest first, like the table: a later page's older versions go below. */}
                <LoadMore paged={history} label="Load more versions" what="versions" />
                {restored && (
                  <Done>
                    Version {restored.from}'s rules restored as version {restored.to}.
                  </Done>
                )}
                {versions.length < 2 ? (
                  <Text size="sm" c="dimmed">
                    Only one version so far: save a change to compare.
                  </Text>
                ) : (
                  <>
                    <Group grow>
                      <Select label="Compare" data={options} value={String(before.version)} allowDeselect={false} onChange={setFrom} />
                      <Select label="With" data={options} value={String(after.version)} allowDeselect={false} onChange={setTo} />
                    </Group>
                    <DiffView lines={diffLines(versionText(before, channelNames), versionText(after, channelNames))} label={`Changes from version ${before.version} to version ${after.version}`} />
                  </>
                )}
              </Stack>
            );
          }}
        </Async>
      </Stack>
    </Paper>
  );
}

/** Saves an older version's rules as a new version (updatePolicy); the name and on/off stay as they are now. */
function RestoreVersion({ policy, version, dirty, onRestored }: { policy: PolicyRow; version: VersionRow; dirty: boolean; onRestored: (saved: PolicyRow) => void }) {
  const { workspace } = useCurrent();
  const [confirming, setConfirming] = useState(false);
  const [state, update] = useMutation(UpdatePolicy);
  const restore = async () => {
    const result = await update({ input: { workspaceId: workspace.id, policyId: policy.id, rules: ruleInputs(draftRules(version)) } });
    if (result.data) {
      setConfirming(false);
      onRestored(result.data.updatePolicy);
    }
  };
  return (
    <Stack gap={4}>
      {confirming ? (
        <ConfirmInline
          compact
          label={`Restore version ${version.version}`}
          question={`Save version ${version.version}'s rules as a new version?${dirty ? ' Your unsaved edits are lost.' : ''}`}
          confirm="Restore"
          cancel="Cancel"
          loading={state.fetching}
          onConfirm={restore}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <Button size="compact-xs" variant="subtle" onClick={() => setConfirming(true)} aria-label={`Restore version ${version.version}`}>
          Restore this version
        </Button>
      )}
      {state.error && <ErrorAlert error={state.error} title="Version not restored" />}
    </Stack>
  );
}

const OUTCOME_COLOR: Record<string, string> = { ALLOW: 'green', NONE: 'green', WARN: 'yellow', REQUIRE_APPROVAL: 'orange', BLOCK: 'red' };

/** What the policy (saved, or the unsaved edits) would have done to content stored since a date. */
function BacktestPanel({ policy, draft }: { policy: PolicyRow; draft: { scope: PolicyScope; rules: ReturnType<typeof ruleInputs> } | null }) {
  const { workspace } = useCurrent();
  const [since, setSince] = useState(() => new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
  const [input, setInput] = useState<BacktestPolicyInput | null>(null);
  const [result] = useQuery({ query: Backtest, variables: { input: input as BacktestPolicyInput }, pause: !input, requestPolicy: 'network-only' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = new Date(`${since}T00:00:00`);
    if (Number.isNaN(at.getTime())) return;
    setInput({ workspaceId: workspace.id, since: at.toISOString(), examplesPerOutcome: 3, ...(draft ? { draft } : { policyId: policy.id }) });
  };
  const report = input ? result.data?.backtestPolicy : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-label="Backtest">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Backtest
        </Title>
        <form onSubmit={submit} aria-label="Run a backtest">
          <Group align="flex-end" gap="xs">
            <TextInput type="date" label="Replay content since" value={since} onChange={(e) => setSince(e.currentTarget.value)} required />
            <Button type="submit" variant="light" loading={Boolean(input) && result.fetching}>
              Run backtest
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {draft ? 'Uses your unsaved changes.' : `Uses the saved version ${policy.version}.`} Nothing is changed.
          </Text>
        </form>
        <div aria-live="polite">
          {input && result.error && !result.fetching ? (
            <ErrorAlert error={result.error} title="Backtest failed" />
          ) : input && (result.fetching || !report) ? (
            <Text size="sm" role="status">
              Replaying…
            </Text>
          ) : report ? (
            <Stack gap="xs">
              <Text size="sm" role="status">
                {plural(report.evaluated, 'item')} replayed{report.sources.length ? ` (${report.sources.join(', ')})` : ''}.
              </Text>
              {report.note && (
                <Text size="xs" c="dimmed">
                  {report.note}
                </Text>
              )}
              {report.outcomes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing stored since then to replay.
                </Text>
              ) : (
                <ul aria-label="Backtest outcomes" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {report.outcomes.map((o) => (
                    <li key={o.outcome}>
                      <Paper withBorder p="xs" mb="xs">
                        <Group gap="xs">
                          <Badge color={OUTCOME_COLOR[o.outcome] ?? 'blue'}>{words(o.outcome)}</Badge>
                          <Text size="sm">{plural(o.count, 'item')}</Text>
                        </Group>
                        {o.examples.length > 0 && (
                          <Stack gap={4} mt={4}>
                            <Text size="xs" fw={600}>
                              Examples
                            </Text>
                            {o.examples.map((e) => (
                              <Paper key={e.itemId} bg="gray.0" p={6}>
                                <Text size="xs" c="dimmed">
                                  {e.itemType}
                                </Text>
                                <HighlightedText text={e.excerpt} findings={e.findings} />
                                {e.findings.length > 0 && (
                                  <Text size="xs" c="dimmed">
                                    {e.findings.map((f) => `${f.rule}: ${f.message}`).join(' · ')}
                                  </Text>
                                )}
                              </Paper>
                            ))}
                          </Stack>
                        )}
                      </Paper>
                    </li>
                  ))}
                </ul>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Pick a date and run it to see how many items each outcome would have had, with examples.
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
