#!/usr/bin/env node
// How the shipped model's recipe compares with fastText (Debian's `fasttext` CLI, `apt-get install fasttext`) on the
// same data: both trained on data/train, both scored on data/dev with each label's threshold chosen on a held-out
// quarter of TRAIN (never on dev). Prints per-label F1 on dev. A development tool: nothing ships from here.
//
//   npx tsc -b plugins/rule-triage-model && node plugins/rule-triage-model/scripts/compare-fasttext.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featurise } from '../dist/features.js';
import { INBOUND_LABELS, OUTBOUND_LABELS } from '../dist/model.js';
import { augmentText, DEFAULT_TRAIN_OPTIONS, prng, readSplit } from '../dist/training/index.js';
import { predictOneVsRest, trainOneVsRest } from '../dist/training/linear.js';

const DATA = fileURLToPath(new URL('../data', import.meta.url));
const SEED = 7;
const BITS = 20;
const dir = mkdtempSync(join(tmpdir(), 'triage-fasttext-'));

const f1 = (tp, fp, fn) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
/** The threshold with the best F1 on tuning items, then F1 on test items. */
function scoreLabel(label, head, tuning, tuningProbs, test, testProbs) {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    let tp = 0, fp = 0, fn = 0;
    tuning.forEach((item, i) => {
      const predicted = tuningProbs[i][head] >= t;
      const gold = item.labels.includes(label);
      if (predicted && gold) tp++; else if (predicted) fp++; else if (gold) fn++;
    });
    if (f1(tp, fp, fn) > bestF1) (bestF1 = f1(tp, fp, fn)), (best = t);
  }
  let tp = 0, fp = 0, fn = 0;
  test.forEach((item, i) => {
    const predicted = testProbs[i][head] >= best;
    const gold = item.labels.includes(label);
    if (predicted && gold) tp++; else if (predicted) fp++; else if (gold) fn++;
  });
  return f1(tp, fp, fn);
}

function linear(train, labels) {
  const random = prng(SEED);
  const features = (text) => featurise(text, BITS).features;
  const examples = train.flatMap((item) => [item.text, augmentText(item.text, item.labels, random), augmentText(item.text, item.labels, random)].map((text) => {
    const f = features(text);
    return { buckets: f.buckets, values: f.values, targets: Uint8Array.from(labels, (l) => (item.labels.includes(l) ? 1 : 0)), weight: 1 };
  }));
  const weights = labels.map((l) => { const p = train.filter((i) => i.labels.includes(l)).length; return Math.min(8, Math.max(1, Math.sqrt((train.length - p) / Math.max(1, p)))); });
  const model = trainOneVsRest(examples, labels.length, BITS, weights, { ...DEFAULT_TRAIN_OPTIONS.sgd, seed: SEED });
  return (text) => { const f = features(text); return predictOneVsRest(model, f.buckets, f.values); };
}

function fasttext(train, labels, name) {
  const clean = (text) => text.replace(/\s+/g, ' ').toLowerCase();
  writeFileSync(join(dir, `${name}.train`), train.map((item) => `${item.labels.map((l) => `__label__${l}`).join(' ')} ${clean(item.text)}`).join('\n'));
  execFileSync('fasttext', ['supervised', '-input', join(dir, `${name}.train`), '-output', join(dir, name), '-loss', 'ova', '-minn', '2', '-maxn', '5', '-wordNgrams', '2', '-epoch', '25', '-lr', '0.5', '-dim', '50', '-thread', '1', '-seed', String(SEED), '-verbose', '0']);
  return (texts) => {
    writeFileSync(join(dir, `${name}.in`), texts.map(clean).join('\n'));
    const out = execFileSync('fasttext', ['predict-prob', join(dir, `${name}.bin`), join(dir, `${name}.in`), '-1', '0'], { maxBuffer: 1 << 26 }).toString().trim().split('\n');
    return out.map((line) => {
      const probs = new Float64Array(labels.length);
      const parts = line.split(' ');
      for (let i = 0; i + 1 < parts.length; i += 2) probs[labels.indexOf(parts[i].replace('__label__', ''))] = Number(parts[i + 1]);
      return probs;
    });
  };
}

try {
  const train = readSplit(DATA, 'train').items;
  const dev = readSplit(DATA, 'dev').items;
  for (const [direction, labels] of [['inbound', INBOUND_LABELS], ['outbound', OUTBOUND_LABELS]]) {
    const all = train.filter((item) => item.direction === direction);
    const random = prng(SEED);
    const shuffled = all.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.item);
    const fit = shuffled.slice(0, Math.floor(shuffled.length * 0.75));
    const tuning = shuffled.slice(fit.length);
    const test = dev.filter((item) => item.direction === direction);
    const ours = linear(fit, labels);
    const theirs = fasttext(fit, labels, direction);
    const ft = { tuning: theirs(tuning.map((i) => i.text)), test: theirs(test.map((i) => i.text)) };
    console.log(`\n${direction}: F1 on dev (${test.length} items), thresholds from a quarter of train`);
    console.log(`${'label'.padEnd(12)} ${'linear'.padStart(7)} ${'fastText'.padStart(9)}`);
    labels.forEach((label, head) => {
      const a = scoreLabel(label, head, tuning, tuning.map((i) => ours(i.text)), test, test.map((i) => ours(i.text)));
      const b = scoreLabel(label, head, tuning, ft.tuning, test, ft.test);
      console.log(`${label.padEnd(12)} ${a.toFixed(3).padStart(7)} ${b.toFixed(3).padStart(9)}`);
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
