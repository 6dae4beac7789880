import { Type } from '@nestjs/common';
import { Args, ArgsType, Field, Int, ObjectType, Parent, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, isUUID, Max, Min } from 'class-validator';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { parseDateTime } from './date-time.js';
import { entitiesFrom, queryWhereBuilderRuns, readEntities, selectColumns } from './entity-rows.js';
import { UserInputError } from './errors.js';
import { selectedProperties, type NodeSelection } from './projection.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'Return items after this cursor (an `endCursor` or edge `cursor` from a previous page).' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType({ description: 'Where a page sits in a list (Relay connection spec).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

/** The largest `countUpTo(limit:)` a client may ask for: beyond it, a count is as dear as `totalCount`. */
export const MAX_COUNT_LIMIT = 100_000;

export enum CountPrecision {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(CountPrecision, {
  name: 'CountPrecision',
  description: 'Whether a bounded count is the whole list or where counting stopped.',
  valuesMap: {
    EXACT: { description: 'The list has exactly `count` items.' },
    AT_LEAST: { description: 'The list has more than `count` items; counting stopped at the limit asked for ("1,000+").' },
  },
});

@ObjectType({ description: 'How many items a list has, counted no further than a limit, so the count costs the same at any size.' })
export class BoundedCount {
  @Field(() => Int, { description: 'The number of items, or the limit when the list is longer.' })
  count: number;

  @Field(() => CountPrecision, { description: 'EXACT, or AT_LEAST when the list has more items than the limit.' })
  precision: CountPrecision;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when read: GraphQL reads it only when `totalCount` is selected. */
  readonly totalCount: number | Promise<number>;
  /** Counts no further than `limit` (`countUpTo`), which a list of any length answers at the same cost. */
  countUpTo(limit: number): Promise<BoundedCount>;
}

/**
 * The resolvers of `countUpTo` on every connection type (one per type: a field with arguments needs a resolver),
 * registered by AppModule. ConnectionType runs when a resolver file is imported, before AppModule builds its providers.
 */
const countResolvers: Type<unknown>[] = [];
export const connectionCountResolvers = (): Type<unknown>[] => [...countResolvers];

/** `limit` as countUpTo accepts it: a whole number from 1 to MAX_COUNT_LIMIT. */
function checkedCountLimit(limit: unknown): number {
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_COUNT_LIMIT) {
    throw UserInputError.forField('limit', `must be a whole number from 1 to ${MAX_COUNT_LIMIT.toLocaleString('en-US')}`);
  }
  return limit as number;
}

/** Builds the `XConnection` and `XEdge` GraphQL types for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, nodeName: string): Type<Connection<T>> {
  @ObjectType(`${nodeName}Edge`, { description: `A ${nodeName} in a list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${nodeName}.` })
    node: T;
  }

  @ObjectType(`${nodeName}Connection`, { description: `A page of ${nodeName} items.` })
  class ConnectionTypeClass {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo: PageInfo;

    @Field(() => Int, {
      description: 'How many items the whole list has, across all pages: an exact count, which reads every matching row (use `countUpTo` for lists that grow large).',
    })
    totalCount: number;

    /** Resolved by ConnectionCountResolver below. */
    declare countUpTo: Connection<T>['countUpTo'];
  }

  @Resolver(() => ConnectionTypeClass)
  class ConnectionCountResolver {
    @ResolveField(() => BoundedCount, {
      description: `How many items the whole list has, counted no further than \`limit\` (1 to ${MAX_COUNT_LIMIT.toLocaleString('en-US')}): the same cost at any list size, so a page can say "1,000+" where \`totalCount\` would read every row.`,
    })
    countUpTo(@Parent() connection: Connection<T>, @Args('limit', { type: () => Int, description: 'Where counting stops, e.g. 1000.' }) limit: number): Promise<BoundedCount> {
      return connection.countUpTo(checkedCountLimit(limit));
    }
  }
  Object.defineProperty(ConnectionCountResolver, 'name', { value: `${nodeName}ConnectionCountResolver` });
  countResolvers.push(ConnectionCountResolver);
  return ConnectionTypeClass;
}

