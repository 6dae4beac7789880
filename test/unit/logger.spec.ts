import { Writable } from 'node:stream';
import pg from 'pg';
import { createLogger } from '../../apps/server/src/logging/logger.js';

/** What one log call writes, parsed. */
function logged(write: (logger: ReturnType<typeof createLogger>) => void): Record<string, any> {
  let line = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      line += chunk.toString();
      done();
    },
  });
  write(createLogger('info', destination));
  return JSON.parse(line);
}

describe('logged errors', () => {
  it('leave out the pg client node-postgres attaches to a pool error (it holds the connection password)', () => {
    const error = Object.assign(new pg.DatabaseError('terminating connection due to administrator command', 0, 'error'), {
      code: '57P01',
      client: new pg.Client({ connectionString: 'postgres://rapport:s3cret-password@db.internal:5432/rapport' }),
    });
    const line = logged((logger) => logger.warn({ err: error }, 'database connection lost'));
    expect(line.err).toMatchObject({ message: 'terminating connection due to administrator command', code: '57P01' });
    expect(line.err).not.toHaveProperty('client');
    expect(JSON.stringify(line)).not.toContain('s3cret-password');
  });

  it('redact the values of a failed query', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), { parameters: ['alice@example.com', 'hash'], detail: 'Key (email)=(alice@example.com) already exists.' });
    const line = logged((logger) => logger.error({ err: error }, 'insert failed'));
    expect(line.err.parameters).toBe('[redacted]');
    expect(JSON.stringify(line)).not.toContain('alice@example.com');
  });
});
