// Which plugins this Rapport installation loads. Add a package name or a path
// (relative to this file), optionally with options; see docs/plugins.md.
export default {
  plugins: [
    // A simulated social network and review site, run inside Rapport on port 4010
    // so the whole loop works on `npm start` with no internet. Remove it in production.
    ['@rapport/plugin-network-sandbox', { baseUrl: 'http://127.0.0.1:4010', embedded: true }],
  ],
};
