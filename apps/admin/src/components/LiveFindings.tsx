import { Stack, Text } from '@mantine/core';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { PolicyScope } from '../gql/graphql';
import { ErrorAlert } from './Async';
import { FindingList, HighlightedText, type Finding } from './Findings';
import { useTypedQuery } from './useTypedQuery';

const EvaluateDraft = graphql(`
  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!, $channelId: ID) {
    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text, channelId: $channelId) {
      findings {
        ...PolicyFindingFields
      }
    }
  }
`);

/**
 * What the enabled policies of a scope (and of the channel, when given) find in a text as it is typed: evaluatePolicy,
 * debounced, which stores nothing. `text` is the text the findings' spans point into (the debounced one).
 */
export function usePolicyFindings(text: string, scope: PolicyScope, channelId?: string) {
  const { workspace } = useCurrent();
  const { result, variables, checking } = useTypedQuery(EvaluateDraft, { workspaceId: workspace.id, scope, text, channelId: channelId ?? null }, (v) => !v.text.trim());
  const findings: Finding[] = result.data?.evaluatePolicy.findings ?? [];
  return { text: variables.text, findings, checked: !!result.data && !!variables.text.trim(), checking, error: result.error };
}

/**
 * The findings of a text as it is typed: a count, the text with the findings' spans highlighted, and the findings
 * listed; in a polite live region so a screen reader hears the count change. The policy screen's draft test and the
 * post composer (main text and each variant) use it.
 */
export function LiveFindings({
  text,
  scope,
  channelId,
  label = 'Findings',
  empty,
  size,
}: {
  text: string;
  scope: PolicyScope;
  channelId?: string;
  /** The findings list's accessible name. */
  label?: string;
  /** Shown while there is nothing to check; nothing when left out. */
  empty?: string;
  size?: 'xs';
}) {
  const { text: checkedText, findings, checked, checking, error } = usePolicyFindings(text, scope, channelId);
  const textSize = size ?? 'sm';
  return (
    <div aria-live="polite" aria-busy={checking}>
      {!checkedText.trim() ? (
        empty ? (
          <Text size={textSize} c="dimmed">
            {empty}
          </Text>
        ) : null
      ) : error ? (
        <ErrorAlert error={error} title="Could not check the text" />
      ) : !checked ? (
        <Text size={textSize} c="dimmed">
          Checking…
        </Text>
      ) : findings.length === 0 ? (
        <Text size={textSize} role="status">
          No findings{checking ? ' (checking…)' : ''}.
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size={textSize} role="status">
            {findings.length} finding{findings.length === 1 ? '' : 's'}
            {checking ? ' (checking…)' : ''}
          </Text>
          <HighlightedText text={checkedText} findings={findings} />
          <FindingList findings={findings} label={label} />
        </Stack>
      )}
    </div>
  );
}
