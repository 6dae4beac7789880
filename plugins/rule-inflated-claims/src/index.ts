import { definePlugin } from '@rapport/plugin-sdk';
import { inflatedClaimsRule } from './inflated-claims-rule.js';

export { inflatedClaimsRule, type InflatedClaimsArgs } from './inflated-claims-rule.js';
export type { ClaimKind } from './claim-patterns.js';

export default definePlugin({
  name: '@rapport/plugin-rule-inflated-claims',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Flags superlatives, guarantees and health claims a brand cannot prove, and suggests checkable alternatives.',
  rules: [inflatedClaimsRule],
});
