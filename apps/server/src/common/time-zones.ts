const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

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
 * `timeZone`, DST included. Returns null when it is neither.
 */
export function parseScheduleTime(value: string, timeZone: string): Date | null {
  if (WITH_OFFSET.test(value)) {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant;
  }
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const wallClockAsUtc = Date.UTC(y, mo - 1, d, h, mi, s || 0);
  // Two passes settle the offset around DST changes.
  let instant = wallClockAsUtc - offsetMinutes(new Date(wallClockAsUtc), timeZone) * 60_000;
  instant = wallClockAsUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}
