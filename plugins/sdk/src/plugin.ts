import { appWebhookProblems, channelCapabilityProblems, postOptionsSchemaProblems, type ChannelDriver } from './channel.js';
import type { PluginLogger } from './context.js';
import { checkJsonSchema, formatSchemaIssues, type JSONSchema } from './json-schema.js';
import type { ReviewSourceDriver } from './review-source.js';
import { oauthFlowProblems } from './oauth.js';
import { RULE_TARGETS, type PolicyRule } from './rule.js';
import { isValidRange, isValidVersion } from './version.js';

/** Driver and rule codes: lower-case kebab, so they are safe in URLs, table names and config. */
export const CODE_PATTERN = /^[a-z][a-z0-9-]*$/;

export interface PluginDefinition {
  /** The npm package name, e.g. `@rapport/plugin-mastodon`. */
  name: string;
  /** The plugin's own semver version. */
  version: string;
  /** Semver range of the Rapport plugin API it works with, e.g. `^1.0.0`. */
  compatibility: string;
  description?: string;
  channels?: ChannelDriver[];
  reviewSources?: ReviewSourceDriver[];
  // `any`: each rule types its own args; the host validates them against argsSchema.
  rules?: PolicyRule<any>[];
  /** JSON Schema of the plugin's options in the Rapport config; validated at boot. */
  configSchema?: JSONSchema;
  /** TypeORM entity classes or EntitySchemas; name their tables `plugin_<name>_...`. */
  entities?: Array<Function | object>;
  /** TypeORM migration classes, run with the core's. */
  migrations?: Function[];
  /** Escape hatch: a Nest module with extra providers or resolvers. */
  nestModule?: unknown;
  /**
   * A background service the plugin runs while Rapport runs (e.g. the sandbox
   * network serving its API locally). Called once per process after the
   * plugins are loaded, before the server starts; `stop` runs on shutdown.
   */
  start?(host: PluginHostContext): Promise<PluginService | void> | PluginService | void;
}

/** What `start` receives. */
export interface PluginHostContext {
  /** The plugin's options, validated against its configSchema. */
  options: Record<string, unknown>;
  logger: PluginLogger;
  /**
   * A folder of the plugin's own under Rapport's state directory (`RAPPORT_STATE_DIR`, `.rapport` by default),
   * created before `start` runs and kept across restarts: for local files such as the sandbox network's state.
   */
  stateDir: string;
}

export interface PluginService {
  stop(): Promise<void>;
}

/** A validated plugin definition: what a plugin package exports by default. */
export interface RapportPlugin extends Readonly<Omit<PluginDefinition, 'channels' | 'reviewSources' | 'rules'>> {
  readonly channels: readonly ChannelDriver[];
  readonly reviewSources: readonly ReviewSourceDriver[];
  readonly rules: readonly PolicyRule<any>[];
}

// A brand rather than `instanceof`: a plugin may bundle its own copy of the SDK. Not enumerable, so a copy
// made by spreading a plugin (`{ ...plugin, rules }`) is not one.
const RAPPORT_PLUGIN = Symbol.for('@rapport/plugin-sdk/RapportPlugin');

/** Whether `value` was made by `definePlugin` (of this or another copy of the SDK). */
export function isRapportPlugin(value: unknown): value is RapportPlugin {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RAPPORT_PLUGIN] === true;
}

const CHANNEL_METHODS = ['verifyCredentials', 'publish', 'sync', 'reply', 'classifyError'] as const;
const REVIEW_SOURCE_METHODS = ['verifyCredentials', 'sync', 'classifyError'] as const;

/**
 * Validates a plugin definition and returns it frozen. Throws one Error naming
 * the plugin and listing every problem, so a broken plugin stops the boot with
 * a message that says what to fix.
 */
export function definePlugin(definition: PluginDefinition): RapportPlugin {
  const problems = findPluginProblems(definition);
  if (problems.length > 0) {
    const name = typeof definition?.name === 'string' && definition.name ? definition.name : '(unnamed)';
    throw new Error(`Invalid Rapport plugin "${name}":\n- ${problems.join('\n- ')}`);
  }
  const plugin = {
    ...definition,
    channels: Object.freeze([...(definition.channels ?? [])]),
    reviewSources: Object.freeze([...(definition.reviewSources ?? [])]),
    rules: Object.freeze([...(definition.rules ?? [])]),
  };
  Object.defineProperty(plugin, RAPPORT_PLUGIN, { value: true });
  return Object.freeze(plugin);
}

/**
 * Every problem `definePlugin` refuses a definition for (empty when there is none). The host runs it again on
 * each loaded plugin, so one made by another copy of the SDK is held to the same checks.
 */
