import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PoliciesResolver } from './policies.resolver.js';
import { PoliciesService } from './policies.service.js';
import { Policy } from './policy.entity.js';
import { PolicyVersion } from './policy-version.entity.js';

/** Brand-voice and moderation policies: versioned rule lists, validated against the loaded rule plugins. */
@Module({
  imports: [TypeOrmModule.forFeature([Policy, PolicyVersion])],
  providers: [PoliciesService, PoliciesResolver],
  exports: [PoliciesService],
})
export class PoliciesModule {}
