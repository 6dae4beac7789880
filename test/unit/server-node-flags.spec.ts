import { readFileSync } from 'node:fs';
import { SERVER_NODE_FLAGS } from '../../bench/lib/common.mjs';

/**
 * The server runs with the same Node flags however it is started (npm start, the Docker image), and the benchmarks
 * measure it with them: a flag changed in one place only would make the figures describe a server nobody runs.
 */
describe('the Node flags the server runs with', () => {
  const root = new URL('../../', import.meta.url);
  const flagsBefore = (command: string[]) => command.slice(0, command.findIndex((part) => part.endsWith('dist/apps/server/src/main.js'))).filter((part) => part.startsWith('--'));

  it('are the same in npm start, the Dockerfile and the benchmarks', () => {
    const start = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).scripts.start as string;
    const startCommand = start.split('&&').at(-1)!.trim().split(/\s+/);
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]) as string[];
    expect(SERVER_NODE_FLAGS.length).toBeGreaterThan(0);
    expect(flagsBefore(startCommand)).toEqual(SERVER_NODE_FLAGS);
    expect(flagsBefore(cmd)).toEqual(SERVER_NODE_FLAGS);
  });
});
