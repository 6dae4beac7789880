import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { selectableColumns } from './entity-rows.js';

/**
 * What field resolvers of an entity's GraphQL type read of their parent beyond its ids (entity property names).
 * Keyed by GraphQL field name; `[]` when the resolver uses only ids (the parent's id, workspace and foreign keys
 * are always read). A field resolver named like a column that reads only that column needs no entry.
 */
export type FieldNeeds = Readonly<Record<string, readonly string[]>>;

/** The node fields a list query selects, and what the type's field resolvers read: see `selectedProperties`. */
export interface NodeSelection {
  fields: ReadonlySet<string>;
  needs: FieldNeeds;
  /** The fields, sorted and joined: for loaders that batch parents, to key pages of different selections apart. */
  key: string;
}

const NO_NEEDS: FieldNeeds = {};

/**
 * A nested list's field resolver runs once per parent with the same field nodes: the selection is read once per
 * field nodes and path (one field is always resolved by the same resolver, so with the same needs).
 */
const selections = new WeakMap<readonly FieldNode[], Map<string, NodeSelection>>();

const NODE = ['edges', 'node'];

/**
 * The fields selected under a connection field's `edges { node { ... } }` (or another `path` below the field),
 * through fragments, for a list to read only the columns a query shows (reading and parsing every column was about a
 * quarter of a reviews page's CPU: bench/README.md, "December 2026 (13)"). `@skip`/`@include` are ignored: reading a
 * column too many is harmless.
 */
export function nodeSelection(info: GraphQLResolveInfo, needs: FieldNeeds = NO_NEEDS, path: readonly string[] = NODE): NodeSelection {
  let byPath = selections.get(info.fieldNodes);
  if (!byPath) selections.set(info.fieldNodes, (byPath = new Map()));
  const pathKey = path.join('.');
  let selection = byPath.get(pathKey);
  if (!selection) {
    const nodes = path.reduce<readonly FieldNode[]>((parents, name) => subfields(info, parents, name), info.fieldNodes);
    const fields = new Set(nodes.flatMap((node) => [...names(info, node.selectionSet)]));
    byPath.set(pathKey, (selection = { fields, needs, key: [...fields].sort().join() }));
  }
  return selection;
}

function subfields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], name: string): FieldNode[] {
  return nodes.flatMap((node) => [...fieldNodes(info, node.selectionSet)].filter((field) => field.name.value === name));
}

function names(info: GraphQLResolveInfo, set: SelectionSetNode | undefined): Set<string> {
  return new Set([...fieldNodes(info, set)].map((field) => field.name.value));
}

function* fieldNodes(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, seen = new Set<string>()): Generator<FieldNode> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldNodes(info, selection.selectionSet, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      yield* fieldNodes(info, info.fragments[selection.name.value]?.selectionSet, seen);
    }
  }
}

/**
 * The property paths of the columns a list must read to answer `selection`, or undefined for every column: the
 * primary key, every uuid column (the workspace, foreign keys: what field resolvers and loaders key on), the
 * `always` ones (the sort key), the columns named like a selected field (an embedded object's columns under its
 * name), and what `needs` says selected field resolvers read. A selected field that is none of these (a field
 * resolver not in `needs`, a getter) means every column.
 */
export function selectedProperties(metadata: EntityMetadata, selection: NodeSelection | undefined, always: readonly string[] = []): string[] | undefined {
  if (!selection) return undefined;
  const { ids, selectable, byProperty } = columnIndex(metadata);
  const wanted = new Set<string>([...ids, ...always]);
  for (const field of selection.fields) {
    if (field === '__typename') continue;
    for (const property of selection.needs[field] ?? [field]) {
      const columns = byProperty.get(property);
      // A relation (loaded apart, by its foreign key) adds nothing; anything else may read any column.
      if (!columns && !metadata.findRelationWithPropertyPath(property)) return undefined;
      for (const path of columns ?? []) wanted.add(path);
    }
  }
  const properties = selectable.filter((path) => wanted.has(path));
  return properties.length === selectable.length ? undefined : properties;
}

/** An entity's column paths as selectedProperties needs them, made once per entity. */
interface ColumnIndex {
  /** The primary key and every uuid column. */
  ids: string[];
  selectable: string[];
  /** A property's column paths: a column's own, or all of an embedded object's under its name. */
  byProperty: Map<string, string[]>;
}

const indexes = new WeakMap<EntityMetadata, ColumnIndex>();

function columnIndex(metadata: EntityMetadata): ColumnIndex {
  let index = indexes.get(metadata);
  if (!index) {
    const byProperty = new Map<string, string[]>();
    for (const column of metadata.columns) {
      const parts = column.propertyPath.split('.');
      for (let length = 1; length <= parts.length; length++) {
        const property = parts.slice(0, length).join('.');
        byProperty.set(property, [...(byProperty.get(property) ?? []), column.propertyPath]);
      }
    }
    const ids = metadata.columns.filter((column) => column.isPrimary || column.type === 'uuid').map((column) => column.propertyPath);
    indexes.set(metadata, (index = { ids, selectable: selectableColumns(metadata).map((column) => column.propertyPath), byProperty }));
  }
  return index;
}
