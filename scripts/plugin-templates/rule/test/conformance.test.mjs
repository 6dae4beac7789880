// Runs the Rapport conformance kit on the rule with texts it must and must not flag.
import { test } from 'node:test';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin from '../dist/index.js';

test('__CODE__ rule passes the Rapport conformance kit', async () => {
  const [rule] = plugin.rules;
  const report = await runRuleConformance(rule, {
    positive: ['This is an example phrase in a post.', 'EXAMPLE PHRASE, shouted.'],
    negative: ['Nothing to see here.', 'An example, and a phrase, apart.'],
  });
  assertConformance(report);
});
