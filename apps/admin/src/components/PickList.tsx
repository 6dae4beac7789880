import { Box, Paper, ScrollArea, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BoundedCount } from '../format';
import { LoadedCount } from './LoadMore';

/**
 * A list to pick one row from, to open it beside the list (the inbox's conversations, the reviews): how many are
 * shown of how many, then each row as a button, the picked one marked current.
 */
export function PickList<T extends { id: string }>({
  rows,
  total,
  noun,
  label,
  selected,
  onSelect,
  children,
}: {
  rows: T[];
  /** The list's size, counted up to a limit ("1,000+"). */
  total: BoundedCount;
  /** One row's name, made plural with an s: "conversation", "review". */
  noun: string;
  /** The list's accessible name. */
  label: string;
  selected: string | null;
  onSelect: (id: string) => void;
  children: (row: T) => ReactNode;
}) {
  return (
    <Paper withBorder>
      <Box p="xs">
        <LoadedCount shown={rows.length} total={total} noun={noun} />
      </Box>
      <ScrollArea.Autosize mah="70vh">
        <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li key={row.id}>
              <UnstyledButton
                onClick={() => onSelect(row.id)}
                aria-current={row.id === selected ? 'true' : undefined}
                p="sm"
                w="100%"
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)', background: row.id === selected ? 'var(--mantine-color-blue-0)' : undefined }}
              >
                {children(row)}
              </UnstyledButton>
            </li>
          ))}
        </ul>
      </ScrollArea.Autosize>
    </Paper>
  );
}
