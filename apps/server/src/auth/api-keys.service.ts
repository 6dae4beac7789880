import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService, auditSnapshot } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { paginate, type Connection, type ConnectionArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { ApiKey } from './api-key.entity.js';
import type { CreateApiKeyInput } from './dto/api-key.types.js';
import { API_KEY_PREFIX } from './principal.service.js';
import { roleAtLeast } from './role.enum.js';
import { randomToken, sha256Hex } from './secrets.js';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, args: ConnectionArgs): Promise<Connection<ApiKey>> {
    return paginate(this.apiKeys.createQueryBuilder('apiKey').where('apiKey.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId }), args);
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    if (!roleAtLeast(ctx.role, input.role)) throw new ForbiddenError(`You are ${ctx.role} and cannot create a ${input.role} key.`);
    const secret = randomToken(API_KEY_PREFIX, 32);
    return this.apiKeys.manager.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKey, {
          workspaceId: ctx.workspaceId,
          name: input.name.trim(),
          role: input.role,
          prefix: secret.slice(0, 8),
          secretHash: sha256Hex(secret),
          createdById: ctx.userId,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(ctx, { action: 'api_key.created', entityType: 'ApiKey', entityId: apiKey.id, after: apiKey }, manager);
      return { apiKey, secret };
    });
  }

  /** Idempotent: revoking a revoked key returns it unchanged. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const apiKey = await this.apiKeys.findOneBy({ id, workspaceId: ctx.workspaceId });
    if (!apiKey) throw new NotFoundError('ApiKey', id);
    if (!apiKey.revokedAt) {
      const before = auditSnapshot(apiKey);
      apiKey.revokedAt = new Date();
      await this.apiKeys.manager.transaction(async (manager) => {
        await manager.save(apiKey);
        await this.audit.record(ctx, { action: 'api_key.revoked', entityType: 'ApiKey', entityId: apiKey.id, before, after: apiKey }, manager);
      });
    }
    return apiKey;
  }
}