/** The timestamp column a list is ordered by, and which way. */
export interface SortKey {
  property: string;
  direction: 'ASC' | 'DESC';
  /** Nullable columns are sorted through coalesce(); such lists must not join (TypeORM cannot page joined rows by an expression). */
  nullable?: boolean;
}

const CREATION_ORDER: SortKey = { property: 'createdAt', direction: 'ASC' };
/** Nulls sort last either way: they stand for "never" (e.g. not waiting). */
const NULL_AS = { ASC: 'infinity', DESC: '-infinity' } as const;

/** base64url of the JSON array [value, id], written out: neither an ISO date nor a uuid needs escaping. */
function encodeCursor(value: string, id: string): string {
  return Buffer.from(`["${value}","${id}"]`, 'latin1').toString('base64url');
}

function decodeCursor(cursor: string): { value: string; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const isSortValue = typeof value === 'string' && (parseDateTime(value) !== null || value === NULL_AS.ASC || value === NULL_AS.DESC);
    if (!isSortValue || typeof id !== 'string' || !isUUID(id)) throw new Error();
    return { value, id };
  } catch {
    throw UserInputError.forField('after', 'is not a cursor returned by this list');
  }
}

/**
 * Keyset pagination, stable under inserts: ordered by a timestamp column
 * (creation order by default) then id, and the cursor is the (value, id) of
 * the last row seen. The query builder must already carry its workspace
 * scope and filters. With `selection` (the fields a GraphQL query shows),
 * only the columns they need are read.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sort: SortKey = CREATION_ORDER,
  selection?: NodeSelection,
): Promise<Connection<T>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const column = `${alias}.${sort.property}`;
  const sortExpression = sort.nullable ? `coalesce(${column}, '${NULL_AS[sort.direction]}'::timestamptz)` : column;
  const page = query.clone().orderBy(sortExpression, sort.direction).addOrderBy(`${alias}.id`, sort.direction).take(first + 1);
  const properties = selectedProperties(query.expressionMap.mainAlias!.metadata, selection, [sort.property]);
  if (properties) page.select(properties.map((property) => `${alias}.${property}`));
  if (args.after) {
    const after = decodeCursor(args.after);
    page.andWhere(`(${sortExpression}, ${alias}.id) ${sort.direction === 'ASC' ? '>' : '<'} (:afterValue::timestamptz, :afterId)`, { afterValue: after.value, afterId: after.id });
  }
  const rows = await readEntities(page);
  const countQuery = query.clone();
  let totalCount: Promise<number> | undefined;
  // A count reads every matching row; most pages never ask for it.
  return connectionOf(rows, args, sort, () => (totalCount ??= countQuery.getCount()), (limit) => countUpTo(countQuery, limit));
}

/** Counts the rows of `query` no further than `limit`: PostgreSQL stops reading at limit + 1 matching rows. */
async function countUpTo<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, limit: number): Promise<BoundedCount> {
  // With joins a row can match twice, so distinct ids are counted (as getCount() does).
  const ids = query.clone().select(`${query.alias}.id`, 'id').orderBy().limit(limit + 1);
  if (query.expressionMap.joinAttributes.length) ids.distinct(true);
  const [sql, parameters] = ids.getQueryAndParameters();
  const [{ n }] = await queryWhereBuilderRuns(query, `SELECT count(*)::int AS n FROM (${sql}) counted`, parameters);
  return boundedCount(n as number, limit);
}

function boundedCount(count: number, limit: number): BoundedCount {
  return count > limit ? { count: limit, precision: CountPrecision.AT_LEAST } : { count, precision: CountPrecision.EXACT };
}

