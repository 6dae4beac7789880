// `npm run bench` runs every benchmark, `npm run bench -- <name> [<name>...]`
// only those, one after the other (each in its own process, on the built
// dist/). Each prints its tables and writes its figures to bench/results/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = {
  read: 'read.mjs',
  ingest: 'ingest.mjs',
  fanout: 'fanout.mjs',
  publish: 'publish.mjs',
  policies: 'policies.mjs',
  startup: 'startup.mjs',
  moderation: 'moderation.mjs',
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !BENCHES[name]);
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const failed = [];
for (const name of asked.length ? asked : Object.keys(BENCHES)) {
  console.log(`\n==================== bench: ${name}`);
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(BENCHES[name], import.meta.url))], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(`${name} (exit ${run.status ?? run.signal})`);
}
if (failed.length) {
  console.log(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