export function findPluginProblems(definition: PluginDefinition | RapportPlugin): string[] {
  if (typeof definition !== 'object' || definition === null) return ['the definition must be an object'];
  const problems: string[] = [];
  if (!isNonEmptyString(definition.name)) problems.push('name is required');
  if (!isNonEmptyString(definition.version)) problems.push('version is required');
  else if (!isValidVersion(definition.version)) problems.push(`version "${definition.version}" is not a semver version`);
  if (!isNonEmptyString(definition.compatibility)) problems.push('compatibility (a semver range of the Rapport plugin API) is required');
  else if (!isValidRange(definition.compatibility)) problems.push(`compatibility "${definition.compatibility}" is not a semver range`);
  if (definition.configSchema !== undefined) problems.push(...schemaProblems('configSchema', definition.configSchema));

  // Channels and review sources are both connected accounts, so they share one code space.
  const driverCodes = new Set<string>();
  definition.channels?.forEach((driver, index) => {
    problems.push(...driverProblems(`channels[${index}]`, driver, CHANNEL_METHODS, driverCodes));
    if (typeof driver === 'object' && driver !== null) {
      problems.push(...[...channelCapabilityProblems(driver.capabilities), ...appWebhookProblems(driver), ...postOptionsSchemaProblems(driver.postOptionsSchema)].map((problem) => `channels[${index}] (${String(driver.code)}).${problem}`));
    }
  });
  definition.reviewSources?.forEach((driver, index) => {
    problems.push(...driverProblems(`reviewSources[${index}]`, driver, REVIEW_SOURCE_METHODS, driverCodes));
  });
  const ruleCodes = new Set<string>();
  definition.rules?.forEach((rule, index) => {
    problems.push(...ruleProblems(`rules[${index}]`, rule, ruleCodes));
  });
  return problems;
}

function driverProblems(
  where: string,
  driver: ChannelDriver | ReviewSourceDriver,
  requiredMethods: readonly string[],
  seenCodes: Set<string>,
): string[] {
  if (typeof driver !== 'object' || driver === null) return [`${where} must be an object`];
  const label = `${where} (${String(driver.code)})`;
  const problems = codeProblems(label, driver.code, seenCodes, 'driver');
  if (!isNonEmptyString(driver.displayName)) problems.push(`${label}.displayName is required`);
  if (typeof driver.capabilities !== 'object' || driver.capabilities === null) problems.push(`${label}.capabilities is required`);
  problems.push(...schemaProblems(`${label}.credentialsSchema`, driver.credentialsSchema));
  problems.push(...oauthFlowProblems(driver.oauth).map((problem) => `${label}.${problem}`));
  for (const method of requiredMethods) {
    if (typeof (driver as unknown as Record<string, unknown>)[method] !== 'function') {
      problems.push(`${label}.${method}() is required`);
    }
  }
  return problems;
}

function ruleProblems(where: string, rule: PolicyRule<unknown>, seenCodes: Set<string>): string[] {
  if (typeof rule !== 'object' || rule === null) return [`${where} must be an object`];
  const label = `${where} (${String(rule.code)})`;
  const problems = codeProblems(label, rule.code, seenCodes, 'rule');
  if (!isNonEmptyString(rule.description)) problems.push(`${label}.description is required`);
  if (!Array.isArray(rule.appliesTo) || rule.appliesTo.length === 0) {
    problems.push(`${label}.appliesTo must list at least one of ${RULE_TARGETS.join(', ')}`);
  } else {
    const unknownTargets = rule.appliesTo.filter((target) => !RULE_TARGETS.includes(target));
    if (unknownTargets.length > 0) problems.push(`${label}.appliesTo has unknown targets: ${unknownTargets.join(', ')}`);
  }
  problems.push(...schemaProblems(`${label}.argsSchema`, rule.argsSchema));
  if (typeof rule.evaluate !== 'function') problems.push(`${label}.evaluate() is required`);
  return problems;
}

function codeProblems(label: string, code: unknown, seenCodes: Set<string>, kind: string): string[] {
  if (!isNonEmptyString(code)) return [`${label}.code is required`];
  if (!CODE_PATTERN.test(code)) return [`${label}.code "${code}" must match ${CODE_PATTERN}`];
  if (seenCodes.has(code)) return [`${label}.code "${code}" is already used by another ${kind} of this plugin`];
  seenCodes.add(code);
  return [];
}

function schemaProblems(label: string, schema: unknown): string[] {
  const check = checkJsonSchema(schema);
  return check.valid ? [] : [`${label} is not a valid JSON Schema: ${formatSchemaIssues(check.errors)}`];
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
