#!/usr/bin/env node
// Checks the triage corpus against the contract in data/README.md:
// one JSON object per line, allowed labels only, the label-combination rules, and no leakage between
// the splits (exact or one-word-swap duplicates anywhere, or a dev or test line sharing a word 6-gram with train).
// Held-aside rounds (data/round<N>/) are checked as if they were in train, where they may go next.
// Usage: node data/validate.mjs [dataDir]   — prints counts per file and label, exits 1 on any error.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const LANGS = new Set(['en', 'fr', 'es', 'de', 'it', 'pt', 'nl']);
const LABELS = {
  inbound: ['spam', 'abuse', 'threat', 'criticism', 'question', 'praise', 'neutral'],
  outbound: ['claim', 'insensitive', 'profanity', 'sales', 'fine'],
};
const KEYS = new Set(['text', 'lang', 'labels', 'note']);
const FILE_RE = /^(inbound|outbound)-([a-z]{2})\.jsonl$/;
const NEAR_MIN_TOKENS = 5; // below this, a one-word swap is a different sentence ("ok grazie" / "ok merci")
const NGRAM = 6;

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

/** Lower case, no accents, letters and digits only; emoji-only texts keep their raw form so they still compare. */
function tokens(text) {
  const norm = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return norm.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
function key(text) {
  const t = tokens(text);
  return t.length ? t.join(' ') : text.trim();
}

function checkLabels(where, dir, labels) {
  const allowed = LABELS[dir];
  if (!Array.isArray(labels) || labels.length === 0) return err(where, 'labels must be a non-empty array');
  if (new Set(labels).size !== labels.length) err(where, 'repeated label');
  for (const l of labels) if (!allowed.includes(l)) err(where, `label "${l}" not allowed for ${dir}`);
  const has = (l) => labels.includes(l);
  if (dir === 'inbound') {
    if (has('threat') && !has('abuse')) err(where, 'threat must also carry abuse');
    if (has('spam') && has('question')) err(where, 'spam is never a question');
    if (has('neutral') && labels.length > 1) err(where, 'neutral stands alone');
    if (has('praise') && labels.some((l) => l !== 'praise' && l !== 'question'))
      err(where, 'praise stands alone (or with question)');
  } else if (has('fine') && labels.length > 1) err(where, 'fine stands alone');
}

const items = []; // { split, file, line, text, tokens }
const counts = [];
const ROUNDS = existsSync(DATA) ? readdirSync(DATA).filter((name) => /^round\d+$/.test(name)).sort() : [];
/** Train, and the rounds held aside beside it: what a dev line must not share a 6-gram with. */
const trainLike = (split) => split === 'train' || ROUNDS.includes(split);
/** Splits a repeated "ok" or emoji is counted within: train with its rounds, or each other split alone. */
const group = (split) => (trainLike(split) ? 'train' : split);
for (const split of ['train', 'dev', 'test', ...ROUNDS]) {
  const dir = join(DATA, split);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.jsonl')) continue;
    const m = FILE_RE.exec(file);
    if (!m || !LANGS.has(m[2])) {
      err(`${split}/${file}`, 'file name must be <inbound|outbound>-<lang>.jsonl');
      continue;
    }
    const [, kind, lang] = m;
    const perLabel = {};
    let n = 0;
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((raw, i) => {
      const where = `${split}/${file}:${i + 1}`;
      if (raw.trim() === '') return;
      let o;
      try {
        o = JSON.parse(raw);
      } catch (e) {
        return err(where, `invalid JSON (${e.message})`);
      }
      if (typeof o !== 'object' || o === null || Array.isArray(o)) return err(where, 'not an object');
      for (const k of Object.keys(o)) if (!KEYS.has(k)) err(where, `unknown field "${k}"`);
      if (typeof o.text !== 'string' || o.text.trim() === '') return err(where, 'text must be a non-empty string');
      if (o.lang !== lang) err(where, `lang "${o.lang}" does not match the file (${lang})`);
      if (o.note !== undefined && typeof o.note !== 'string') err(where, 'note must be a string');
      checkLabels(where, kind, o.labels);
      n++;
      if (Array.isArray(o.labels)) for (const l of o.labels) perLabel[l] = (perLabel[l] ?? 0) + 1;
      items.push({ split, lang, where, text: o.text, tokens: tokens(o.text), labels: String(o.labels) });
    });
    counts.push({ file: `${split}/${file}`, n, perLabel });
  }
}

// Exact duplicates after normalising, and near duplicates (same words but one swapped), anywhere.
const seen = new Map();
const near = new Map();
for (const it of items) {
  const k = key(it.text);
  const first = seen.get(k);
  if (!first) seen.set(k, it);
  // "ok" or an emoji may appear once per language with the same labels (within train and the rounds that may join
  // it, or within one other split); anything else repeated is a duplicate.
  else if (group(first.split) !== group(it.split) || first.lang === it.lang || first.labels !== it.labels || it.tokens.length > 2)
    err(it.where, `duplicate of ${first.where}`);
  const t = it.tokens;
  if (t.length < NEAR_MIN_TOKENS) continue;
  const mine = new Set();
  for (let i = 0; i < t.length; i++) {
    const nk = [...t.slice(0, i), '\u0000', ...t.slice(i + 1)].join(' ');
    const other = near.get(nk);
    if (other && other !== it.where && seen.get(k) === it && !mine.has(other)) {
      mine.add(other);
      err(it.where, `near duplicate (one word swapped) of ${other}`);
    }
    if (!other) near.set(nk, it.where);
  }
}

// A dev line must not share any word 6-gram with a train line: dev was written by the authors of train, after it.
// Test lines were written by other authors who never read train, so a shared 6-gram there is common phrasing
// ("for the third time this week", a carrier's phishing template): counted and printed, not an error.
const trainGrams = new Map();
for (const it of items) {
  if (!trainLike(it.split)) continue;
  for (let i = 0; i + NGRAM <= it.tokens.length; i++) {
    const g = it.tokens.slice(i, i + NGRAM).join(' ');
    if (!trainGrams.has(g)) trainGrams.set(g, it.where);
  }
}
let testSharingGrams = 0;
for (const it of items) {
  if (trainLike(it.split)) continue;
  for (let i = 0; i + NGRAM <= it.tokens.length; i++) {
    const g = it.tokens.slice(i, i + NGRAM).join(' ');
    if (trainGrams.has(g)) {
      if (it.split === 'dev') err(it.where, `shares the 6-gram "${g}" with ${trainGrams.get(g)}`);
      else testSharingGrams++;
      break;
    }
  }
}

for (const c of counts) {
  const labels = Object.entries(c.perLabel)
    .sort((a, b) => b[1] - a[1])
    .map(([l, v]) => `${l} ${v}`)
    .join(', ');
  console.log(`${c.file.padEnd(26)} ${String(c.n).padStart(5)}  ${labels}`);
}
const total = (split) => counts.filter((c) => c.file.startsWith(split)).reduce((s, c) => s + c.n, 0);
const held = ROUNDS.map((round) => `${round} ${total(`${round}/`)}`).join(', ');
console.log(`train ${total('train')} items, dev ${total('dev')} items, test ${total('test')} items${held ? `, held aside: ${held}` : ''} (${testSharingGrams} test items share a word 6-gram with train or a held-aside round)`);
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors.slice(0, 200)) console.error(`  ${e}`);
  if (errors.length > 200) console.error(`  ... and ${errors.length - 200} more`);
  process.exit(1);
}
console.log('ok');
