import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/**
 * A value the server shows once (an API key's secret, an invitation link): in full, selectable, with a copy
 * button, until the admin dismisses it. Nothing keeps it afterwards.
 */
export function ShownOnce({ title, value, hint, onDone }: { title: string; value: string; hint: string; onDone: () => void }) {
  return (
    <Alert color="green" title={title} role="status">
      <Stack gap="xs">
        <Text size="sm">{hint}</Text>
        <Code block data-testid="shown-once" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {value}
        </Code>
        <Group gap="xs">
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="subtle" onClick={onDone}>
            Done, hide it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** "1 page", "2 pages": a count with its noun, plural with an s unless another plural is given. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
