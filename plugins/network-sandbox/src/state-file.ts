import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A JSON file holding one value (Maps included), replaced atomically on every
 * write: the new content goes to a temporary file that is then renamed over
 * the old one, so a crash mid-write leaves the previous state, never half of one.
 */
export class JsonStateFile<T> {
  constructor(
    readonly path: string,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * The saved value, or undefined when there is none yet. A file that is not
   * valid JSON or fails `check` is moved aside (`<path>.corrupt-<time>`) with a
   * warning, and undefined is returned: the caller starts afresh.
   */
  read(check: (value: unknown) => string | undefined): T | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let problem: string | undefined;
    let value: unknown;
    try {
      value = JSON.parse(text, revive);
      problem = check(value);
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem === undefined) return value as T;
    const aside = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.path, aside);
    this.warn(`state file ${this.path} is unreadable (${problem}); moved it to ${aside} and started empty`);
    return undefined;
  }

  /** Replaces the file's content; a failure (disk full, no permission) is warned about, not thrown. */
  write(value: T): void {
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, JSON.stringify(value, replace));
      renameSync(temporary, this.path);
    } catch (error) {
      this.warn(`could not write state file ${this.path} (${(error as Error).message}); the latest changes are in memory only`);
    }
  }
}

function replace(_key: string, value: unknown): unknown {
  return value instanceof Map ? { $map: [...value] } : value;
}

function revive(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = (value as { $map?: unknown }).$map;
  return Array.isArray(entries) && Object.keys(value).length === 1 ? new Map(entries as Array<[unknown, unknown]>) : value;
}
