import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, isUUID, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { parseDateTime } from './date-time.js';
import { UserInputError } from './errors.js';

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

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when read: GraphQL reads it only when `totalCount` is selected. */
  readonly totalCount: number | Promise<number>;
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

    @Field(() => Int, { description: 'How many items the whole list has, across all pages.' })
    totalCount: number;
  }
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

function encodeCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
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
 * scope and filters.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sort: SortKey = CREATION_ORDER,
): Promise<Connection<T>> {
  const alias = query.alias;
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const column = `${alias}.${sort.property}`;
  const sortExpression = sort.nullable ? `coalesce(${column}, '${NULL_AS[sort.direction]}'::timestamptz)` : column;
  const page = query.clone().orderBy(sortExpression, sort.direction).addOrderBy(`${alias}.id`, sort.direction).take(first + 1);
  if (args.after) {
    const after = decodeCursor(args.after);
    page.andWhere(`(${sortExpression}, ${alias}.id) ${sort.direction === 'ASC' ? '>' : '<'} (:afterValue::timestamptz, :afterId)`, { afterValue: after.value, afterId: after.id });
  }
  const rows = await page.getMany();
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => {
    const value = node[sort.property] as Date | null;
    return { node, cursor: encodeCursor(value ? value.toISOString() : NULL_AS[sort.direction], node.id) };
  });
  let totalCount: Promise<number> | undefined;
  const countQuery = query.clone();
  return {
    edges,
    // A count reads every matching row; most pages never ask for it.
    get totalCount() {
      totalCount ??= countQuery.getCount();
      return totalCount;
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
