import { definePlugin } from '@rapport/plugin-sdk';
import { salesPressureRule } from './sales-pressure-rule.js';

export { salesPressureRule, type SalesPressureArgs } from './sales-pressure-rule.js';
export { isPromotional } from './sales-patterns.js';

export default definePlugin({
  name: '@rapport/plugin-rule-sales-pressure',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Flags hard-sell phrasing, and promotional posts on a channel that is turning into an ad feed.',
  rules: [salesPressureRule],
});
