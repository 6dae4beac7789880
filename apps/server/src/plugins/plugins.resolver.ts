import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../auth/access.decorators.js';
import type { MessageKind } from '../channels/message-kind.enum.js';
import { ChannelPostOptionInfo, ChannelTypeInfo, PluginInfo, ReviewSourceTypeInfo, RuleTypeInfo } from './dto/plugin.types.js';
import { PluginRegistry } from './plugin-registry.js';
import { PLUGIN_REGISTRY } from './plugin.tokens.js';

/** What the loaded plugins provide, so front ends can render connection and rule forms. */
@Resolver()
export class PluginsResolver {
  constructor(@Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry) {}

  @Authenticated()
  @Query(() => [PluginInfo], { description: 'Loaded plugins and what each provides.' })
  plugins(): PluginInfo[] {
    return this.registry.plugins.map(({ plugin }) => ({
      name: plugin.name,
      version: plugin.version,
      description: plugin.description ?? null,
      compatibility: plugin.compatibility,
      channelTypes: (plugin.channels ?? []).map((d) => d.code),
      reviewSourceTypes: (plugin.reviewSources ?? []).map((d) => d.code),
      ruleTypes: (plugin.rules ?? []).map((r) => r.code),
    }));
  }

  @Authenticated()
  @Query(() => [ChannelTypeInfo], { description: 'Social networks that can be connected, with capabilities, limits and credential form.' })
  channelTypes(): ChannelTypeInfo[] {
    return this.registry.channelTypes.map(({ driver, owner }) => ({
      code: driver.code,
      displayName: driver.displayName,
      description: driver.description,
      plugin: owner.plugin.name,
      capabilities: {
        ...driver.capabilities,
        hideableKinds: (driver.capabilities.hideableKinds ?? []) as MessageKind[],
        deletableKinds: (driver.capabilities.deletableKinds ?? []) as MessageKind[],
      },
      limits: { ...driver.limits, minMedia: driver.limits.minMedia ?? 0, maxHashtags: driver.limits.maxHashtags ?? null, mediaRules: driver.limits.mediaRules ?? [] },
      rateLimit: driver.rateLimit ?? null,
      credentialsSchema: driver.credentialsSchema,
      postOptions: postOptionsOf(driver.postOptionsSchema),
    }));
  }

  @Authenticated()
  @Query(() => [ReviewSourceTypeInfo], { description: 'Review sites that can be connected, with rating scale, capabilities and credential form.' })
  reviewSourceTypes(): ReviewSourceTypeInfo[] {
    return this.registry.reviewSourceTypes.map(({ driver, owner }) => ({
      code: driver.code,
      displayName: driver.displayName,
      description: driver.description ?? null,
      plugin: owner.plugin.name,
      ratingScale: driver.ratingScale,
      capabilities: driver.capabilities,
      replyMaxLength: driver.replyLimits?.maxLength ?? null,
      credentialsSchema: driver.credentialsSchema,
    }));
  }

  @Authenticated()
  @Query(() => [RuleTypeInfo], { description: 'Policy rules available to policies, with their argument form.' })
  ruleTypes(): RuleTypeInfo[] {
    return this.registry.ruleTypes.map(({ driver, owner }) => ({
      code: driver.code,
      description: driver.description,
      plugin: owner.plugin.name,
      appliesTo: driver.appliesTo,
      argsSchema: driver.argsSchema,
      defaultArgs: driver.defaultArgs ?? null,
    }));
  }
}

/** The options of a postOptionsSchema (an object of string properties, as the SDK checks when the plugin loads), in declared order. */
function postOptionsOf(schema: unknown): ChannelPostOptionInfo[] {
  const properties = (schema as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    title: text(property.title),
    description: text(property.description),
    allowedValues: Array.isArray(property.enum) ? property.enum.map(String) : null,
    minLength: count(property.minLength),
    maxLength: count(property.maxLength),
  }));
}
