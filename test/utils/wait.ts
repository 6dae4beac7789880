/**
 * Polling for what the server does in the background (jobs, webhooks, syncs): the probe is asked every 100 ms
 * until it answers, and the test fails naming what it waited for when it does not in time.
 */
async function poll<T>(what: string, probe: () => Promise<T> | T, ready: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The probe's first truthy answer (undefined, null, false, 0 and '' mean "not yet"). */
export function until<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
  return poll(what, probe, Boolean, timeoutMs) as Promise<T>;
}

/** The probe's first answer other than undefined (so null, false and 0 are answers). */
export function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  return poll(what, probe, (value) => value !== undefined, timeoutMs) as Promise<T>;
}
