import fc from 'fast-check';
import pg from 'pg';
import { parseTimestamptz, rapportTypes } from '../../apps/server/src/database/timestamptz.js';

/** node-postgres' own parser (postgres-date), which parseTimestamptz must agree with on every string. */
const standard = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | number;
const time = (value: Date | number) => (value instanceof Date ? value.getTime() : value);

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A timestamptz as PostgreSQL writes it in DateStyle ISO: fraction trimmed of trailing zeros, offset as short as it goes. */
function written(year: number, month: number, day: number, hour: number, minute: number, second: number, micros: number, offsetSeconds: number): string {
  const fraction = micros ? `.${pad(micros, 6).replace(/0+$/, '')}` : '';
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const [h, m, s] = [Math.floor(abs / 3600), Math.floor((abs % 3600) / 60), abs % 60];
  const offset = `${sign}${pad(h)}${m || s ? `:${pad(m)}` : ''}${s ? `:${pad(s)}` : ''}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${offset}`;
}

describe('reading timestamptz', () => {
  it('gives the same instant as node-postgres for every millisecond, with 1 to 6 fraction digits', () => {
    const differing: string[] = [];
    for (let millis = 0; millis < 1000; millis++) {
      for (const micros of [millis * 1000, millis * 1000 + 1, millis * 1000 + 999, millis * 1000 + 500]) {
        const text = written(2026, 12, 6, 0, 9, 45, micros, 0);
        if (time(parseTimestamptz(text)) !== time(standard(text))) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });

  it('gives the same instant as node-postgres for any date, time, fraction and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: -15 * 3600, max: 15 * 3600 }),
        (year, month, day, hour, minute, second, micros, offset) => {
          const text = written(year, month, day, hour, minute, second, micros, offset);
          expect(time(parseTimestamptz(text))).toBe(time(standard(text)));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('hands what it does not read itself to node-postgres: infinity, BC, years before 100 or past 9999, other shapes', () => {
    for (const text of ['infinity', '-infinity', '2026-01-01 10:00:00+00 BC', '0099-03-01 10:00:00+00', '12026-01-01 10:00:00+00', '2026-01-01T10:00:00Z', '2026-01-01 10:00:00.+00', '2026-01-01 10:00:00+0a', '2026-01-01 10:00:00']) {
      expect(time(parseTimestamptz(text))).toEqual(time(standard(text)));
    }
  });

  it('is what the pool reads timestamptz with, and only that type', () => {
    expect(rapportTypes.getTypeParser(1184)).toBe(parseTimestamptz);
    expect(rapportTypes.getTypeParser(1114)).toBe(pg.types.getTypeParser(1114));
    expect(rapportTypes.getTypeParser(1184, 'binary')).toBe(pg.types.getTypeParser(1184, 'binary'));
  });
});
