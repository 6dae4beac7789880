import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadModel, type ModelHeader } from '../src/model.js';
import { DEFAULT_TRAIN_OPTIONS, train, unknownThreshold } from '../src/training/index.js';

const CORPUS = fileURLToPath(new URL('../data', import.meta.url));
const TRAIN_SCRIPT = fileURLToPath(new URL('../scripts/train.mjs', import.meta.url));
const SHIPPED_CARD = fileURLToPath(new URL('../MODEL_CARD.md', import.meta.url));
const lines = (file: string, from: number, to: number) => readFileSync(join(CORPUS, file), 'utf8').split('\n').filter(Boolean).slice(from, to);

/** A small corpus cut from the real one: the first inbound and outbound items of two languages, and a little dev. */
function corpus(dir: string, inboundLines: number): void {
  for (const split of ['train', 'dev']) mkdirSync(join(dir, split), { recursive: true });
  for (const lang of ['en', 'fr']) {
    writeFileSync(join(dir, 'train', `inbound-${lang}.jsonl`), `${lines(`train/inbound-${lang}.jsonl`, 0, inboundLines).join('\n')}\n`);
    writeFileSync(join(dir, 'train', `outbound-${lang}.jsonl`), `${lines(`train/outbound-${lang}.jsonl`, 0, 40).join('\n')}\n`);
    writeFileSync(join(dir, 'dev', `inbound-${lang}.jsonl`), `${lines(`dev/inbound-${lang}.jsonl`, 0, 15).join('\n')}\n`);
    writeFileSync(join(dir, 'dev', `outbound-${lang}.jsonl`), `${lines(`dev/outbound-${lang}.jsonl`, 0, 15).join('\n')}\n`);
  }
}

/** Trains on a corpus with small tables and returns the header and the outbound heads' quantised weights. */
function trained(root: string, name: string, inboundLines: number): { header: ModelHeader; outbound: Buffer } {
  const dataDir = join(root, `${name}-data`);
  const outDir = join(root, `${name}-model`);
  corpus(dataDir, inboundLines);
  const { header } = train({ ...DEFAULT_TRAIN_OPTIONS, bits: 12, languageBits: 10, folds: 2, augmentCopies: 1, sgd: { ...DEFAULT_TRAIN_OPTIONS.sgd, epochs: 2 }, dataDir, outDir, log: () => {} });
  const weights = gunzipSync(readFileSync(join(outDir, header.weightsFile)));
  return { header, outbound: weights.subarray(header.outbound.offset, header.language.offset) };
}

describe('model:train', () => {
  let root: string;
  beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'rapport-triage-train-'))));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('learns the outbound heads from the outbound items alone: more inbound items leave them byte for byte the same', () => {
    const fewer = trained(root, 'fewer', 40);
    const more = trained(root, 'more', 60);
    expect(more.header.inbound.bias).not.toEqual(fewer.header.inbound.bias);
    expect(more.outbound.length).toBeGreaterThan(0);
    expect(more.outbound.equals(fewer.outbound)).toBe(true);
    expect(more.header.outbound).toEqual(fewer.header.outbound);
  });

  it('trains on a corpus of your own (TRIAGE_DATA) into a folder of your own (TRIAGE_OUT), the card beside the model', () => {
    corpus(join(root, 'brand-data'), 60);
    const shippedCard = readFileSync(SHIPPED_CARD, 'utf8');
    // Relative paths, read from where the script runs, as `TRIAGE_DATA=brand-data TRIAGE_OUT=brand-model npm run model:train`.
    const run = spawnSync(process.execPath, [TRAIN_SCRIPT], {
      cwd: root,
      env: { ...process.env, TRIAGE_DATA: 'brand-data', TRIAGE_OUT: 'brand-model', TRIAGE_BITS: '12' },
      encoding: 'utf8',
    });
    expect(run.stderr).toContain(`wrote ${join(root, 'brand-model', 'MODEL_CARD.md')}`);
    expect(run.status).toBe(0);
    const model = loadModel(pathToFileURL(join(root, 'brand-model', 'triage-model.json')));
    expect(model.triageInbound('Do you deliver to Leeds on Sundays?').labels.length).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'brand-model', 'MODEL_CARD.md'), 'utf8')).toMatch(/^# Model card/);
    expect(readFileSync(SHIPPED_CARD, 'utf8')).toBe(shippedCard);
  }, 120_000);
});

describe('unknownThreshold', () => {
  it('takes the lowest threshold that finds as many other-language texts as the highest allowed one', () => {
    // Every threshold keeps known texts out of `unknown`; the held-out other-language texts are all found from 0.7 up.
    expect(unknownThreshold(() => 0, (threshold) => (threshold >= 0.7 ? 40 : 38))).toBe(0.7);
    // Finding them all takes the highest threshold: it is taken.
    expect(unknownThreshold(() => 0, (threshold) => Math.round(threshold * 100))).toBe(0.9);
  });

  it('never takes a threshold that calls too many known-language texts unknown', () => {
    // Above 0.6 more than 0.5% of the known texts would be called unknown: 0.6 finds the most among the allowed ones.
    expect(unknownThreshold((threshold) => (threshold > 0.6 ? 0.01 : 0.001), (threshold) => Math.round(threshold * 100))).toBe(0.6);
    expect(unknownThreshold(() => 0.02, () => 10)).toBe(0.2);
  });
});
