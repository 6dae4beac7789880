import { Stack, Text } from '@mantine/core';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { PolicyRuleInput, PolicyScope } from '../gql/graphql';
import { ErrorAlert, fieldErrors } from './Async';
import { FindingList, HighlightedText, type Finding } from './Findings';
import { useTypedQuery } from './useTypedQuery';

const EvaluateDraft = graphql(`
  query EvaluateDraft($workspaceId: ID!, $scope: PolicyScope!, $text: String!, $channelId: ID, $draftRules: [PolicyRuleInput!]) {
    evaluatePolicy(workspaceId: $workspaceId, scope: $scope, text: $text, channelId: $channelId, draftRules: $draftRules) {
      findings {
        ...PolicyFindingFields
      }
    }
  }
`);

/**
 * What the enabled policies of a scope (and of the channel, when given) find in a text as it is typed, or the draft
 * rules alone when given: evaluatePolicy, debounced, which stores nothing. `text` is the text the findings' spans
 * point into (the debounced one).
 */
export function usePolicyFindings(text: string, scope: PolicyScope, channelId?: string, draftRules?: PolicyRuleInput[]) {
  const { workspace } = useCurrent();
  const { result, variables, checking } = useTypedQuery(
    EvaluateDraft,
    { workspaceId: workspace.id, scope, text, channelId: channelId ?? null, draftRules: draftRules ?? null },
    (v) => !v.text.trim(),
  );
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
  draftRules,
  label = 'Findings',
  empty,
  size,
}: {
  text: string;
  scope: PolicyScope;
  channelId?: string;
  /** Check against these rules alone (a policy being edited) instead of the saved policies. */
  draftRules?: PolicyRuleInput[];
  /** The findings list's accessible name. */
  label?: string;
  /** Shown while there is nothing to check; nothing when left out. */
  empty?: string;
  size?: 'xs';
}) {
  const { text: checkedText, findings, checked, checking, error } = usePolicyFindings(text, scope, channelId, draftRules);
  const textSize = size ?? 'sm';
  return (
    <div aria-live="polite" aria-busy={checking}>
      {!checkedText.trim() ? (
        empty ? (
          <Text size={textSize} c="dimmed">
            {empty}
          </Text>
        ) : null
      ) : error && draftRules && Object.keys(fieldErrors(error)).length ? (
        <Stack gap={2} role="status">
          <Text size={textSize} c="dimmed">
            The rules as edited cannot be checked yet:
          </Text>
          {Object.entries(fieldErrors(error)).map(([field, message]) => (
            <Text key={field} size={textSize} c="red.8">
              {draftRuleProblem(field, message)}
            </Text>
          ))}
        </Stack>
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

/** "draftRules.0.args.terms.0.term" → "Rule 1: ..." (the message names the rule and what is wrong). */
function draftRuleProblem(field: string, message: string): string {
  const rule = /^draftRules\.(\d+)\./.exec(field);
  return rule ? `Rule ${Number(rule[1]) + 1}: ${message}` : message;
}
