// Which plugins this Rapport installation loads. Add a package name or a path
// (relative to this file), optionally with options; see docs/plugins.md.
export default {
  plugins: [
    // A simulated social network and review site, run inside Rapport on port 4010
    // so the whole loop works on `npm start` with no internet. Remove it in production
    // (where loopback is refused to plugins unless RAPPORT_OUTBOUND_ALLOW=127.0.0.1:4010).
    ['@rapport/plugin-network-sandbox', { baseUrl: 'http://127.0.0.1:4010', embedded: true }],

    // Built-in policy rules (see ruleTypes in the API and docs/policies.md).
    '@rapport/plugin-rule-profanity',
    '@rapport/plugin-rule-inclusive-language',
    '@rapport/plugin-rule-inflated-claims',
    '@rapport/plugin-rule-sales-pressure',
    '@rapport/plugin-rule-spam',
    '@rapport/plugin-rule-sentiment-and-criticism',
    '@rapport/plugin-rule-banned-terms',
    '@rapport/plugin-rule-question-detector',
    // A trained multilingual model (weights inside the package): when loaded, the starter policies triage with it.
    '@rapport/plugin-rule-triage-model',
  ],
};
