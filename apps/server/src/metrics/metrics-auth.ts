import { constantTimeEqual } from '@rapport/plugin-sdk';

/**
 * Whether a scrape may read /metrics: with RAPPORT_METRICS_TOKEN set, only
 * with `Authorization: Bearer <token>` (compared in constant time); without
 * one, only on the separate metrics port (whose reachability is the guard).
 */
export function isAuthorizedScrape(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  return !!match && constantTimeEqual(match[1], token);
}
