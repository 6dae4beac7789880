import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

/**
 * Column types whose value node-postgres already parses into what TypeORM would hydrate (strings, numbers,
 * booleans, Dates, parsed JSON, text arrays): they are assigned as they come. Every other type (enum arrays,
 * `date`, `time`, `simple-*`, `hstore`, ...) goes through the driver's own conversion.
 */
const PARSED_BY_PG = new Set<unknown>(['uuid', 'text', 'varchar', 'character varying', 'int', 'integer', 'smallint', 'bigint', 'numeric', 'double precision', 'real', 'boolean', 'jsonb', 'json', 'timestamptz', 'timestamp with time zone', String, Number, Boolean]);

/** How one selected column becomes a property: `key` is its name in the row, `plain` when it needs no conversion. */
interface ColumnReader {
  key: string;
  column: ColumnMetadata;
  plain: boolean;
}

/** An entity's columns under one alias: how each is read, the SELECT list naming them so, and their `alias.path` selections. */
interface AliasReader {
  columns: ColumnReader[];
  selectList: string;
  selections: Set<string>;
}

const readers = new WeakMap<EntityMetadata, Map<string, AliasReader>>();

/** The columns a query reads of an entity (TypeORM's `select: false` and virtual ones left out). */
export function selectableColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((column) => column.isSelect && !column.isVirtual && !column.isVirtualProperty);
}

/** Made once per entity and alias, on first use. */
function aliasReader(dataSource: DataSource, metadata: EntityMetadata, alias: string): AliasReader {
  let byAlias = readers.get(metadata);
  if (!byAlias) readers.set(metadata, (byAlias = new Map()));
  let reader = byAlias.get(alias);
  if (!reader) {
    const columns = selectableColumns(metadata).map((column) => ({
        // The name TypeORM gives the column in the SELECT list (long ones are hashed to PostgreSQL's 63 characters).
        key: DriverUtils.buildAlias(dataSource.driver, undefined, alias, column.databaseName),
        column,
        // Embedded columns go through setEntityValue, which makes their object; a text array is parsed by node-postgres too.
        plain: !column.embeddedMetadata && !column.transformer && (column.isArray ? column.type === 'text' : PARSED_BY_PG.has(column.type)),
      }));
    const selectList = columns.map((column) => selectItem(alias, column)).join(', ');
    const selections = new Set(columns.map(({ column }) => `${alias}.${column.propertyPath}`));
    byAlias.set(alias, (reader = { columns, selectList, selections }));
  }
  return reader;
}

/**
 * An entity's columns (or only those at `properties`, property paths) for the SELECT list of hand-written SQL,
 * named as TypeORM names them, to read back with entitiesFrom.
 */
export function selectColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, properties?: readonly string[]): string {
  const reader = aliasReader(dataSource, dataSource.getMetadata(entity), alias);
  if (!properties) return reader.selectList;
  const wanted = new Set(properties);
  return reader.columns
    .filter(({ column }) => wanted.has(column.propertyPath))
    .map((column) => selectItem(alias, column))
    .join(', ');
}

function selectItem(alias: string, { key, column }: ColumnReader): string {
  return `"${alias}"."${column.databaseName}" AS "${key}"`;
}

/**
 * Entities from rows whose columns were selected under `alias` (by TypeORM or with selectColumns); no load listeners
 * are called. A column the rows lack stays unset on the entities (a list reading only what its query shows).
 */
export function entitiesFrom<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, alias: string, rows: Array<Record<string, unknown>>): T[] {
  return hydrate<T>(dataSource, dataSource.getMetadata(entity), alias, rows);
}

function hydrate<T>(dataSource: DataSource, metadata: EntityMetadata, alias: string, rows: Array<Record<string, unknown>>): T[] {
  const { columns } = aliasReader(dataSource, metadata, alias);
  const driver = dataSource.driver;
  return rows.map((row) => {
    const read = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { key, column, plain } of columns) {
      const value = row[key];
      if (value === undefined) continue;
      if (plain) (read as Record<string, unknown>)[column.propertyName] = value;
      else column.setEntityValue(read as ObjectLiteral, driver.prepareHydratedValue(value, column));
    }
    return read;
  });
}

/**
 * `getMany()` for a query of one entity without joins, for the lists read on every page view: TypeORM still
 * builds the SQL (callers keep its property names and parameters), but the rows become entities through a
 * per-entity mapping made once instead of its per-row, per-column metadata walk, which was about a quarter of a
 * list request's CPU (bench/README.md, "December 2026 (12)"). Queries with joins or custom selections, and
 * entities with load listeners or subscribers to call, fall back to `getMany()`. A selection of some of the entity's
 * columns (`select(['post.id', 'post.body'])`) reads those only; the others stay unset.
 */
export async function readEntities<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  const map = query.expressionMap;
  const metadata = map.mainAlias?.hasMetadata ? map.mainAlias.metadata : undefined;
  const alias = map.mainAlias?.name;
  const selections = metadata && aliasReader(query.connection, metadata, alias!).selections;
  const simple =
    metadata &&
    !map.joinAttributes.length &&
    !map.relationIdAttributes.length &&
    map.selects.every((select) => !select.aliasName && (select.selection === alias || selections!.has(select.selection))) &&
    !metadata.afterLoadListeners.length &&
    !metadata.lazyRelations.length &&
    !query.connection.subscribers.length;
  if (!simple) return query.getMany();
  const [sql, parameters] = query.getQueryAndParameters();
  return hydrate<T>(query.connection, metadata, alias!, await queryWhereBuilderRuns(query, sql, parameters));
}

/** Runs SQL where the builder's own query would run: on its query runner inside a transaction, else from the pool. */
export function queryWhereBuilderRuns(query: SelectQueryBuilder<ObjectLiteral>, sql: string, parameters: unknown[]): Promise<Array<Record<string, unknown>>> {
  const runner = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  return runner ? runner.query(sql, parameters) : query.connection.query(sql, parameters);
}
