import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { roleAtLeast, type Role } from '../../auth/role.enum.js';
import { WorkspaceAccessService } from '../../auth/workspace-access.service.js';
import { ForbiddenError } from '../errors.js';
import type { RequestContext } from '../request-context.js';
import { NodeRegistry, type NodeTypeRegistration } from './node-registry.js';

/**
 * Resolves ids to objects of any registered type, scoped like the rest of the
 * API: a row of a workspace the caller cannot open is null, exactly like an
 * id that does not exist; a row whose type needs a higher role than the
 * caller's is a FORBIDDEN error at its place.
 */
@Injectable()
export class NodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: NodeRegistry,
    private readonly access: WorkspaceAccessService,
  ) {}

  /** One entry per id, in order: the object, null, or the error to report at that position. */
  async resolve(ctx: RequestContext, ids: string[]): Promise<Array<object | null | Error>> {
    const rows = new Map<string, { row: { id: string }; type: NodeTypeRegistration }>();
    for (const [typeName, ofType] of await this.typesOf([...new Set(ids)])) {
      const type = this.registry.all().get(typeName)!;
      for (const row of await this.dataSource.getRepository(type.entity).findBy({ id: In(ofType) })) rows.set(row.id, { row, type });
    }
    const roles = new Map<string, Promise<Role | null>>();
    const roleIn = (workspaceId: string) => {
      if (!roles.has(workspaceId)) roles.set(workspaceId, this.access.roleIn(ctx.principal!, workspaceId));
      return roles.get(workspaceId)!;
    };
    return Promise.all(
      ids.map(async (id) => {
        const found = rows.get(id);
        if (!found) return null;
        const { row, type } = found;
        if ('visibleTo' in type) return type.visibleTo(row, ctx) ? row : null;
        const role = await roleIn(type.workspaceOf ? type.workspaceOf(row) : (row as unknown as { workspaceId: string }).workspaceId);
        if (!role) return null;
        if (!roleAtLeast(role, type.minimum)) {
          return new ForbiddenError(`Reading a ${type.entity.name} needs the ${type.minimum} role or higher in its workspace; you are ${role}.`);
        }
        return row;
      }),
    );
  }

  /**
   * Which registered type each id belongs to, in one round trip: ids are
   * UUIDs, unique across tables, so at most one primary-key index answers.
   */
  private async typesOf(ids: string[]): Promise<Map<string, string[]>> {
    const byType = new Map<string, string[]>();
    if (!ids.length || !this.registry.all().size) return byType;
    const escape = (name: string) => this.dataSource.driver.escape(name);
    const lookups = [...this.registry.all()].map(
      ([typeName, { entity }]) => `SELECT id::text AS id, '${typeName}' AS type FROM ${escape(this.dataSource.getMetadata(entity).tableName)} WHERE id = ANY($1::uuid[])`,
    );
    const found: Array<{ id: string; type: string }> = await this.dataSource.query(lookups.join(' UNION ALL '), [ids]);
    for (const { id, type } of found) byType.set(type, [...(byType.get(type) ?? []), id]);
    return byType;
  }
}
