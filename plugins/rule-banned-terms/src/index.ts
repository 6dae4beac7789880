import { definePlugin } from '@rapport/plugin-sdk';
import { bannedTermsRule } from './banned-terms-rule.js';

export { bannedTermsRule, validateBannedTermsArgs, type ArgsProblem, type BannedTerm, type BannedTermsArgs } from './banned-terms-rule.js';
export { compileUserPattern, hasNestedQuantifier, MAX_PATTERN_LENGTH, type CompiledPattern } from './regex-safety.js';
export { findSpans, phrasePattern } from './spans.js';

export default definePlugin({
  name: '@rapport/plugin-rule-banned-terms',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: "Flags the workspace's own banned words and patterns: competitor names, legal no-go words.",
  rules: [bannedTermsRule],
});
