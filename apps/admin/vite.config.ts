import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// `npm run dev -w apps/admin` serves the UI with hot reload and forwards the API (HTTP and graphql-ws) to a running
// server: RAPPORT_URL, http://localhost:3000 by default.
const api = process.env.RAPPORT_URL ?? 'http://localhost:3000';

/**
 * The trusted (persisted) documents manifest GraphQL Code Generator writes (src/gql/persisted-documents.json, hash ->
 * document), copied into the build as dist/persisted-documents.json: the server reads it at start
 * (RAPPORT_GRAPHQL_TRUSTED_DOCUMENTS) and runs these documents by hash. It holds only what the bundle already contains.
 */
function trustedDocumentsManifest(): Plugin {
  return {
    name: 'rapport-trusted-documents',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(new URL('./src/gql/persisted-documents.json', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'persisted-documents.json', source });
    },
  };
}

export default defineConfig({
  base: '/admin/',
  plugins: [react(), trustedDocumentsManifest()],
  server: { proxy: { '/graphql': { target: api, ws: true, changeOrigin: true } } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
