import { Module } from '@nestjs/common';
import { PluginsResolver } from './plugins.resolver.js';

/** The plugin registry in GraphQL. The registry itself is built before Nest starts (see plugin-loader). */
@Module({ providers: [PluginsResolver] })
export class PluginsModule {}
