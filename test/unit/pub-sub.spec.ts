import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Run in a process of its own (built by npm test), as the server would: Node prints its "possible EventEmitter
 * memory leak" warning to stderr, which is what an operator would see.
 */
describe('the in-memory pub/sub engine', () => {
  it('takes many subscribers of one topic without a "possible memory leak" warning, and delivers to each', () => {
    const provider = fileURLToPath(new URL('../../dist/apps/server/src/events/pub-sub.provider.js', import.meta.url));
    const script = `
      const { pubSubProvider } = await import(${JSON.stringify(provider)});
      const engine = pubSubProvider.useFactory({ redisUrl: undefined }, null);
      let received = 0;
      for (let i = 0; i < 50; i++) await engine.subscribe('message.added:ws', () => received++);
      await engine.publish('message.added:ws', { id: 'm1' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log(received);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('50');
    expect(run.stderr).not.toContain('MaxListenersExceededWarning');
  });
});
