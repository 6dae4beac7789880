import { Text } from '@mantine/core';

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

/** A line diff (longest common subsequence): what `after` removed from and added to `before`, in order. */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      out.push({ kind: 'same', text: before[i] });
      i++;
      j++;
    } else if (j < m && (i === n || common[i][j + 1] >= common[i + 1][j])) {
      out.push({ kind: 'added', text: after[j++] });
    } else {
      out.push({ kind: 'removed', text: before[i++] });
    }
  }
  return out;
}

/**
 * A diff as a screen reader reads it too: removed lines in <del>, added ones in <ins> (announced as deletion and
 * insertion), with - and + in front for whoever cannot tell the colours apart.
 */
export function DiffView({ lines, label }: { lines: DiffLine[]; label: string }) {
  if (!lines.some((l) => l.kind !== 'same')) {
    return (
      <Text size="sm" role="status">
        No difference.
      </Text>
    );
  }
  return (
    <pre aria-label={label} tabIndex={0} style={{ fontSize: 12, margin: 0, padding: 8, overflowX: 'auto', maxHeight: 420, background: 'var(--mantine-color-gray-0)', border: '1px solid var(--mantine-color-gray-3)' }}>
      {lines.map((line, index) =>
        line.kind === 'added' ? (
          <ins key={index} style={{ display: 'block', textDecoration: 'none', background: '#d3f9d8', color: '#1b4d24' }}>
            + {line.text}
          </ins>
        ) : line.kind === 'removed' ? (
          <del key={index} style={{ display: 'block', textDecoration: 'none', background: '#ffe3e3', color: '#7a1f1f' }}>
            - {line.text}
          </del>
        ) : (
          <span key={index} style={{ display: 'block', color: '#343a40' }}>
            {'  '}
            {line.text}
          </span>
        ),
      )}
    </pre>
  );
}
