import { parseScheduleTime } from '../common/time-zones.js';

export type ScheduleTime = { at: Date; problem?: undefined } | { at?: undefined; problem: string };

/**
 * Reads when a post should publish, the one rule for schedulePost,
 * reschedulePost and importPosts: an ISO time with an offset, or a wall-clock
 * time in `timeZone` (a valid IANA zone), strictly after `now`. A time in the
 * past is refused rather than published at once, since it is most often a
 * wrong zone or year; publishPostNow is there to publish now.
 */
export function readScheduleTime(value: string, timeZone: string, now = new Date()): ScheduleTime {
  const at = parseScheduleTime(value, timeZone);
  if (!at) return { problem: `must be an ISO time with offset ("2026-12-01T09:00:00+01:00"), or a wall-clock time ("2026-12-01T09:00") in ${timeZone}` };
  if (at.getTime() <= now.getTime()) return { problem: `${at.toISOString()} is in the past; schedule a later time, or publish now with publishPostNow` };
  return { at };
}
