import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseStartError } from '../../apps/server/src/database/database-start-error.js';
import { assertEnterableByOtherUsers } from '../../apps/server/src/database/embedded-postgres.js';

describe('embedded PostgreSQL folder check (started as root)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rapport-access-'));
  });
  afterEach(() => {
    chmodSync(root, 0o755);
    rmSync(root, { recursive: true, force: true });
  });

  it('names the private folder and the fixes when the postgres user cannot enter it', () => {
    chmodSync(root, 0o700);
    const dataDir = join(root, 'clone', '.rapport', 'pgdata');
    expect(() => assertEnterableByOtherUsers([dataDir])).toThrow(`cannot enter ${root} (needed to reach ${dataDir})`);
    expect(() => assertEnterableByOtherUsers([dataDir])).toThrow(/chmod o\+x .*DATABASE_URL/);
    // Printed by `npm start` as its message alone (run.ts), no stack.
    expect(() => assertEnterableByOtherUsers([dataDir])).toThrow(DatabaseStartError);
  });

  it('accepts folders every user can enter, including a data folder not created yet', () => {
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'clone'));
    expect(() => assertEnterableByOtherUsers([join(root, 'clone', 'not-yet', 'pgdata'), root])).not.toThrow();
  });
});
