import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VALIDATE = fileURLToPath(new URL('../data/validate.mjs', import.meta.url));
const validate = (dataDir?: string) => spawnSync(process.execPath, dataDir ? [VALIDATE, dataDir] : [VALIDATE], { encoding: 'utf8' });
const line = (text: string, labels: string[], lang = 'en') => JSON.stringify({ text, lang, labels });

/** The corpus contract of data/README.md, checked by data/validate.mjs, on the shipped corpus and on small ones. */
describe('the triage corpus (data/validate.mjs)', () => {
  let root: string;
  beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'rapport-triage-corpus-'))));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A corpus of a few lines: train, dev and one held-aside round. */
  function corpus(name: string, round: string[]): string {
    const dir = join(root, name);
    const files: Record<string, string[]> = {
      'train/inbound-en.jsonl': [line('The soup was cold and the waiter never came back to our table', ['criticism']), line('Do you have gluten free bread on Sundays?', ['question'])],
      'dev/inbound-en.jsonl': [line('Booked a ski lesson for 9am and the instructor turned up at eleven', ['criticism'])],
      'round99/inbound-en.jsonl': round,
    };
    for (const [file, lines] of Object.entries(files)) {
      mkdirSync(join(dir, file.split('/')[0]), { recursive: true });
      writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
    }
    return dir;
  }

  it('holds the shipped corpus, held-aside rounds included, to its contract', () => {
    const result = validate();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/held aside: (round\d+ \d+, )*round\d+ \d+ /);
  });

  it('passes a held-aside round of new lines', () => {
    const result = validate(corpus('clean', [line('Lovely staff at the climbing wall, my kids had a blast', ['praise'])]));
    expect(result.status).toBe(0);
  });

  it('refuses a held-aside round that repeats a train line, or shares a word 6-gram with a dev line', () => {
    const repeated = validate(corpus('repeated', [line('the soup was cold and the waiter never came back to our table!', ['criticism'])]));
    expect(repeated.status).toBe(1);
    expect(repeated.stderr).toContain('round99/inbound-en.jsonl:1: duplicate of train/inbound-en.jsonl:1');
    const leaking = validate(corpus('leaking', [line('Honestly the instructor turned up at eleven again today', ['criticism'])]));
    expect(leaking.status).toBe(1);
    expect(leaking.stderr).toContain('shares the 6-gram "the instructor turned up at eleven" with round99/inbound-en.jsonl:1');
  });

  it('refuses labels that break the combination rules', () => {
    const result = validate(corpus('labels', [line('Buy followers now, can I DM you?', ['spam', 'question'])]));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('round99/inbound-en.jsonl:1');
  });
});
