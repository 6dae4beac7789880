/** How the admin writes instants and shares, the same on every screen. */

/** An instant in the reader's locale and zone; `missing` when there is none. */
export function when(iso: string | null | undefined, missing = '—'): string {
  return iso ? new Date(iso).toLocaleString() : missing;
}

/** A share (0–1) as a whole percentage, "42 %" (compact: "42%"); "—" when there is none. */
export function percent(share: number | null | undefined, { compact = false }: { compact?: boolean } = {}): string {
  return share == null ? '—' : `${Math.round(share * 100)}${compact ? '' : ' '}%`;
}

/** A list's size as `countUpTo` gives it: counted no further than its limit, so a long list reads "1,000+". */
export interface BoundedCount {
  count: number;
  precision: 'EXACT' | 'AT_LEAST';
}

/** Before a list's first page has come. */
export const NO_COUNT: BoundedCount = { count: 0, precision: 'EXACT' };

/** "12", "1,000+". */
export function countText({ count, precision }: BoundedCount): string {
  return `${count.toLocaleString('en-US')}${precision === 'AT_LEAST' ? '+' : ''}`;
}
