import { classifyAddress, isOutboundBlockedError, type OutboundGuard } from '@rapport/plugin-sdk';
import { isIP } from 'node:net';

const MAX_URL_LENGTH = 2000;
const LOOKUP_TIMEOUT_MS = 3000;

/**
 * Why a webhook URL cannot be registered, or null. It must be an absolute
 * http(s) URL without credentials, and pass the same outbound guard as every
 * delivery (the address it resolves to now included: a name that points at
 * the private network is refused here rather than at the first delivery).
 * Plain http is accepted only for destinations the guard lets through as
 * non-public (loopback outside production, RAPPORT_OUTBOUND_ALLOW): a public
 * endpoint must use https, as event data crosses the internet.
 */
export async function webhookUrlProblem(raw: string, guard: OutboundGuard): Promise<string | null> {
  if (raw.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  if (!URL.canParse(raw)) return 'must be an absolute URL, e.g. https://example.com/hooks/rapport';
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must use https, not ${url.protocol.replace(/:$/, '')}`;
  if (url.username || url.password) return 'must not contain credentials (user:password@); authenticate deliveries by their signature';
  if (!url.hostname) return 'must name a host';
  let addresses: string[] | null;
  try {
    guard.assertUrl(url);
    addresses = await resolve(guard, url);
  } catch (error) {
    if (isOutboundBlockedError(error)) return error.message;
    throw error;
  }
  const internal = addresses !== null && addresses.length > 0 && addresses.every((address) => classifyAddress(address) !== null);
  if (url.protocol === 'http:' && !internal) return 'must use https (plain http only reaches allowed internal destinations)';
  return null;
}

/**
 * The addresses the URL's host resolves to through the guard (which refuses
 * a blocked one), or null when it does not resolve now (the name may not
 * exist yet; deliveries are checked again on every attempt).
 */
function resolve(guard: OutboundGuard, url: URL): Promise<string[] | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return Promise.resolve([host]);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => done(null), LOOKUP_TIMEOUT_MS);
    guard.lookupFor(url)(host, { all: true }, (error: NodeJS.ErrnoException | null, found: unknown) => {
      clearTimeout(timer);
      if (isOutboundBlockedError(error)) fail(error);
      else if (error) done(null);
      else done((found as Array<{ address: string }>).map(({ address }) => address));
    });
  });
}
