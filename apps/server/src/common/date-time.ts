import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * ISO 8601 in its everyday shapes: a date, or a date and time with optional
 * seconds, fraction and offset. Week and ordinal dates are left out on purpose:
 * JavaScript does not read them and PostgreSQL reads them differently.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/** Years 1 to 9999 (UTC): what JavaScript and PostgreSQL both store exactly, and a sane range for any date a user means. */
const EARLIEST_INSTANT = utcDate(1, 1, 1);
const LATEST_INSTANT = utcDate(10000, 1, 1) - 1;

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Whether a time of day was given (a bare date means its midnight). */
  hasTime: boolean;
  /** Minutes east of UTC, or null when the text has no offset (a wall-clock time). */
  offsetMinutes: number | null;
}

/** Midnight UTC of a day, in epoch milliseconds (Date.UTC would read years below 100 as 19xx). */
function utcDate(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcDate(year, month + 1, 0)).getUTCDate();
}

/**
 * Reads an ISO date or date-time, refusing what a lenient parser would move
 * silently (2026-02-30 becoming March 2nd) and what PostgreSQL rejects (year 0).
 */
export function readDateTime(text: string): DateTimeParts | null {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone, sign, offsetHours, offsetMinutes] = match;
  const parts: DateTimeParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? 0}`) * 1000),
    hasTime: h !== undefined,
    offsetMinutes: zone === undefined ? null : zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)),
  };
  const valid =
    parts.year >= 1 &&
    parts.month >= 1 && parts.month <= 12 &&
    parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month) &&
    parts.hour <= 23 && parts.minute <= 59 && parts.second <= 59 &&
    (offsetHours === undefined || (Number(offsetHours) <= 14 && Number(offsetMinutes) <= 59));
  return valid ? parts : null;
}

/** The instant of parts read as UTC wall-clock time, shifted by their offset when they have one. */
export function wallClockAsUtc(parts: DateTimeParts): number {
  return utcDate(parts.year, parts.month, parts.day) + ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000 + parts.millisecond;
}

/** An instant both JavaScript and PostgreSQL store exactly, or null when outside years 1 to 9999. */
export function storableInstant(epochMs: number): Date | null {
  return epochMs >= EARLIEST_INSTANT && epochMs <= LATEST_INSTANT ? new Date(epochMs) : null;
}

/**
 * The instant of an ISO date or date-time, or null when it is not a real one
 * (see readDateTime) or falls outside years 1 to 9999. Without an offset the
 * text is read as UTC.
 */
export function parseDateTime(text: string): Date | null {
  const parts = readDateTime(text);
  if (!parts) return null;
  return storableInstant(wallClockAsUtc(parts) - (parts.offsetMinutes ?? 0) * 60_000);
}

/** class-validator: an ISO date or date-time that exists and that PostgreSQL accepts (see parseDateTime). */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateTime',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseDateTime(value) !== null,
        defaultMessage: () => 'must be a real ISO 8601 date or time between the years 1 and 9999, e.g. "2026-12-01" or "2026-12-01T09:00:00Z"',
      },
    },
    options,
  );
}
