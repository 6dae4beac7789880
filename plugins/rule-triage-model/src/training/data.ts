import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INBOUND_LABELS, LANGUAGES, OUTBOUND_LABELS } from '../model.js';

export type Direction = 'inbound' | 'outbound';

export interface Item {
  text: string;
  lang: string;
  labels: string[];
  direction: Direction;
  /** file:line, for error messages. */
  source: string;
}

const FILE = /^(inbound|outbound)-([a-z]{2})\.jsonl$/;
const ALLOWED: Record<Direction, readonly string[]> = { inbound: INBOUND_LABELS, outbound: [...OUTBOUND_LABELS, 'fine'] };

export interface ReadReport {
  items: Item[];
  /** Lines that could not be used, with why. */
  skipped: string[];
}

/**
 * train: what the model learns and its thresholds are tuned on; dev: held out, what the shipped figures and the
 * floor test are measured on; test: written later by other authors, never trained or tuned on (measured, reported).
 */
export type Split = 'train' | 'dev' | 'test';

/** Reads data/<split>/<direction>-<lang>.jsonl (the corpus contract); bad lines are reported, not fatal. */
export function readSplit(dataDir: string, split: Split): ReadReport {
  const directory = join(dataDir, split);
  const items: Item[] = [];
  const skipped: string[] = [];
  if (!existsSync(directory)) return { items, skipped };
  for (const file of readdirSync(directory).sort()) {
    const match = FILE.exec(file);
    if (!match) continue;
    const direction = match[1] as Direction;
    readFileSync(join(directory, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const source = `${split}/${file}:${index + 1}`;
        if (!line.trim()) return;
        let parsed: { text?: unknown; lang?: unknown; labels?: unknown };
        try {
          parsed = JSON.parse(line);
        } catch {
          skipped.push(`${source}: not JSON`);
          return;
        }
        const { text, lang, labels } = parsed;
        if (typeof text !== 'string' || !text.trim()) return void skipped.push(`${source}: no text`);
        if (typeof lang !== 'string' || !(LANGUAGES as readonly string[]).includes(lang)) return void skipped.push(`${source}: lang ${String(lang)}`);
        if (!Array.isArray(labels) || labels.length === 0 || !labels.every((label) => ALLOWED[direction].includes(label))) return void skipped.push(`${source}: labels ${JSON.stringify(labels)}`);
        items.push({ text, lang, labels: labels as string[], direction, source });
      });
  }
  return { items, skipped };
}

/** Held-out texts in languages the model does not read (data/langid/<split>.jsonl): teach and test `unknown`. */
export function readOtherLanguages(dataDir: string, split: 'train' | 'dev'): Array<{ text: string; lang: string }> {
  const file = join(dataDir, 'langid', `other-${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; lang: string });
}
