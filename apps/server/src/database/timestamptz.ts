import pg from 'pg';

const TIMESTAMPTZ_OID = 1184;
const standard = pg.types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date | number;

/** The two-digit (or `length`-digit) number at `at`, or -1 when a character there is not a digit. */
function digits(text: string, at: number, length = 2): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A `timestamptz` as PostgreSQL writes it with DateStyle ISO (`2026-12-06 00:09:45.176+00`, `...+05:30`), read
 * without regular expressions: node-postgres' own parser (postgres-date) was about 5% of a list request's CPU, a
 * list page holding a few hundred timestamps. Anything else (years before 100 or past 9999, BC, infinity, another
 * DateStyle) goes to that parser, which gives the same Date for the strings read here (test/unit/timestamptz.spec.ts).
 */
export function parseTimestamptz(text: string): Date | number {
  const length = text.length;
  if (length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return standard(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5);
  const day = digits(text, 8);
  const hour = digits(text, 11);
  const minute = digits(text, 14);
  const second = digits(text, 17);
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return standard(text);
  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === 46) {
    // Microseconds are cut to milliseconds, as Date holds them.
    const start = ++at;
    while (at < length && digits(text, at, 1) >= 0) at++;
    if (at === start) return standard(text);
    for (let i = start; i < start + 3; i++) milliseconds = milliseconds * 10 + (i < at ? text.charCodeAt(i) - 48 : 0);
  }
  const sign = text.charCodeAt(at) === 43 ? 1 : text.charCodeAt(at) === 45 ? -1 : 0;
  if (!sign) return standard(text);
  let offsetSeconds = 0;
  for (let part = 0, scale = 3600; part < 3 && at < length; part++, scale /= 60) {
    // "+05", then ":30", then ":15"
    if (part > 0 && text.charCodeAt(at) !== 58) return standard(text);
    const value = digits(text, at + 1);
    if (value < 0) return standard(text);
    offsetSeconds += value * scale;
    at += 3;
  }
  if (at !== length) return standard(text);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - sign * offsetSeconds * 1000);
}

/** node-postgres' type parsers with `timestamptz` read by parseTimestamptz: for the pool's `types` option. */
export const rapportTypes = {
  getTypeParser(oid: number, format: 'text' | 'binary' = 'text') {
    return oid === TIMESTAMPTZ_OID && format === 'text' ? parseTimestamptz : pg.types.getTypeParser(oid, format);
  },
};
