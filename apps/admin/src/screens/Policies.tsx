import { Alert, Badge, Button, Fieldset, Grid, Group, Paper, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert, errorMessage, fieldErrors } from '../components/Async';
import { FindingList, HighlightedText } from '../components/Findings';
import { SchemaForm, type FieldErrors, type JsonSchema } from '../components/SchemaForm';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { PoliciesQuery, PolicyAction, PolicyScope, Priority, Severity } from '../gql/graphql';
import { roleAtLeast } from '../roles';

const PolicyFields = graphql(`
  fragment PolicyFields on Policy {
    id
    name
    scope
    enabled
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

const PolicyMembers = graphql(`
  query PolicyMembers($id: ID!) {
    workspace(id: $id) {
      id
      members(first: 100) {
        edges {
          node {
            id
            userId
            user {
              id
              name
              email
            }
          }
        }
      }
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

const EvaluateDraft = graphql(`
  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!) {
    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text) {
      findings {
        policyId
        policyName
        policyVersion
        rule
        action
        severity
        message
        suggestion
        labels
        spans {
          start
          end
          text
        }
      }
    }
  }
`);

type PolicyRow = PoliciesQuery['policies']['edges'][number]['node'];
type RuleType = PoliciesQuery['ruleTypes'][number];
type RuleDraft = Omit<PolicyRow['rules'][number], 'args'> & { args: Record<string, unknown> };

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

const draftRules = (policy: Pick<PolicyRow, 'rules'>): RuleDraft[] => policy.rules.map((r) => ({ ...r, args: { ...(r.args as Record<string, unknown>) } }));


/** Policies (ADMIN): the list, the editor of one policy's rules and a box testing a draft text against them. */
export function Policies() {
  const { workspace, role } = useCurrent();
  const [result, refetch] = useQuery({ query: PoliciesList, variables: { workspaceId: workspace.id }, pause: !roleAtLeast(role, 'ADMIN') });
  const [selected, setSelected] = useState<string | null>(null);
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
                  <PolicyEditor key={current.id} policy={current} ruleTypes={data.ruleTypes} />
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

function PolicyEditor({ policy, ruleTypes }: { policy: PolicyRow; ruleTypes: RuleType[] }) {
  const { workspace } = useCurrent();
  const [name, setName] = useState(policy.name);
  const [enabled, setEnabled] = useState(policy.enabled);
  const [rules, setRules] = useState<RuleDraft[]>(() => draftRules(policy));
  const [dirty, setDirty] = useState(false);
  const [state, update] = useMutation(UpdatePolicy);
  const [members] = useQuery({ query: PolicyMembers, variables: { id: workspace.id } });
  const memberOptions = (members.data?.workspace.members.edges ?? []).map((e) => ({ value: e.node.userId, label: `${e.node.user.name} (${e.node.user.email})` }));
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
        rules: rules.map((r) => ({
          rule: r.rule,
          args: r.args,
          action: r.action,
          severityThreshold: r.severityThreshold,
          labels: r.action === 'LABEL' && r.labels?.length ? r.labels : undefined,
          assigneeId: r.action === 'ASSIGN' ? r.assigneeId : undefined,
          priority: r.action === 'SET_PRIORITY' ? r.priority : undefined,
          template: r.action === 'AUTO_REPLY' ? r.template : undefined,
        })),
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
              <Text size="sm" c="dimmed">
                Checks {scopeLabel(policy.scope).toLowerCase()} · version {policy.version} · saved {new Date(policy.updatedAt).toLocaleString()}
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
              {state.data && !dirty && !state.error && (
                <Text size="sm" c="green.8" role="status">
                  Saved as version {state.data.updatePolicy.version}.
                </Text>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={state.fetching}>
                  Save policy
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <DraftTest scope={policy.scope} />
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
        <Group grow align="flex-start">
          <Select
            label="Rule"
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
          />
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
        {type && (
          <Text size="xs" c="dimmed">
            {type.description}
          </Text>
        )}
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
          <Textarea
            label="Reply"
            description="Variables such as {{contact.name}} are filled in."
            autosize
            minRows={2}
            value={rule.template ?? ''}
            onChange={(e) => set({ template: e.currentTarget.value })}
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
 * Checks a text, as typed (debounced), against the saved and enabled policies of the scope: evaluatePolicy
 * stores nothing. Saving the policy refetches it (client.ts), so an edited rule shows its effect here.
 */
function DraftTest({ scope }: { scope: PolicyScope }) {
  const { workspace } = useCurrent();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 300);
  const [result] = useQuery({ query: EvaluateDraft, variables: { workspaceId: workspace.id, scope, text: debounced }, pause: !debounced.trim() });
  const findings = result.data?.evaluatePolicy.findings ?? [];
  const checking = result.fetching || text !== debounced;
  return (
    <Paper withBorder p="md" component="section" aria-label="Test a draft">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Test a draft
        </Title>
        <Textarea
          label="Text to check"
          description={`Checked as you type against the saved, enabled policies for ${scopeLabel(scope).toLowerCase()}; nothing is stored.`}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <div aria-live="polite" aria-busy={checking}>
          {!debounced.trim() ? (
            <Text size="sm" c="dimmed">
              Type something to see what the policies find.
            </Text>
          ) : result.error ? (
            <ErrorAlert error={result.error} title="Could not check the text" />
          ) : !result.data ? (
            <Text size="sm" c="dimmed">
              Checking…
            </Text>
          ) : findings.length === 0 ? (
            <Text size="sm" role="status">
              No findings{checking ? ' (checking…)' : ''}.
            </Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" role="status">
                {findings.length} finding{findings.length === 1 ? '' : 's'}
                {checking ? ' (checking…)' : ''}
              </Text>
              <HighlightedText text={debounced} findings={findings} />
              <FindingList findings={findings} label="Draft findings" />
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
