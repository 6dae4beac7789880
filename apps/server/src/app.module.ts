import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { createErrorFormatter } from './common/graphql-errors.js';
import { sharedSubscribe } from './events/shared-subscribe.js';
import { graphqlContext } from './common/graphql-context.js';
import { connectionCountResolvers } from './common/pagination.js';
import { QueryLimits } from './common/query-limits.js';
import { TrustedDocuments } from './common/trusted-documents.js';
import { EventsModule } from './events/events.module.js';
import { DATABASE_URL } from './database/database.tokens.js';
import { JobsModule } from './jobs/jobs.module.js';
import { FailedJobsModule } from './jobs/failed-jobs.module.js';
import { RAPPORT_CONFIG } from './config/config.tokens.js';
import type { RapportConfig } from './config/rapport-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthController } from './health/health.controller.js';
import { GraphqlLoggingModule } from './logging/graphql-logging.js';
import type { Logger } from './logging/logger.js';
import { LOGGER } from './logging/logger.tokens.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { TracingModule } from './tracing/tracing.module.js';
import { SetupModule } from './setup/setup.module.js';
import { ChannelsModule } from './channels/channels.module.js';
import { ChannelConnectModule } from './channels/connect/channel-connect.module.js';
import { PoliciesModule } from './policies/policies.module.js';
import { PostsModule } from './posts/posts.module.js';
import { ConversationsModule } from './conversations/conversations.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { PluginRegistry } from './plugins/plugin-registry.js';
import { PluginsModule } from './plugins/plugins.module.js';
import { PLUGIN_REGISTRY } from './plugins/plugin.tokens.js';
import { WorkspacesModule } from './workspaces/workspaces.module.js';
import { OutboundWebhooksModule } from './webhooks/outbound/outbound-webhooks.module.js';
import { NodeModule } from './common/node/node.module.js';
import { ClientApprovalsModule } from './client-approvals/client-approvals.module.js';
import { MailModule } from './mail/mail.module.js';
import { ReportsModule } from './reports/reports.module.js';

export interface AppModuleOptions {
  config: RapportConfig;
  databaseUrl: string;
  logger: Logger;
  registry: PluginRegistry;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger, registry }: AppModuleOptions): DynamicModule {
    const queryLimits = new QueryLimits(config.graphql, new TrustedDocuments(config.graphql.trustedDocumentsPath, logger));
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, registry, logger)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.graphql.introspection,
          // GraphiQL needs introspection; it is served at GET /graphql with its own CSP (see common/security-headers.ts).
          graphiql: config.graphql.introspection,
          validationRules: queryLimits.validationRules(),
          // No cache hints are used; without this Apollo's default cache-control plugin wraps every field resolver.
          plugins: [queryLimits.apolloPlugin(), ApolloServerPluginCacheControlDisabled()],
          // Hash-only requests: the admin's trusted documents (see common/trusted-documents.ts), then APQ registrations.
          persistedQueries: { cache: queryLimits.persistedQueriesCache() },
          includeStacktraceInErrorResponses: false,
          // Apollo indents every response by default (JSON.stringify(value, null, 2)): a conversations page of 50 is
          // 103 KB indented and 60 KB without, for nobody's eyes. Clients parse it; GraphiQL pretty-prints on its own.
          stringifyResult: (result) => JSON.stringify(result),
          formatError: createErrorFormatter(logger, config.env !== 'production', !config.graphql.introspection),
          context: graphqlContext,
          // sharedSubscribe: an event's result is computed once per document and variables, not once per subscriber.
          // (graphql-ws's own option, passed through by @nestjs/graphql, which does not declare it.)
          subscriptions: { 'graphql-ws': { path: '/graphql', onSubscribe: queryLimits.onSubscribe, ...{ subscribe: sharedSubscribe } } },
        }),
        GraphqlLoggingModule,
        EventsModule,
        JobsModule,
        FailedJobsModule,
        AuditModule,
        MetricsModule,
        TracingModule,
        AuthModule,
        NodeModule,
        WorkspacesModule,
        SetupModule,
        PluginsModule,
        ChannelsModule,
        ChannelConnectModule,
        PoliciesModule,
        PostsModule,
        ConversationsModule,
        ReviewsModule,
        OutboundWebhooksModule,
        MailModule,
        ClientApprovalsModule,
        ReportsModule,
        // The escape hatch: plugins may bring their own Nest providers and resolvers.
        ...registry.plugins.flatMap(({ plugin }) => (plugin.nestModule ? [plugin.nestModule as DynamicModule] : [])),
      ],
      controllers: [HealthController],
      providers: [
        { provide: RAPPORT_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: PLUGIN_REGISTRY, useValue: registry },
        { provide: DATABASE_URL, useValue: databaseUrl },
        // countUpTo on every list type (common/pagination.ts); the resolvers' files are all imported by now.
        ...connectionCountResolvers(),
      ],
      exports: [RAPPORT_CONFIG, LOGGER, PLUGIN_REGISTRY, DATABASE_URL],
    };
  }
}
