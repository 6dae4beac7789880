import { Badge, Group, List, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import type { PolicyAction, Severity } from '../gql/graphql';

/** What the admin shows of a policy finding, wherever findings are listed (draft checks, reviews, backtests). */
export const PolicyFindingFields = graphql(`
  fragment PolicyFindingFields on PolicyFindingType {
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
`);

export interface Finding {
  policyName: string;
  rule: string;
  action: PolicyAction;
  severity: Severity;
  message: string;
  suggestion?: string | null;
  spans: Array<{ start: number; end: number; text: string }>;
}

/** Badge colours; with autoContrast each badge's text meets WCAG AA on its colour (orange's filled shade did not, with white text). */
const SEVERITY_COLOR: Record<Severity, string> = { INFO: 'gray', LOW: 'blue', MEDIUM: 'yellow', HIGH: 'red.8', CRITICAL: 'red.9' };

/** The text with every finding's spans marked (<mark>, read as "highlighted" by screen readers); overlapping spans merge. */
export function HighlightedText({ text, findings }: { text: string; findings: Finding[] }) {
  const ranges = findings
    .flatMap((f) => f.spans)
    .filter((s) => s.end > s.start && s.start < text.length)
    .sort((a, b) => a.start - b.start)
    .reduce<Array<[number, number]>>((merged, s) => {
      const last = merged[merged.length - 1];
      if (last && s.start <= last[1]) last[1] = Math.max(last[1], s.end);
      else merged.push([s.start, Math.min(s.end, text.length)]);
      return merged;
    }, []);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="highlighted-text">
      {parts}
    </Text>
  );
}

/** What the policies found: severity, the rule and policy, the message, a suggestion, and the words it is about. */
export function FindingList({ findings, label = 'Findings' }: { findings: Finding[]; label?: string }) {
  return (
    <List aria-label={label} listStyleType="none" spacing="xs" p={0}>
      {findings.map((f, i) => (
        <List.Item key={i}>
          <Paper withBorder p="xs">
            <Group gap={6}>
              <Badge size="sm" autoContrast color={SEVERITY_COLOR[f.severity]}>
                {f.severity}
              </Badge>
              <Badge size="sm" variant="outline">
                {f.action}
              </Badge>
              <Text size="xs" c="dimmed">
                {f.rule} · {f.policyName}
              </Text>
            </Group>
            <Text size="sm" mt={4}>
              {f.message}
            </Text>
            {f.spans.length > 0 && (
              <Text size="xs" c="dimmed">
                About: {f.spans.map((s) => `“${s.text}”`).join(', ')}
              </Text>
            )}
            {f.suggestion && <Text size="xs">Suggestion: {f.suggestion}</Text>}
          </Paper>
        </List.Item>
      ))}
    </List>
  );
}
