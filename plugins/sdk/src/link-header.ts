/**
 * The links of an HTTP `Link` header (RFC 8288) by relation, e.g.
 * `<https://x.example/items?max_id=7>; rel="next", <https://x.example/items?min_id=9>; rel="prev"`
 * gives `{ next: 'https://x.example/items?max_id=7', prev: 'https://x.example/items?min_id=9' }`.
 * A link with several relations (`rel="prev first"`) is listed under each; the first link of a relation wins.
 */
export function parseLinkHeader(value: string | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  // Each link is `<uri>` followed by `;`-separated parameters; URIs may contain commas, so match them whole.
  for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const [, uri, params] = match;
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').split(/\s+/).filter(Boolean);
    for (const relation of relations) links[relation.toLowerCase()] ??= uri!;
  }
  return links;
}
