import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../apps/server/src/config/project-root.js';

const run = promisify(execFile);

/**
 * The admin's GraphQL types (apps/admin/src/gql, src/introspection.ts) are generated from the committed
 * apps/server/schema.graphql and its operations, and committed. This fails while they are stale: run
 * `npm run codegen -w apps/admin` and commit the result.
 */
it('keeps the admin UI generated GraphQL types in step with the schema and its operations', async () => {
  const cli = join(PROJECT_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');
  const check = await run(process.execPath, [cli, '--config', 'codegen.json', '--check'], { cwd: join(PROJECT_ROOT, 'apps/admin') }).then(
    () => 'up to date',
    (error: { stdout: string; stderr: string }) => `stale:\n${error.stdout}${error.stderr}`,
  );
  expect(check).toBe('up to date');
});
