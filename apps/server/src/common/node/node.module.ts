import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { NodeRegistry } from './node-registry.js';
import { NodeResolver } from './node.resolver.js';
import { NodeService } from './node.service.js';

/** `node(id:)` / `nodes(ids:)`; domain modules add their types with `nodeTypes([...])` in their providers. */
@Global()
@Module({
  imports: [AuthModule],
  providers: [NodeRegistry, NodeService, NodeResolver],
  exports: [NodeRegistry],
})
export class NodeModule {}
