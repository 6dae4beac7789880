import { Badge, Button, Group, NumberInput, Select, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { Done } from '../components/Feedback';
import { LoadedCount, LoadMore, usePagedQuery } from '../components/LoadMore';
import { Section } from '../components/Section';
import { AuditLogSection } from './AuditLog';
import { SavedAnswersSection } from './SavedAnswers';
import { WebhooksSection } from './Webhooks';
import { WorkspaceSection } from './WorkspaceSettings';
import { when } from '../format';
import { ShownOnce } from '../components/Secret';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { roleAtLeast } from '../roles';

const SettingsMembers = graphql(`
  query SettingsMembers($id: ID!, $after: String) {
    workspace(id: $id) {
      id
      members(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            userId
            role
            createdAt
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

const UpdateMemberRole = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);

const RemoveMember = graphql(`
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
    removeMember(workspaceId: $workspaceId, userId: $userId) {
      id
      userId
    }
  }
`);

const Invitations = graphql(`
  query Invitations($workspaceId: ID!, $after: String) {
    invitations(workspaceId: $workspaceId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          createdAt
          expiresAt
        }
      }
    }
  }
`);

const InviteMember = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      invitation {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($workspaceId: ID!, $id: ID!) {
    revokeInvitation(workspaceId: $workspaceId, id: $id) {
      id
      email
    }
  }
`);

const ApiKeys = graphql(`
  query ApiKeys($workspaceId: ID!, $after: String) {
    apiKeys(workspaceId: $workspaceId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          role
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

const CreateApiKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        role
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation RevokeApiKey($workspaceId: ID!, $id: ID!) {
    revokeApiKey(workspaceId: $workspaceId, id: $id) {
      id
      revokedAt
    }
  }
`);

const ReviewSettingsQuery = graphql(`
  query ReviewSettings($workspaceId: ID!) {
    reviewSettings(workspaceId: $workspaceId) {
      lowRatingThreshold
      watchedNames
    }
  }
`);

const UpdateReviewSettings = graphql(`
  mutation UpdateReviewSettings($input: UpdateReviewSettingsInput!) {
    updateReviewSettings(input: $input) {
      lowRatingThreshold
      watchedNames
    }
  }
`);

const ROLES: Role[] = ['OWNER', 'ADMIN', 'EDITOR', 'AGENT', 'VIEWER'];
const ROLE_TEXT: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin (channels, policies, members, keys)',
  EDITOR: 'Editor (posts)',
  AGENT: 'Agent (inbox, reviews)',
  VIEWER: 'Viewer (reads only)',
};
const roleWord = (role: Role) => role.charAt(0) + role.slice(1).toLowerCase();
/** Roles someone of `mine` may grant: nobody grants above their own role (the server refuses it anyway). */
const grantable = (mine: Role | null) => ROLES.filter((r) => roleAtLeast(mine, r)).map((r) => ({ value: r, label: ROLE_TEXT[r] }));
/** Where an invitee accepts: the admin's own join page, the token in the fragment so it never reaches a server log. */
export const invitationLink = (token: string) => `${location.origin}/admin/#/join?token=${encodeURIComponent(token)}`;

/** Settings: the workspace (name, time zone, approvals, report), members and roles, invitations, API keys, saved answers, webhooks and the audit log (ADMIN), and the review triage settings. */
export function Settings() {
  const { role } = useCurrent();
  const admin = roleAtLeast(role, 'ADMIN');
  return (
    <Stack>
      <Title order={1} size="h2">
        Settings
      </Title>
      {!admin && (
        <Text role="status" size="sm">
          Your role ({role ?? 'none'}) can see the workspace, members and review settings; admins change them, and only admins manage webhooks and read the audit log.
        </Text>
      )}
      <WorkspaceSection />
      <MembersSection />
      {admin && <InvitationsSection />}
      {admin && <ApiKeysSection />}
      {admin && <SavedAnswersSection />}
      <ReviewSettingsSection />
      {admin && <WebhooksSection />}
      {admin && <AuditLogSection />}
    </Stack>
  );
}