/** A page from up to `first + 1` rows in order; `count` runs only if `totalCount` is read, `countUpTo` if it is selected. */
function connectionOf<T extends ObjectLiteral & { id: string }>(
  rows: T[],
  args: ConnectionArgs,
  sort: SortKey,
  count: () => Promise<number>,
  countUpTo: (limit: number) => Promise<BoundedCount>,
): Connection<T> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => {
    const value = node[sort.property] as Date | null;
    return { node, cursor: encodeCursor(value ? value.toISOString() : NULL_AS[sort.direction], node.id) };
  });
  return {
    edges,
    get totalCount() {
      return count();
    },
    countUpTo,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The same page of a nested list (e.g. each conversation's messages) for
 * many parents at once, in one query: per parent, an index-ordered LATERAL
 * subquery reads the page's rows (so the cost follows the page size, not the
 * list's length), and they come back as entities. Every `totalCount` read
 * shares one grouped count. Parents must already be authorised; rows are
 * also scoped to `workspaceId`. With `selection`, only the columns it needs
 * are read (callers batching parents must key their loader by it).
 */
export async function paginateByParent<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  parentProperty: string,
  parentIds: readonly string[],
  workspaceId: string,
  args: ConnectionArgs,
  sort: SortKey = CREATION_ORDER,
  selection?: NodeSelection,
): Promise<Map<string, Connection<T>>> {
  if (sort.nullable) throw new Error('paginateByParent: nullable sort keys are not supported');
  const metadata = repository.metadata;
  const column = (property: string) => metadata.findColumnWithPropertyPath(property)!.databaseName;
  const [parentColumn, sortColumn, workspaceColumn] = [column(parentProperty), column(sort.property), column('workspaceId')];
  const ids = [...new Set(parentIds)];
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const after = args.after ? decodeCursor(args.after) : null;
  const comparison = sort.direction === 'ASC' ? '>' : '<';
  const alias = 'item';
  // The rows straight from each parent's LATERAL subquery, not looked up again by id (conversations' p99 135-146 →
  // 107 ms in bench/read.mjs); plain SQL with the column list built once per entity, read back with entitiesFrom.
  const parameters: unknown[] = [ids, workspaceId, first + 1, ...(after ? [after.value, after.id] : [])];
  const rows = entitiesFrom<T>(
    repository.manager.connection,
    metadata.target,
    alias,
    await repository.query(
      `SELECT ${selectColumns(repository.manager.connection, metadata.target, alias, selectedProperties(metadata, selection, [sort.property]))}
         FROM unnest($1::uuid[]) AS parent(id) CROSS JOIN LATERAL (
           SELECT * FROM ${metadata.tablePath} child
            WHERE child.${parentColumn} = parent.id AND child.${workspaceColumn} = $2
                  ${after ? `AND (child.${sortColumn}, child.id) ${comparison} ($4::timestamptz, $5::uuid)` : ''}
            ORDER BY child.${sortColumn} ${sort.direction}, child.id ${sort.direction} LIMIT $3) ${alias}
        ORDER BY ${alias}.${sortColumn} ${sort.direction}, ${alias}.id ${sort.direction}`,
      parameters,
    ),
  );
  let counts: Promise<Map<string, number>> | undefined;
  const countAll = () =>
    (counts ??= repository
      .createQueryBuilder(alias)
      .select(`${alias}.${parentProperty}`, 'parent')
      .addSelect('count(*)::int', 'n')
      .where(`${alias}.${parentProperty} IN (:...ids) AND ${alias}.workspaceId = :workspaceId`, { ids, workspaceId })
      .groupBy(`${alias}.${parentProperty}`)
      .getRawMany<{ parent: string; n: number }>()
      .then((found) => new Map(found.map(({ parent, n }) => [parent, n]))));
  const byParent = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byParent.get(row[parentProperty] as string)?.push(row);
  // A nested list is one parent's (a conversation's messages): its exact count, shared by the page's parents, is bounded after.
  const countOf = async (id: string) => (await countAll()).get(id) ?? 0;
  return new Map(ids.map((id) => [id, connectionOf(byParent.get(id)!, args, sort, () => countOf(id), async (limit) => boundedCount(await countOf(id), limit))]));
}
