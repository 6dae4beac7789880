import { definePlugin } from '@rapport/plugin-sdk';
import { questionDetectorRule } from './question-detector-rule.js';

export { questionDetectorRule, validateQuestionDetectorArgs, type ArgsProblem, type QuestionDetectorArgs } from './question-detector-rule.js';
export { LANGUAGES, type Language } from './question-patterns.js';

export default definePlugin({
  name: '@rapport/plugin-rule-question-detector',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Marks inbound messages and reviews that ask something, in English and French, so they count as awaiting an answer.',
  rules: [questionDetectorRule],
});
