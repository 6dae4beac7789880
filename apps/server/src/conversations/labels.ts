/**
 * Conversation labels are compared case-insensitively: "Booking" and "booking"
 * are one label, stored once in one canonical spelling (trimmed, lower case).
 */
export function canonicalLabel(label: string): string {
  return label.trim().toLowerCase();
}

/** The union of label lists, canonical, without duplicates or blanks, sorted. */
export function mergeLabels(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat().map(canonicalLabel).filter(Boolean))].sort();
}
