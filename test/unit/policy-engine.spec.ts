import { definePlugin, type PolicyRule } from '@rapport/plugin-sdk';
import { createLogger } from '../../apps/server/src/logging/logger.js';
import { PluginRegistry } from '../../apps/server/src/plugins/plugin-registry.js';
import { PolicyEngine, type PolicySnapshot } from '../../apps/server/src/policies/policy-engine.js';
import { PolicyAction, PolicyScope, Severity } from '../../apps/server/src/policies/policy.enums.js';

describe('PolicyEngine', () => {
  it('runs a rule that several steps use with the same arguments once per text, and applies each step to its findings', async () => {
    const calls: Array<Record<string, unknown>> = [];
    const counted: PolicyRule = {
      code: 'counted',
      description: 'Flags "refund" at the severity it is given.',
      appliesTo: ['inbound_message'],
      argsSchema: { type: 'object' },
      defaultArgs: { severity: 'medium' },
      evaluate(text, _context, args) {
        calls.push(args);
        return text.includes('refund') ? [{ severity: args.severity as 'medium', message: 'refund', spans: [], labels: ['money'] }] : [];
      },
    };
    const plugin = definePlugin({ name: '@test/counted', version: '1.0.0', compatibility: '^1.0.0', rules: [counted] });
    const engine = new PolicyEngine(new PluginRegistry([{ plugin, options: {}, specifier: '@test/counted', source: '@test/counted' }]), createLogger('silent'));
    const step = (action: PolicyAction, severityThreshold: Severity, args: Record<string, unknown> = {}) => ({ rule: 'counted', args, action, severityThreshold, labels: ['refund'] });
    const policies: PolicySnapshot[] = [
      { policyId: 'p1', name: 'One', version: 1, rules: [step(PolicyAction.LABEL, Severity.INFO), step(PolicyAction.ESCALATE, Severity.HIGH)] },
      { policyId: 'p2', name: 'Two', version: 1, rules: [step(PolicyAction.HIDE, Severity.INFO), step(PolicyAction.ESCALATE, Severity.INFO, { severity: 'high' })] },
    ];

    const decision = await engine.evaluate(policies, { scope: PolicyScope.INBOUND_MESSAGE, text: 'I want a refund' });
    // Three steps share the default arguments: one run for them, one for the step with its own.
    expect(calls).toEqual([{ severity: 'medium' }, { severity: 'high' }]);
    // Each step still applies its own threshold and action: the HIGH threshold drops the medium finding.
    expect(decision.findings.map((f) => [f.policyId, f.action, f.severity])).toEqual([
      ['p1', PolicyAction.LABEL, Severity.MEDIUM],
      ['p2', PolicyAction.HIDE, Severity.MEDIUM],
      ['p2', PolicyAction.ESCALATE, Severity.HIGH],
    ]);
    expect(decision.inbound).toMatchObject({ hide: true, escalate: true, labels: ['money', 'refund'] });

    // Another text is evaluated afresh.
    await engine.evaluate(policies, { scope: PolicyScope.INBOUND_MESSAGE, text: 'Thanks' });
    expect(calls).toHaveLength(4);
  });
});
