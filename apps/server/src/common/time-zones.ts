import { ValidateBy, type ValidationOptions } from 'class-validator';
import { readDateTime, storableInstant, wallClockAsUtc } from './date-time.js';

/** Whether the runtime knows this IANA time zone (Intl throws a RangeError for any other). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** class-validator: an IANA time zone, for every input that accepts one. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isTimeZone', validator: { validate: isTimeZone, defaultMessage: () => 'must be an IANA time zone such as "Europe/Paris" or "UTC"' } },
    options,
  );
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * Reads a schedule time: an ISO instant with an offset ("2026-12-01T09:00:00+01:00"
 * or "...Z") as is, or a wall-clock time without one ("2026-12-01T09:00") in
 * `timeZone` (which must be valid, see isTimeZone), DST included. Returns null
 * when it is neither, or not a real time (see readDateTime).
 */
export function parseScheduleTime(value: string, timeZone: string): Date | null {
  const parts = readDateTime(value);
  if (!parts?.hasTime) return null;
  const wallClock = wallClockAsUtc(parts);
  if (parts.offsetMinutes !== null) return storableInstant(wallClock - parts.offsetMinutes * 60_000);
  if (!storableInstant(wallClock)) return null;
  // Two passes settle the offset around DST changes.
  let instant = wallClock - offsetMinutes(new Date(wallClock), timeZone) * 60_000;
  instant = wallClock - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return storableInstant(instant);
}
