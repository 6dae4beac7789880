import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module.js';
import { createErrorFormatter } from './common/graphql-errors.js';
import { RAPPORT_CONFIG } from './config/config.tokens.js';
import type { RapportConfig } from './config/rapport-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthController } from './health/health.controller.js';
import type { Logger } from './logging/logger.js';
import { LOGGER } from './logging/logger.tokens.js';
import { SetupModule } from './setup/setup.module.js';
import { WorkspacesModule } from './workspaces/workspaces.module.js';

export interface AppModuleOptions {
  config: RapportConfig;
  databaseUrl: string;
  logger: Logger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError: createErrorFormatter(logger, config.env !== 'production'),
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        }),
        AuthModule,
        WorkspacesModule,
        SetupModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: RAPPORT_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [RAPPORT_CONFIG, LOGGER],
    };
  }
}
