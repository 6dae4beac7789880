import { Button, Group, Select, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { Done } from '../components/Feedback';
import { Section } from '../components/Section';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { ApprovalMode, ClientApprovalRule, WorkspaceSettingsQuery } from '../gql/graphql';
import { roleAtLeast } from '../roles';

const WorkspaceSettingsFields = graphql(`
  fragment WorkspaceSettingsFields on Workspace {
    id
    name
    timezone
    approvalMode
    clientApprovalRule
    postApprovalRequired
    requireDifferentApprover
    reportRecipients
  }
`);

const WorkspaceSettingsDocument = graphql(`
  query WorkspaceSettings($id: ID!) {
    workspace(id: $id) {
      ...WorkspaceSettingsFields
    }
  }
`);

const UpdateWorkspace = graphql(`
  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
    updateWorkspace(input: $input) {
      ...WorkspaceSettingsFields
    }
  }
`);

type Settings = WorkspaceSettingsQuery['workspace'];

const APPROVAL_MODES: Array<{ value: ApprovalMode; label: string }> = [
  { value: 'INTERNAL_ONLY', label: 'The team only' },
  { value: 'INTERNAL_THEN_CLIENT', label: 'The team, then the client' },
  { value: 'CLIENT_ONLY', label: 'The client instead of the team' },
];
const CLIENT_RULES: Array<{ value: ClientApprovalRule; label: string }> = [
  { value: 'ALL_MUST_APPROVE', label: 'Everyone asked must approve' },
  { value: 'ANY', label: 'The first answer settles it' },
];
const modeText = (mode: ApprovalMode) => APPROVAL_MODES.find((m) => m.value === mode)?.label ?? mode;

/** Settings: the workspace's name, time zone, who approves posts and who gets the monthly report (ADMIN changes them). */
export function WorkspaceSection() {
  const { workspace, role } = useCurrent();
  const [result, refetch] = useQuery({ query: WorkspaceSettingsDocument, variables: { id: workspace.id } });
  return (
    <Section title="Workspace">
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="the workspace settings">
        {(data) =>
          roleAtLeast(role, 'ADMIN') ? (
            <WorkspaceForm settings={data.workspace} />
          ) : (
            <Text size="sm">
              {data.workspace.name}, time zone {data.workspace.timezone}. Posts are approved by: {modeText(data.workspace.approvalMode).toLowerCase()}
              {data.workspace.postApprovalRequired ? '; every post needs an admin’s approval' : ''}.
            </Text>
          )
        }
      </Async>
    </Section>
  );
}

function WorkspaceForm({ settings }: { settings: Settings }) {
  const { workspace } = useCurrent();
  const [name, setName] = useState(settings.name);
  const [timezone, setTimezone] = useState(settings.timezone);
  const [approvalMode, setApprovalMode] = useState<ApprovalMode>(settings.approvalMode);
  const [clientRule, setClientRule] = useState<ClientApprovalRule>(settings.clientApprovalRule);
  const [postApproval, setPostApproval] = useState(settings.postApprovalRequired);
  const [differentApprover, setDifferentApprover] = useState(settings.requireDifferentApprover);
  const [recipients, setRecipients] = useState<string[]>(settings.reportRecipients);
  const [saved, setSaved] = useState(false);
  const [state, update] = useMutation(UpdateWorkspace);
  const errors = fieldErrors(state.error);
  // Every IANA zone this browser knows; the server checks the one chosen all the same.
  const zones = useMemo(() => [...new Set([settings.timezone, ...Intl.supportedValuesOf('timeZone')])], [settings.timezone]);
  const withClient = approvalMode !== 'INTERNAL_ONLY';
  useEffect(() => setSaved(false), [name, timezone, approvalMode, clientRule, postApproval, differentApprover, recipients]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await update({
      input: {
        workspaceId: workspace.id,
        name: name.trim(),
        timezone,
        approvalMode,
        clientApprovalRule: clientRule,
        postApprovalRequired: postApproval,
        requireDifferentApprover: differentApprover,
        reportRecipients: recipients,
      },
    });
    if (answer.data) setSaved(true);
  };
  const shownErrors = ['name', 'timezone', 'approvalMode', 'clientApprovalRule', 'reportRecipients'];
  return (
    <form onSubmit={submit} aria-label="Workspace settings">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs">
          <TextInput label="Workspace name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} w={300} />
          <Select
            label="Time zone"
            description="Posts are scheduled and shown in it."
            data={zones}
            searchable
            allowDeselect={false}
            value={timezone}
            onChange={(zone) => zone && setTimezone(zone)}
            error={errors.timezone}
            w={300}
          />
        </Group>
        <Switch label="Every post needs an admin’s approval before it is scheduled" checked={postApproval} onChange={(e) => setPostApproval(e.currentTarget.checked)} />
        <Switch
          label="The approver must be someone other than the post’s author (and a person, not an API key)"
          checked={differentApprover}
          onChange={(e) => setDifferentApprover(e.currentTarget.checked)}
        />
        <Group align="flex-start" gap="xs">
          <Select
            label="Who approves posts"
            description="With the client, its reviewers approve each post through a personal link sent by mail."
            data={APPROVAL_MODES}
            allowDeselect={false}
            value={approvalMode}
            onChange={(mode) => mode && setApprovalMode(mode as ApprovalMode)}
            error={errors.approvalMode}
            w={300}
          />
          {withClient && (
            <Select
              label="Client decision"
              data={CLIENT_RULES}
              allowDeselect={false}
              value={clientRule}
              onChange={(rule) => rule && setClientRule(rule as ClientApprovalRule)}
              error={errors.clientApprovalRule}
              w={300}
            />
          )}
        </Group>
        <TagsInput
          label="Monthly report recipients"
          description="The client's addresses (at most 20); none stops the report. Press Enter after each."
          value={recipients}
          onChange={setRecipients}
          error={errors.reportRecipients}
        />
        {state.error && !shownErrors.some((field) => errors[field]) && <ErrorAlert error={state.error} title="Workspace settings not saved" />}
        {saved && <Done>Workspace settings saved.</Done>}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching} disabled={!name.trim()}>
            Save workspace settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