function MembersSection() {
  const { workspace, role, me } = useCurrent();
  const members = usePagedQuery(SettingsMembers, { id: workspace.id }, (data) => data.workspace.members);
  const admin = roleAtLeast(role, 'ADMIN');
  return (
    <Section title="Members">
      <Async result={members.first} retry={members.refetch} what="members" isEmpty={(d) => d.workspace.members.edges.length === 0} empty="Nobody is a member yet.">
        {(data) => (
          <Stack gap="xs">
            <LoadedCount shown={members.rows.length} total={data.workspace.members.totalCount} noun={'member'} />
            <Table aria-label="Members" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th>Role</Table.Th>
                  {admin && <Table.Th>Actions</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.rows.map((m) => (
                  <MemberRow key={m.id} member={m} canManage={admin && roleAtLeast(role, m.role)} isMe={m.userId === me.id} />
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore paged={members} label="Load more members" what="members" />
          </Stack>
        )}
      </Async>
    </Section>
  );
}

type MemberNode = { id: string; userId: string; role: Role; user: { name: string; email: string } };

function MemberRow({ member, canManage, isMe }: { member: MemberNode; canManage: boolean; isMe: boolean }) {
  const { workspace, role } = useCurrent();
  const [roleState, updateRole] = useMutation(UpdateMemberRole);
  const [removeState, remove] = useMutation(RemoveMember);
  const [confirming, setConfirming] = useState(false);
  const name = member.user.name;
  return (
    <Table.Tr>
      <Table.Td>
        {name}
        {isMe && (
          <Text span size="xs" c="dimmed">
            {' '}
            (you)
          </Text>
        )}
      </Table.Td>
      <Table.Td>{member.user.email}</Table.Td>
      <Table.Td>
        {canManage ? (
          <Select
            aria-label={`Role of ${name}`}
            size="xs"
            w={240}
            data={grantable(role)}
            value={member.role}
            allowDeselect={false}
            disabled={roleState.fetching}
            onChange={(next) => next && next !== member.role && updateRole({ input: { workspaceId: workspace.id, userId: member.userId, role: next as Role } })}
            error={roleState.error ? roleState.error.graphQLErrors[0]?.message ?? 'Not changed' : undefined}
          />
        ) : (
          <Badge variant="light">{roleWord(member.role)}</Badge>
        )}
      </Table.Td>
      {roleAtLeast(role, 'ADMIN') && (
        <Table.Td>
          {canManage &&
            (confirming ? (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" color="red" loading={removeState.fetching} onClick={() => remove({ workspaceId: workspace.id, userId: member.userId })}>
                  Remove {name}
                </Button>
                <Button size="compact-xs" variant="subtle" onClick={() => setConfirming(false)}>
                  Keep
                </Button>
              </Group>
            ) : (
              <Button size="compact-xs" variant="subtle" color="red" aria-label={`Remove ${name} from the workspace`} onClick={() => setConfirming(true)}>
                Remove
              </Button>
            ))}
          {removeState.error && <ErrorAlert error={removeState.error} title="Not removed" />}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function InvitationsSection() {
  const { workspace, role } = useCurrent();
  const invitations = usePagedQuery(Invitations, { workspaceId: workspace.id }, (data) => data.invitations);
  const [state, invite] = useMutation(InviteMember);
  const [revokeState, revoke] = useMutation(RevokeInvitation);
  const [email, setEmail] = useState('');
  const [inviteRole, setInviteRole] = useState<Role>('AGENT');
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await invite({ input: { workspaceId: workspace.id, email: email.trim(), role: inviteRole } });
    if (answer.data) {
      setLink({ email: answer.data.inviteMember.invitation.email, url: invitationLink(answer.data.inviteMember.token) });
      setEmail('');
    }
  };
  return (
    <Section title="Invitations">
      <form onSubmit={submit} aria-label="Invite someone">
        <Group align="flex-end" gap="xs">
          <TextInput label="E-mail" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} w={260} />
          <Select label="Role" data={grantable(role)} value={inviteRole} allowDeselect={false} onChange={(r) => r && setInviteRole(r as Role)} error={errors.role} w={260} />
          <Button type="submit" loading={state.fetching} disabled={!email.trim()}>
            Invite
          </Button>
        </Group>
      </form>
      {state.error && !errors.email && !errors.role && <ErrorAlert error={state.error} title="Not invited" />}
      {link && (
        <ShownOnce
          title={`Invitation for ${link.email}`}
          hint="Send this link to them; it works once, for 7 days. It is shown only now: Rapport keeps no copy."
          value={link.url}
          onDone={() => setLink(null)}
        />
      )}
      <Async result={invitations.first} retry={invitations.refetch} what="invitations" isEmpty={(d) => d.invitations.edges.length === 0} empty="No invitation is waiting to be accepted.">
        {(data) => (
          <Stack gap="xs">
            <LoadedCount shown={invitations.rows.length} total={data.invitations.totalCount} noun={'pending invitation'} />
            <Table aria-label="Pending invitations" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Expires</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.rows.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>{i.email}</Table.Td>
                    <Table.Td>{roleWord(i.role)}</Table.Td>
                    <Table.Td>{when(i.expiresAt)}</Table.Td>
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" color="red" aria-label={`Revoke the invitation of ${i.email}`} onClick={() => revoke({ workspaceId: workspace.id, id: i.id })}>
                        Revoke
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore paged={invitations} label="Load more invitations" what="invitations" />
          </Stack>
        )}
      </Async>
      {revokeState.error && <ErrorAlert error={revokeState.error} title="Not revoked" />}
      {revokeState.data && !revokeState.error && (
        <Text size="sm" role="status">
          Invitation of {revokeState.data.revokeInvitation.email} revoked.
        </Text>
      )}
    </Section>
  );
}

function ApiKeysSection() {
  const { workspace, role } = useCurrent();
  const keys = usePagedQuery(ApiKeys, { workspaceId: workspace.id }, (data) => data.apiKeys);
  const [state, create] = useMutation(CreateApiKey);
  const [revokeState, revoke] = useMutation(RevokeApiKey);
  const [name, setName] = useState('');
  const [keyRole, setKeyRole] = useState<Role>('AGENT');
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { workspaceId: workspace.id, name: name.trim(), role: keyRole } });
    if (answer.data) {
      setSecret({ name: answer.data.createApiKey.apiKey.name, value: answer.data.createApiKey.secret });
      setName('');
    }
  };
  return (
    <Section title="API keys">
      <form onSubmit={submit} aria-label="Create an API key">
        <Group align="flex-end" gap="xs">
          <TextInput label="What it is for" placeholder="e.g. website widget" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} w={260} />
          <Select label="Key role" data={grantable(role)} value={keyRole} allowDeselect={false} onChange={(r) => r && setKeyRole(r as Role)} error={errors.role} w={260} />
          <Button type="submit" loading={state.fetching} disabled={!name.trim()}>
            Create key
          </Button>
        </Group>
      </form>
      {state.error && !errors.name && !errors.role && <ErrorAlert error={state.error} title="Key not created" />}
      {secret && (
        <ShownOnce
          title={`Secret of “${secret.name}”`}
          hint='Send it as "Authorization: Bearer <secret>". Copy it now: it is stored hashed and will not be shown again.'
          value={secret.value}
          onDone={() => setSecret(null)}
        />
      )}
      <Async result={keys.first} retry={keys.refetch} what="API keys" isEmpty={(d) => d.apiKeys.edges.length === 0} empty="No API key yet.">
        {(data) => (
          <Stack gap="xs">
            <LoadedCount shown={keys.rows.length} total={data.apiKeys.totalCount} noun={'API key'} />
            <Table aria-label="API keys" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Starts with</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.rows.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>{k.name}</Table.Td>
                    <Table.Td>
                      <code>{k.prefix}…</code>
                    </Table.Td>
                    <Table.Td>{roleWord(k.role)}</Table.Td>
                    <Table.Td>{when(k.lastUsedAt, 'never')}</Table.Td>
                    <Table.Td>
                      {k.revokedAt ? (
                        <Text size="sm" c="dimmed">
                          Revoked {when(k.revokedAt)}
                        </Text>
                      ) : (
                        <Button size="compact-xs" variant="subtle" color="red" aria-label={`Revoke the key ${k.name}`} onClick={() => revoke({ workspaceId: workspace.id, id: k.id })}>
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore paged={keys} label="Load more API keys" what="API keys" />
          </Stack>
        )}
      </Async>
      {revokeState.error && <ErrorAlert error={revokeState.error} title="Key not revoked" />}
    </Section>
  );
}

function ReviewSettingsSection() {
  const { workspace, role } = useCurrent();
  const admin = roleAtLeast(role, 'ADMIN');
  const [result, refetch] = useQuery({ query: ReviewSettingsQuery, variables: { workspaceId: workspace.id } });
  return (
    <Section title="Review settings">
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="review settings">
        {(data) =>
          admin ? (
            <ReviewSettingsForm settings={data.reviewSettings} />
          ) : (
            <Text size="sm">
              Reviews rated {data.reviewSettings.lowRatingThreshold}★ or less are urgent. Watched names: {data.reviewSettings.watchedNames.join(', ') || 'none'}.
            </Text>
          )
        }
      </Async>
    </Section>
  );
}

function ReviewSettingsForm({ settings }: { settings: { lowRatingThreshold: number; watchedNames: string[] } }) {
  const { workspace } = useCurrent();
  const [threshold, setThreshold] = useState<number>(settings.lowRatingThreshold);
  const [names, setNames] = useState<string[]>(settings.watchedNames);
  const [saved, setSaved] = useState(false);
  const [state, update] = useMutation(UpdateReviewSettings);
  const errors = fieldErrors(state.error);
  useEffect(() => setSaved(false), [threshold, names]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await update({ input: { workspaceId: workspace.id, lowRatingThreshold: threshold, watchedNames: names } })).data) setSaved(true);
  };
  return (
    <form onSubmit={submit} aria-label="Review settings">
      <Stack gap="xs">
        <NumberInput
          label="Urgent at or below"
          description="Reviews rated this many stars or fewer are marked urgent (1–5)."
          min={1}
          max={5}
          allowDecimal={false}
          value={threshold}
          onChange={(v) => typeof v === 'number' && setThreshold(v)}
          error={errors.lowRatingThreshold}
          w={260}
        />
        <TagsInput
          label="Watched names"
          description="Staff and competitor names: a review naming one is more suspicious. Press Enter after each."
          value={names}
          onChange={setNames}
          error={errors.watchedNames}
        />
        {state.error && !errors.lowRatingThreshold && !errors.watchedNames && <ErrorAlert error={state.error} title="Settings not saved" />}
        {saved && (
          <Done>
            Review settings saved; they apply to reviews ingested or edited from now on.
          </Done>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={state.fetching}>
            Save review settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
