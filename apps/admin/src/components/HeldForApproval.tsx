import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { CombinedError } from 'urql';
import { useCurrent } from '../context';
import { roleAtLeast } from '../roles';
import { ErrorAlert } from './Async';
import { FindingList, type Finding } from './Findings';

/**
 * A reply an OUTBOUND_REPLY policy (REQUIRE_APPROVAL) holds, in the inbox or on a review: a badge, the findings
 * behind it, and "Approve and send" for an ADMIN (others are told an admin must approve it; the server enforces it).
 */
export function HeldForApproval({
  findings,
  findingsLabel,
  onApprove,
  approving,
  error,
}: {
  findings: Finding[];
  /** The findings list's accessible name. */
  findingsLabel: string;
  onApprove: () => void;
  approving: boolean;
  error?: CombinedError;
}) {
  const { role } = useCurrent();
  return (
    <Stack gap={4} mt={4} role="group" aria-label="Held for approval">
      <Group gap="xs">
        <Badge color="orange" variant="light">
          Held for approval
        </Badge>
        {roleAtLeast(role, 'ADMIN') ? (
          <Button size="compact-xs" loading={approving} onClick={onApprove}>
            Approve and send
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            An admin must approve it before it is sent.
          </Text>
        )}
      </Group>
      {findings.length > 0 && <FindingList findings={findings} label={findingsLabel} />}
      {error && <ErrorAlert error={error} title="Not approved" />}
    </Stack>
  );
}
