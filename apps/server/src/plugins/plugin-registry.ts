import type { ChannelDriver, PolicyRule, RapportPlugin, ReviewSourceDriver } from '@rapport/plugin-sdk';

export interface LoadedPlugin {
  plugin: RapportPlugin;
  options: Record<string, unknown>;
  /** As configured (package name or path). */
  specifier: string;
  /** What was imported (package name or file). */
  source: string;
}

export interface Provided<T> {
  driver: T;
  owner: LoadedPlugin;
}

/** What the loaded plugins provide, by code. Built once at boot; read-only afterwards. */
export class PluginRegistry {
  private readonly channels = new Map<string, Provided<ChannelDriver>>();
  private readonly reviewSources = new Map<string, Provided<ReviewSourceDriver>>();
  private readonly rules = new Map<string, Provided<PolicyRule>>();

  constructor(readonly plugins: LoadedPlugin[] = []) {
    for (const owner of plugins) {
      for (const driver of owner.plugin.channels ?? []) this.channels.set(driver.code, { driver, owner });
      for (const driver of owner.plugin.reviewSources ?? []) this.reviewSources.set(driver.code, { driver, owner });
      for (const driver of owner.plugin.rules ?? []) this.rules.set(driver.code, { driver, owner });
    }
  }

  channelType(code: string): Provided<ChannelDriver> | undefined {
    return this.channels.get(code);
  }

  reviewSourceType(code: string): Provided<ReviewSourceDriver> | undefined {
    return this.reviewSources.get(code);
  }

  rule(code: string): Provided<PolicyRule> | undefined {
    return this.rules.get(code);
  }

  get channelTypes(): Provided<ChannelDriver>[] {
    return [...this.channels.values()];
  }

  get reviewSourceTypes(): Provided<ReviewSourceDriver>[] {
    return [...this.reviewSources.values()];
  }

  get ruleTypes(): Provided<PolicyRule>[] {
    return [...this.rules.values()];
  }

  /** TypeORM entities and migrations the plugins ship, added to core's. */
  get entities(): Array<Function | object> {
    return this.plugins.flatMap(({ plugin }) => plugin.entities ?? []);
  }

  get migrations(): Function[] {
    return this.plugins.flatMap(({ plugin }) => (plugin.migrations ?? []) as Function[]);
  }
}
