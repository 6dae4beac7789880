import { definePlugin, type Finding, type PolicyRule } from '@rapport/plugin-sdk';

interface Args {
  /** Phrases to flag, matched case-insensitively as whole words. */
  phrases: string[];
  severity: Finding['severity'];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const __CAMEL__Rule: PolicyRule<Args> = {
  code: '__CODE__',
  description: '__DESCRIPTION__',
  appliesTo: ['post', 'reply', 'inbound_message', 'review'],
  argsSchema: {
    type: 'object',
    required: ['phrases'],
    properties: {
      phrases: { type: 'array', items: { type: 'string', minLength: 1 }, title: 'Phrases to flag' },
      severity: { type: 'string', enum: ['info', 'low', 'medium', 'high', 'critical'], default: 'medium' },
    },
    additionalProperties: false,
  },
  defaultArgs: { phrases: ['example phrase'], severity: 'medium' },

  evaluate(text, _context, args) {
    if (args.phrases.length === 0) return [];
    const pattern = new RegExp(`\\b(?:${args.phrases.map(escapeRegExp).join('|')})\\b`, 'gi');
    return [...text.matchAll(pattern)].map((match) => ({
      severity: args.severity ?? 'medium',
      message: `"${match[0]}" is on the list of phrases to avoid.`,
      spans: [{ start: match.index, end: match.index + match[0].length, text: match[0] }],
      suggestion: 'Rephrase without it.',
    }));
  },
};

export default definePlugin({
  name: '__PACKAGE__',
  version: '0.1.0',
  compatibility: '^1.0.0',
  description: '__DESCRIPTION__',
  rules: [__CAMEL__Rule],
});
