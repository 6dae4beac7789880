import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/rapport-config.js';

/** One plugin to load: an npm package name or a path, with its options. */
export interface PluginEntry {
  /** As written in the configuration (for messages). */
  specifier: string;
  /** Directory that relative paths are resolved from. */
  baseDir: string;
  options: Record<string, unknown>;
}

/** The shape of rapport.config.(js|mjs|json|ts). */
export interface RapportFileConfig {
  plugins?: Array<string | [string, Record<string, unknown>] | { package: string; options?: Record<string, unknown> }>;
}

const CONFIG_NAMES = ['rapport.config.js', 'rapport.config.mjs', 'rapport.config.json', 'rapport.config.ts'];

async function importTypeScriptConfig(file: string): Promise<unknown> {
  let ts: typeof import('typescript');
  try {
    ts = (await import('typescript')).default;
  } catch {
    throw new ConfigError(`${file}: a TypeScript config needs the "typescript" package installed; or use rapport.config.js`);
  }
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)).default;
}

async function readConfigFile(file: string): Promise<RapportFileConfig> {
  try {
    if (file.endsWith('.json')) return JSON.parse(readFileSync(file, 'utf8')) as RapportFileConfig;
    if (file.endsWith('.ts')) return (await importTypeScriptConfig(file)) as RapportFileConfig;
    return ((await import(pathToFileURL(file).href)) as { default: RapportFileConfig }).default;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${file} could not be read: ${(error as Error).message}`);
  }
}

function entryFrom(raw: unknown, baseDir: string, source: string): PluginEntry {
  if (typeof raw === 'string') return { specifier: raw, baseDir, options: {} };
  if (Array.isArray(raw) && typeof raw[0] === 'string') return { specifier: raw[0], baseDir, options: (raw[1] as Record<string, unknown>) ?? {} };
  if (raw && typeof raw === 'object' && typeof (raw as { package?: unknown }).package === 'string') {
    const { package: specifier, options } = raw as { package: string; options?: Record<string, unknown> };
    return { specifier, baseDir, options: options ?? {} };
  }
  throw new ConfigError(`${source}: each plugin must be "name", ["name", { options }] or { package: "name", options }; got ${JSON.stringify(raw)}`);
}

/**
 * The plugins to load: those of the config file (RAPPORT_CONFIG, or
 * rapport.config.* in `rootDir`), then those named in RAPPORT_PLUGINS
 * (comma-separated package names or paths, no options).
 */
export async function readPluginEntries(env: NodeJS.ProcessEnv, rootDir: string): Promise<PluginEntry[]> {
  const explicit = env.RAPPORT_CONFIG ? resolve(rootDir, env.RAPPORT_CONFIG) : undefined;
  if (explicit && !existsSync(explicit)) throw new ConfigError(`RAPPORT_CONFIG points to ${explicit}, which does not exist`);
  const file = explicit ?? CONFIG_NAMES.map((name) => join(rootDir, name)).find((candidate) => existsSync(candidate));
  const entries: PluginEntry[] = [];
  if (file) {
    const config = await readConfigFile(file);
    if (config.plugins !== undefined && !Array.isArray(config.plugins)) throw new ConfigError(`${file}: "plugins" must be a list`);
    entries.push(...(config.plugins ?? []).map((raw) => entryFrom(raw, dirname(file), file)));
  }
  const fromEnv = (env.RAPPORT_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  entries.push(...fromEnv.map((specifier) => ({ specifier, baseDir: rootDir, options: {} })));
  return entries;
}

export function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith('.') || isAbsolute(specifier);
}
