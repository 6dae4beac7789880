import { Field, ID, InterfaceType } from '@nestjs/graphql';

/**
 * Relay's Global Object Identification: every entity type implements Node,
 * so a client can refetch any object by id alone with `node(id:)`. Ids stay
 * the UUIDs the API always returned (they are already unique across tables);
 * the NodeRegistry finds which type a UUID belongs to.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique id: refetch it with `node(id:)` (Relay Global Object Identification).',
  // Rows are entity instances, and each entity class is its GraphQL type.
  resolveType: (value: object) => value.constructor,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, stable, opaque identifier.' })
  id: string;
}
