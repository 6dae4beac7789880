import { Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type CombinedError, type OperationResult, type TypedDocumentNode, type UseQueryArgs, type UseQueryState } from 'urql';
import { ErrorAlert } from './Async';
import { countText, type BoundedCount } from '../format';
import { plural } from './Secret';

/** What a paged list needs of a Relay connection. */
interface Connection<Node> {
  edges: Array<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PagedQuery<Data, Node> {
  /** The first page's query state, for the screen's loading, error and empty states (`Async`). */
  first: UseQueryState<Data>;
  refetch: () => void;
  /** Every loaded page's rows in order, each row once (a live change may move a row to a later page). */
  rows: Node[];
  hasNextPage: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  /** Why the last page asked for did not load; "Load more" asks for it again. */
  moreError?: CombinedError;
}

/**
 * A Relay connection read page by page ("Load more", `after` = the last page's `endCursor`). The first page is an
 * ordinary query; each later page is a query of its own that stays subscribed, so Graphcache keeps every loaded page
 * current: a changed object lands in it, and a list invalidated by a live event refetches each page, not only the
 * first (Graphcache's relayPagination() would refetch only the last page asked for). Pages belong to the variables
 * they were loaded with: changing a filter starts again from the first page. A page that fails is dropped (with the
 * pages after it) and its error kept, so "Load more" asks for it again.
 */
export function usePagedQuery<Data, Variables extends AnyVariables, Node extends { id: string }>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  connectionOf: (data: Data) => Connection<Node>,
): PagedQuery<Data, Node> {
  const client = useClient();
  const [first, refetchFirst] = useQuery({ query, variables } as UseQueryArgs<Variables, Data>);
  const key = JSON.stringify(variables);
  const [cursors, setCursors] = useState<{ key: string; after: string[]; error?: CombinedError }>({ key, after: [] });
  const { after, error: moreError } = cursors.key === key ? cursors : { after: [], error: undefined };
  const [later, setLater] = useState<Record<string, OperationResult<Data>>>({});
  useEffect(() => {
    const subscriptions = after.map((cursor, index) =>
      client.query(query, { ...variables, after: cursor }).subscribe((result) => {
        if (result.error && !result.data) setCursors({ key, after: after.slice(0, index), error: result.error });
        // Pages of earlier filter settings are let go: going back to them starts from their first page anyway.
        else setLater((pages) => ({ ...Object.fromEntries(Object.entries(pages).filter(([page]) => page.startsWith(`${key}\n`))), [`${key}\n${cursor}`]: result }));
      }),
    );
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
    // The variables are in the key; the cursors change only when a page is added or dropped.
  }, [client, query, key, after.join('\n')]);

  const pages = [first.data, ...after.map((cursor) => later[`${key}\n${cursor}`]?.data)].map((data) => (data ? connectionOf(data) : undefined));
  const seen = new Set<string>();
  const rows = pages.flatMap((page) => page?.edges.map((e) => e.node) ?? []).filter((row) => !seen.has(row.id) && (seen.add(row.id), true));
  const last = pages[pages.length - 1];
  return {
    first,
    refetch: () => refetchFirst({ requestPolicy: 'network-only' }),
    rows,
    hasNextPage: Boolean(last?.pageInfo.hasNextPage),
    loadMore: () => {
      const endCursor = last?.pageInfo.endCursor;
      if (endCursor) setCursors({ key, after: [...after, endCursor] });
    },
    loadingMore: after.length > 0 && !last,
    moreError,
  };
}

/** "Load more" under a paged list: shown while pages follow, busy while one loads; a failure is shown above it. */
export function LoadMore({ paged, label, what }: { paged: Pick<PagedQuery<unknown, unknown>, 'hasNextPage' | 'loadMore' | 'loadingMore' | 'moreError'>; label: string; what: string }) {
  return (
    <>
      {paged.moreError && <ErrorAlert error={paged.moreError} title={`Could not load more ${what}`} />}
      {(paged.hasNextPage || paged.loadingMore) && (
        <Button variant="light" onClick={paged.loadMore} loading={paged.loadingMore}>
          {label}
        </Button>
      )}
    </>
  );
}

/**
 * The count above a paged list: "50 of 120 members" while pages remain to load (after `lead`, e.g. "The latest "),
 * else "120 members"; `note` follows it. `total` is an exact count, or a bounded one ("50 of 1,000+ changes").
 */
export function LoadedCount({ shown, total, noun, many, lead = '', note = '' }: { shown: number; total: number | BoundedCount; noun: string; many?: string; lead?: string; note?: string }) {
  const bounded = typeof total === 'number' ? { count: total, precision: 'EXACT' as const } : total;
  const all = bounded.precision === 'AT_LEAST' ? `${countText(bounded)} ${many ?? `${noun}s`}` : plural(bounded.count, noun, many);
  return (
    <Text size="xs" c="dimmed" aria-live="polite">
      {shown < bounded.count || bounded.precision === 'AT_LEAST' ? `${lead}${shown} of ${all}` : all}
      {note}
    </Text>
  );
}
