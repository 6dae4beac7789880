import { Global, Module } from '@nestjs/common';
import { Role } from '../auth/role.enum.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** The audit log; global, so every domain's services can record their changes. */
@Global()
@Module({ providers: [AuditService, AuditResolver, nodeTypes([{ entity: AuditEntry, minimum: Role.ADMIN }])], exports: [AuditService] })
export class AuditModule {}
