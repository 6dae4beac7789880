import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Async, fieldErrors } from '../components/Async';
import { diffLines, DiffView, type DiffLine } from '../components/Diff';
import { LoadedCount, LoadMore, usePagedQuery } from '../components/LoadMore';
import { Section } from '../components/Section';
import { useCurrent } from '../context';
import { NO_COUNT, when } from '../format';
import { graphql } from '../gql';
import type { AuditLogQuery, AuditLogFilter } from '../gql/graphql';
import { useMemberOptions } from '../members';

const AuditLog = graphql(`
  query AuditLog($workspaceId: ID!, $filter: AuditLogFilter, $after: String) {
    auditLog(workspaceId: $workspaceId, filter: $filter, first: 20, after: $after) {
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
          action
          actorType
          actorId
          entityType
          entityId
          createdAt
          ip
          userAgent
          requestId
          changes {
            field
            before
            after
            redacted
          }
        }
      }
    }
  }
`);

// Names for the keys an entry's actorId may point at (members come from useMemberOptions).
const AuditApiKeys = graphql(`
  query AuditApiKeys($workspaceId: ID!) {
    apiKeys(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];
type Change = Entry['changes'][number];

/** AuditEntry.entityType in words; the filter offers these. */
const THINGS: Record<string, string> = {
  Workspace: 'Workspace',
  WorkspaceMember: 'Member',
  Invitation: 'Invitation',
  ApiKey: 'API key',
  Channel: 'Channel',
  Policy: 'Policy',
  Post: 'Post',
  ClientApprovalRequest: 'Client approval request',
  ReviewSettings: 'Review settings',
  WebhookEndpoint: 'Webhook endpoint',
};
const thing = (entityType: string) => THINGS[entityType] ?? entityType;
/** The fields that name a thing in its entries' changes. */
const NAME_FIELDS = ['name', 'displayName', 'url', 'email'];

/** A value as JSON: on one line when short, otherwise indented so a long list or object diffs line by line. */
function valueLines(change: Change, side: 'before' | 'after'): string[] {
  if (change.redacted) return [`${change.field}: ${side === 'before' ? '(secret, never stored)' : '(changed, never stored)'}`];
  const value = change[side] ?? null;
  const line = JSON.stringify(value);
  return `${change.field}: ${line.length > 80 ? JSON.stringify(value, null, 2) : line}`.split('\n');
}

/** Within each run of changed lines, the removed ones first (diffLines may put an addition first). */
function removedFirst(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let run: DiffLine[] = [];
  const flush = () => {
    out.push(...run.filter((l) => l.kind === 'removed'), ...run.filter((l) => l.kind === 'added'));
    run = [];
  };
  for (const line of lines) {
    if (line.kind !== 'same') run.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

/**
 * An entry's changes as a line diff, field by field. A creation has nothing before and a deletion nothing after,
 * so that side is left empty rather than a list of nulls.
 */
function changeDiff(changes: Change[]): DiffLine[] {
  const empty = (side: 'before' | 'after') => changes.every((c) => c.redacted || c[side] == null);
  const [noBefore, noAfter] = [empty('before'), empty('after')];
  return changes.flatMap((c) => removedFirst(diffLines(noBefore ? [] : valueLines(c, 'before'), noAfter ? [] : valueLines(c, 'after'))));
}

/** The local midnight starting a `YYYY-MM-DD` day, as an instant; `days` later for the end of a range. */
const dayStart = (date: string, days = 0) => {
  const at = new Date(`${date}T00:00:00`);
  at.setDate(at.getDate() + days);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
};

/** Settings (ADMIN): the workspace's audit log, newest first, filtered by kind of thing, action, who and days. */
export function AuditLogSection() {
  const { workspace } = useCurrent();
  const [entityType, setEntityType] = useState<string | null>(null);
  const [entity, setEntity] = useState<{ id: string; label: string } | null>(null);
  const [action, setAction] = useState('');
  const [actorId, setActorId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [typedAction] = useDebouncedValue(action.trim(), 300);
  const filter: AuditLogFilter = {
    ...(entityType && { entityType }),
    ...(entity && { entityId: entity.id }),
    ...(typedAction && { action: typedAction }),
    ...(actorId && { actorId }),
    ...(from && { from: dayStart(from) }),
    // The "to" day is included: the range ends at the next midnight.
    ...(to && { to: dayStart(to, 1) }),
  };
  const log = usePagedQuery(AuditLog, { workspaceId: workspace.id, filter }, (data) => data.auditLog);
  const members = useMemberOptions();
  const [keys] = useQuery({ query: AuditApiKeys, variables: { workspaceId: workspace.id } });
  const keyOptions = (keys.data?.apiKeys.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  // Who made a change and to which thing: members by user id (a WorkspaceMember's entityId too), keys by id, and
  // other things by the name or URL their entries record (an update lists only the fields it changed).
  const names = new Map([...members, ...keyOptions].map((o) => [o.value, o.label]));
  for (const entry of log.rows) {
    const named = entry.changes.find((c) => NAME_FIELDS.includes(c.field) && !c.redacted && typeof (c.after ?? c.before) === 'string');
    if (named && !names.has(entry.entityId)) names.set(entry.entityId, String(named.after ?? named.before));
  }
  const errors = fieldErrors(log.first.error);
  const filterError = Object.keys(errors).some((field) => field.startsWith('filter.'));
  const total = log.first.data?.auditLog.countUpTo ?? NO_COUNT;
  const chooseType = (next: string | null) => {
    setEntityType(next);
    setEntity(null);
  };
  return (
    <Section title="Audit log">
      <Text size="sm" c="dimmed">
        Who changed the workspace's settings, members, keys, channels, policies, posts' approvals and webhooks, and when. Secrets are never shown.
      </Text>
      <Group align="flex-start" gap="xs" role="group" aria-label="Audit log filters">
        <Select label="Kind of thing" placeholder="Everything" clearable data={Object.entries(THINGS).map(([value, label]) => ({ value, label }))} value={entityType} onChange={chooseType} w={200} />
        <TextInput
          label="Action"
          placeholder="e.g. webhook_endpoint.*"
          description="An exact action, or entity.* for all of one kind."
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
          error={errors['filter.action']}
          w={240}
        />
        <Select
          label="Who"
          placeholder="Anyone"
          clearable
          searchable
          data={[
            { group: 'Members', items: members },
            { group: 'API keys', items: keyOptions },
          ]}
          value={actorId}
          onChange={setActorId}
          error={errors['filter.actorId']}
          w={200}
        />
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors['filter.from']} />
        <TextInput type="date" label="To (included)" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors['filter.to']} />
      </Group>
      {entity && (
        <Group gap="xs">
          <Text size="sm">Only {entity.label}.</Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setEntity(null)}>
            Show every {thing(entityType ?? '').toLowerCase()}
          </Button>
        </Group>
      )}
      {filterError ? (
        <Text size="sm" c="dimmed" role="status">
          Correct the filter to see entries.
        </Text>
      ) : (
        <Async result={log.first} retry={log.refetch} what="the audit log" isEmpty={(d) => d.auditLog.edges.length === 0} empty={Object.keys(filter).length ? 'No change matches these filters.' : 'Nothing changed yet.'}>
          {() => (
            <Stack gap="xs">
              <Group justify="space-between">
                <LoadedCount shown={log.rows.length} total={total} noun="change" note=", newest first" />
                <Button size="compact-xs" variant="subtle" onClick={log.refetch}>
                  Refresh
                </Button>
              </Group>
              <Table aria-label="Audit log" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Who</Table.Th>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Changes</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.rows.map((entry) => (
                    <EntryRows
                      key={entry.id}
                      entry={entry}
                      names={names}
                      onOnly={(label) => {
                        setEntityType(entry.entityType);
                        setEntity({ id: entry.entityId, label });
                      }}
                    />
                  ))}
                </Table.Tbody>
              </Table>
              <LoadMore paged={log} label="Load more changes" what="changes" />
            </Stack>
          )}
        </Async>
      )}
    </Section>
  );
}

/** One entry: when, who, what (and to which thing), the fields it touched; opened, their values before and after and where the request came from. */
function EntryRows({ entry, names, onOnly }: { entry: Entry; names: Map<string, string>; onOnly: (label: string) => void }) {
  const [open, setOpen] = useState(false);
  const verb = entry.action.split('.').slice(1).join('.').replace(/_/g, ' ');
  const who =
    entry.actorType === 'SYSTEM'
      ? 'Rapport'
      : entry.actorType === 'API_KEY'
        ? `API key ${names.get(entry.actorId ?? '') ?? 'since deleted'}`
        : (names.get(entry.actorId ?? '') ?? 'A former member');
  const name = names.get(entry.entityId) ?? entry.entityId;
  const fields = entry.changes.map((c) => c.field);
  return (
    <>
      <Table.Tr>
        <Table.Td>{when(entry.createdAt)}</Table.Td>
        <Table.Td>
          <Text size="sm">{who}</Text>
          {entry.ip && (
            <Text size="xs" c="dimmed">
              from {entry.ip}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">
            {thing(entry.entityType)} {verb}
          </Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            <code>{entry.action}</code>
          </Text>
        </Table.Td>
        <Table.Td>
          {fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              No field recorded
            </Text>
          ) : (
            <Stack gap={4} align="flex-start">
              <Text size="sm" style={{ wordBreak: 'break-word' }}>
                {fields.length > 4 ? `${fields.slice(0, 4).join(', ')} and ${fields.length - 4} more` : fields.join(', ')}
              </Text>
              <Button size="compact-xs" variant={open ? 'filled' : 'light'} aria-expanded={open} aria-label={`Details: ${thing(entry.entityType)} ${verb}, ${when(entry.createdAt)}`} onClick={() => setOpen(!open)}>
                Details
              </Button>
            </Stack>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={4}>
            <Stack gap={4}>
              <DiffView lines={changeDiff(entry.changes)} label={`Changes: ${thing(entry.entityType)} ${verb}, ${when(entry.createdAt)}`} />
              <Group gap="xs" justify="space-between">
                <Text size="xs" c="dimmed">
                  {[entry.ip && `From ${entry.ip}`, entry.userAgent, entry.requestId && `request ${entry.requestId}`].filter(Boolean).join(' · ') || 'No request details recorded.'}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => onOnly(`${thing(entry.entityType)} ${name}`)}>
                  Every change to this {thing(entry.entityType).toLowerCase()}
                </Button>
              </Group>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
