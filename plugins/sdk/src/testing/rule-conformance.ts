import { isDeepStrictEqual } from 'node:util';
import { checkJsonSchema, formatSchemaIssues, validateAgainstSchema } from '../json-schema.js';
import { FINDING_SEVERITIES, RULE_TARGETS, type Finding, type PolicyRule, type RuleContext } from '../rule.js';
import { check, checkCode, isNonEmptyString, runChecks, type CheckSpec, type ConformanceReport } from './conformance.js';

export interface RuleConformanceOptions<TArgs> {
  /** Texts the rule must flag (at least one finding each). */
  positive: string[];
  /** Texts the rule must leave alone (no finding). */
  negative: string[];
  /** Defaults to the rule's defaultArgs. */
  args?: TArgs;
  /** Defaults to `{ target: rule.appliesTo[0] }`. */
  context?: RuleContext;
  /** Time limit of each check. */
  checkTimeoutMs?: number;
}

/** Runs the conformance checks every policy rule must pass. */
export async function runRuleConformance<TArgs>(
  rule: PolicyRule<TArgs>,
  options: RuleConformanceOptions<TArgs>,
): Promise<ConformanceReport> {
  const context: RuleContext = options.context ?? { target: rule.appliesTo?.[0] ?? 'post' };
  const args = (options.args ?? rule.defaultArgs ?? {}) as TArgs;
  const evaluate = async (text: string) => rule.evaluate(text, context, args);
  const checkArgs = (label: string, value: unknown) => {
    const result = validateAgainstSchema(rule.argsSchema, value);
    check(result.valid, `${label} do not match argsSchema: ${formatSchemaIssues(result.errors)}`);
  };

  const specs: CheckSpec[] = [
    {
      name: 'metadata',
      run: () => {
        checkCode(rule.code);
        check(isNonEmptyString(rule.description), 'description must be a non-empty string');
        check(Array.isArray(rule.appliesTo) && rule.appliesTo.length > 0, 'appliesTo must list at least one target');
        const unknownTargets = rule.appliesTo.filter((target) => !RULE_TARGETS.includes(target));
        check(unknownTargets.length === 0, `appliesTo has unknown targets: ${unknownTargets.join(', ')}`);
        check(typeof rule.evaluate === 'function', 'evaluate() is required');
      },
    },
    {
      name: 'args-schema',
      run: () => {
        const result = checkJsonSchema(rule.argsSchema);
        check(result.valid, `argsSchema is not a valid JSON Schema: ${formatSchemaIssues(result.errors)}`);
      },
    },
    {
      name: 'default-args',
      skipIf: () => (rule.defaultArgs === undefined ? 'the rule has no defaultArgs' : undefined),
      run: () => checkArgs('defaultArgs', rule.defaultArgs),
    },
    {
      name: 'sample-args',
      skipIf: () => (options.args === undefined ? 'no args given' : undefined),
      run: () => checkArgs('the given args', options.args),
    },
    {
      name: 'positives-flagged',
      run: async () => {
        check(options.positive.length > 0, 'give at least one positive sample');
        const problems: string[] = [];
        for (const text of options.positive) {
          const findings = await evaluate(text);
          if (!Array.isArray(findings) || findings.length === 0) problems.push(`no finding for ${JSON.stringify(text)}`);
          else problems.push(...findings.flatMap((finding, index) => describeFindingProblems(finding, text, `finding ${index} of ${JSON.stringify(text)}`)));
        }
        check(problems.length === 0, problems.join('; '));
      },
    },
    {
      name: 'negatives-clean',
      run: async () => {
        check(options.negative.length > 0, 'give at least one negative sample');
        const flagged: string[] = [];
        for (const text of options.negative) {
          const findings = await evaluate(text);
          if (!Array.isArray(findings) || findings.length > 0) flagged.push(JSON.stringify(text));
        }
        check(flagged.length === 0, `findings for negative samples: ${flagged.join(', ')}`);
      },
    },
    {
      name: 'deterministic',
      run: async () => {
        const differing: string[] = [];
        for (const text of [...options.positive, ...options.negative]) {
          if (!isDeepStrictEqual(await evaluate(text), await evaluate(text))) differing.push(JSON.stringify(text));
        }
        check(differing.length === 0, `evaluate gave different findings for the same input: ${differing.join(', ')}`);
      },
    },
  ];
  return runChecks(`policy rule "${String(rule.code)}"`, specs, options.checkTimeoutMs);
}

function describeFindingProblems(finding: Finding, text: string, label: string): string[] {
  if (typeof finding !== 'object' || finding === null) return [`${label} must be an object`];
  const problems: string[] = [];
  if (!FINDING_SEVERITIES.includes(finding.severity)) problems.push(`${label}.severity must be one of ${FINDING_SEVERITIES.join(', ')}`);
  if (!isNonEmptyString(finding.message)) problems.push(`${label}.message must be a non-empty string`);
  if (finding.suggestion !== undefined && typeof finding.suggestion !== 'string') problems.push(`${label}.suggestion must be a string when given`);
  if (finding.labels !== undefined && !(Array.isArray(finding.labels) && finding.labels.every(isNonEmptyString))) {
    problems.push(`${label}.labels must be a list of strings when given`);
  }
  if (finding.confidence !== undefined && !(typeof finding.confidence === 'number' && finding.confidence >= 0 && finding.confidence <= 1)) {
    problems.push(`${label}.confidence must be a number from 0 to 1 when given`);
  }
  if (finding.language !== undefined && !isNonEmptyString(finding.language)) problems.push(`${label}.language must be a non-empty string when given`);
  if (!Array.isArray(finding.spans)) return [...problems, `${label}.spans must be an array`];
  finding.spans.forEach((span, index) => {
    const inside = Number.isInteger(span?.start) && Number.isInteger(span?.end) && span.start >= 0 && span.start < span.end && span.end <= text.length;
    if (!inside) problems.push(`${label}.spans[${index}] (${span?.start}..${span?.end}) is not inside the text`);
    else if (span.text !== text.slice(span.start, span.end)) problems.push(`${label}.spans[${index}].text ${JSON.stringify(span.text)} is not the text at ${span.start}..${span.end}`);
  });
  return problems;
}
