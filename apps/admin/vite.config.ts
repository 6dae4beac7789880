import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w apps/admin` serves the UI with hot reload and forwards the API (HTTP and graphql-ws) to a running
// server: RAPPORT_URL, http://localhost:3000 by default.
const api = process.env.RAPPORT_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: { proxy: { '/graphql': { target: api, ws: true, changeOrigin: true } } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
