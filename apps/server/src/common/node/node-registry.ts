import { Injectable, type Provider } from '@nestjs/common';
import type { Role } from '../../auth/role.enum.js';
import type { RequestContext } from '../request-context.js';

/** Who may read a row of one entity type through `node(id:)`. */
export type NodeAccess<T> =
  /** A workspace's row: the caller needs `minimum` in its workspace (the role of the queries that list it). */
  | { minimum: Role; workspaceOf?: (row: T) => string }
  /** A row of no workspace (a User): decided by the domain. */
  | { visibleTo: (row: T, ctx: RequestContext) => boolean };

/** One entity type a domain makes resolvable by id. Its GraphQL type name is the entity class's name. */
export type NodeTypeRegistration<T extends { id: string } = any> = { entity: new () => T } & NodeAccess<T>;

/**
 * The entity types `node(id:)` can resolve. Each domain module registers its
 * own (see `nodeTypes`), next to the queries whose access rule they mirror.
 */
@Injectable()
export class NodeRegistry {
  private readonly types = new Map<string, NodeTypeRegistration>();

  register(registrations: NodeTypeRegistration[]): void {
    for (const registration of registrations) {
      const name = registration.entity.name;
      if (this.types.has(name)) throw new Error(`Node type ${name} is registered twice`);
      this.types.set(name, registration);
    }
  }

  /** Registered types by GraphQL type name. */
  all(): ReadonlyMap<string, NodeTypeRegistration> {
    return this.types;
  }
}

/** A provider for a domain module's `providers`: registers its entity types with the NodeRegistry at boot. */
export function nodeTypes(registrations: NodeTypeRegistration[]): Provider {
  return {
    provide: Symbol(`node types: ${registrations.map((r) => r.entity.name).join(', ')}`),
    useFactory: (registry: NodeRegistry) => registry.register(registrations),
    inject: [NodeRegistry],
  };
}
