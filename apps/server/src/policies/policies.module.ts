import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PoliciesResolver } from './policies.resolver.js';
import { PoliciesService } from './policies.service.js';
import { Policy } from './policy.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** Brand-voice and moderation policies: versioned rule lists, validated against the loaded rule plugins. */
@Module({
  imports: [TypeOrmModule.forFeature([Policy, PolicyVersion])],
  providers: [PoliciesService, PoliciesResolver, nodeTypes([{ entity: Policy, minimum: Role.VIEWER }, { entity: PolicyVersion, minimum: Role.VIEWER }])],
  exports: [PoliciesService],
})
export class PoliciesModule {}
