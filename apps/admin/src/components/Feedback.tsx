import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a mutation just did, said once it succeeded (a live region, so screen readers read it). */
export function Done({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="green.8" role="status">
      {children}
    </Text>
  );
}

/**
 * The inline "are you sure" of a destructive action: the question, the red button that does it and the one that
 * backs out. `compact` fits it in a row of compact buttons; `label` names it as a group for screen readers.
 */
export function ConfirmInline({
  question,
  confirm = 'Delete for good',
  cancel = 'Keep it',
  loading,
  onConfirm,
  onCancel,
  compact = false,
  label,
}: {
  question: ReactNode;
  confirm?: string;
  cancel?: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  compact?: boolean;
  label?: string;
}) {
  return (
    <Group gap={compact ? 4 : 'xs'} role={label ? 'group' : undefined} aria-label={label}>
      <Text size={compact ? 'xs' : 'sm'}>{question}</Text>
      <Button size={compact ? 'compact-xs' : 'xs'} color="red" loading={loading} onClick={onConfirm}>
        {confirm}
      </Button>
      <Button size={compact ? 'compact-xs' : 'xs'} variant={compact ? 'default' : 'subtle'} onClick={onCancel}>
        {cancel}
      </Button>
    </Group>
  );
}

/** One labelled figure (a count, a rate, a duration); `framed` draws it as a card of its own, `tone` flags it. */
export function Figure({ label, value, tone, framed = false }: { label: string; value: ReactNode; tone?: 'alert'; framed?: boolean }) {
  const body = (
    <>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={tone === 'alert' ? 'red' : undefined}>
        {value}
      </Text>
    </>
  );
  return framed ? (
    <Paper withBorder p="md">
      {body}
    </Paper>
  ) : (
    <div>{body}</div>
  );
}
