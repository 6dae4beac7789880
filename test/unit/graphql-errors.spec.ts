import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { createErrorFormatter } from '../../apps/server/src/common/graphql-errors.js';
import { NotFoundError } from '../../apps/server/src/common/errors.js';
import { createLogger } from '../../apps/server/src/logging/logger.js';

const logger = createLogger('silent');
const withStack = (code: string) => ({ message: 'boom at /srv/app.js:1', path: ['x'], extensions: { code, stacktrace: ['Error: boom', '    at /srv/app.js:1:1'] } });

describe('error formatting', () => {
  it('hides unexpected errors behind INTERNAL_SERVER_ERROR in production, never with a stack trace', () => {
    const formatted = createErrorFormatter(logger, false)(withStack('INTERNAL_SERVER_ERROR'), new GraphQLError('x', { path: ['x'], originalError: new TypeError('db password is hunter2') }));
    expect(formatted).toEqual({ message: 'Internal server error', path: ['x'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('shows the real message of unexpected errors in development, still without a stack trace', () => {
    const formatted = createErrorFormatter(logger, true)(withStack('INTERNAL_SERVER_ERROR'), new GraphQLError('x', { path: ['x'], originalError: new TypeError('cannot read x of undefined') }));
    expect(formatted.message).toBe('cannot read x of undefined');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it("keeps Rapport's own errors and their code, minus the stack trace", () => {
    const error = new NotFoundError('Workspace', 'abc');
    const formatted = createErrorFormatter(logger, false)({ message: error.message, extensions: { code: 'NOT_FOUND', entity: 'Workspace', stacktrace: ['...'] } }, new GraphQLError('x', { path: ['x'], originalError: error }));
    expect(formatted).toEqual({ message: 'Workspace "abc" was not found.', extensions: { code: 'NOT_FOUND', entity: 'Workspace' } });
  });

  it('reports a transaction PostgreSQL rolled back as a deadlock victim as CONFLICT, asking to try again', () => {
    const deadlock = new QueryFailedError('DELETE FROM x', [], Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    const formatted = createErrorFormatter(logger, true)(withStack('INTERNAL_SERVER_ERROR'), new GraphQLError('x', { path: ['x'], originalError: deadlock }));
    expect(formatted).toEqual({ message: expect.stringContaining('try again'), path: ['x'], locations: undefined, extensions: { code: 'CONFLICT' } });
  });

  it('still hides any other database error behind INTERNAL_SERVER_ERROR', () => {
    const broken = new QueryFailedError('SELECT', [], Object.assign(new Error('column "x" does not exist'), { code: '42703' }));
    expect(createErrorFormatter(logger, false)(withStack('INTERNAL_SERVER_ERROR'), new GraphQLError('x', { path: ['x'], originalError: broken })).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
