/**
 * Payloads that differ only in one list (and a key such as the channel), merged per key into as few payloads as
 * hold at most `max` entries each, in order: the deliveries of one channel that arrive together become one job.
 */
export function mergeLists<T extends { [K in F]: unknown[] }, F extends keyof T>(payloads: T[], field: F, keyOf: (payload: T) => string, max: number): T[] {
  const merged: T[] = [];
  const open = new Map<string, T>();
  for (const payload of payloads) {
    const key = keyOf(payload);
    const current = open.get(key);
    if (current && current[field].length + payload[field].length <= max) {
      current[field].push(...payload[field]);
      continue;
    }
    // Its own list, so what is merged into it leaves the caller's payload as it was.
    const copy = { ...payload, [field]: [...payload[field]] } as T;
    merged.push(copy);
    open.set(key, copy);
  }
  return merged;
}
