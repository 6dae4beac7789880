import { CORE_API_VERSION, findPluginProblems, isCompatible, isRapportPlugin, validateAgainstSchema, type RapportPlugin } from '@rapport/plugin-sdk';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPathSpecifier, type PluginEntry } from './plugin-config.js';
import { PluginRegistry, type LoadedPlugin } from './plugin-registry.js';

/** A plugin that cannot be loaded; its message is the one line the boot prints. */
export class PluginLoadError extends Error {
  override name = 'PluginLoadError';

  constructor(plugin: string, reason: string) {
    super(`Plugin ${plugin}: ${reason.replace(/\s*\n\s*(- )?/g, '; ')}`);
  }
}

/** The module file of a plugin given as a path: a file, or a package folder (exports/main). */
function entryFileOf(path: string): string {
  if (!existsSync(path)) throw new Error(`nothing at ${path}`);
  if (!statSync(path).isDirectory()) return path;
  const manifest = join(path, 'package.json');
  if (!existsSync(manifest)) return join(path, 'index.js');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
  const root = typeof pkg.exports === 'object' && pkg.exports !== null && '.' in pkg.exports ? (pkg.exports as Record<string, unknown>)['.'] : pkg.exports;
  const target =
    typeof root === 'string' ? root : root && typeof root === 'object' ? ((root as Record<string, string>).import ?? (root as Record<string, string>).default) : undefined;
  return join(path, target ?? pkg.main ?? 'index.js');
}

async function importPlugin(entry: PluginEntry): Promise<{ module: Record<string, unknown>; source: string }> {
  if (isPathSpecifier(entry.specifier)) {
    const path = resolve(entry.baseDir, entry.specifier);
    let file: string;
    try {
      file = entryFileOf(path);
    } catch (error) {
      throw new PluginLoadError(entry.specifier, `not found (${(error as Error).message})`);
    }
    try {
      return { module: await import(pathToFileURL(file).href), source: file };
    } catch (error) {
      throw new PluginLoadError(entry.specifier, `failed to import ${file}: ${(error as Error).message}`);
    }
  }
  try {
    return { module: await import(entry.specifier), source: entry.specifier };
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const missing = (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'MODULE_NOT_FOUND') && err.message.includes(`'${entry.specifier}'`);
    throw new PluginLoadError(
      entry.specifier,
      missing ? `package not installed (run: npm install ${entry.specifier})` : `failed to import: ${err.message}`,
    );
  }
}

/**
 * The module's default export, which must be made by definePlugin() (a hand-made object or a named export is
 * refused), checked again as definePlugin checks it: it may come from another copy of the SDK.
 */
function asPlugin(module: Record<string, unknown>, specifier: string): RapportPlugin {
  let candidate = module.default;
  // A CommonJS plugin compiled from `export default` (TypeScript, Babel) arrives wrapped once more.
  if (!isRapportPlugin(candidate) && isTranspiledModule(candidate)) candidate = candidate.default;
  if (candidate === undefined) {
    throw new PluginLoadError(specifier, 'has no default export (export default definePlugin({ ... }) from @rapport/plugin-sdk)');
  }
  if (!isRapportPlugin(candidate)) {
    throw new PluginLoadError(specifier, 'its default export is not a plugin (make it with definePlugin() from @rapport/plugin-sdk)');
  }
  const problems = findPluginProblems(candidate);
  if (problems.length > 0) {
    throw new PluginLoadError(typeof candidate.name === 'string' && candidate.name ? candidate.name : specifier, `is invalid: ${problems.join('; ')}`);
  }
  return candidate;
}

function isTranspiledModule(value: unknown): value is { default: unknown } {
  return typeof value === 'object' && value !== null && (value as { __esModule?: unknown }).__esModule === true && 'default' in value;
}

function assertUniqueCodes(loaded: LoadedPlugin[]): void {
  // Networks and review sites are both connected accounts: one code space, as in definePlugin.
  const kinds: Array<[string, (p: RapportPlugin) => ReadonlyArray<{ code: string }>]> = [
    ['channel type', (p) => [...(p.channels ?? []), ...(p.reviewSources ?? [])]],
    ['rule', (p) => p.rules ?? []],
  ];
  const names = new Map<string, string>();
  for (const { plugin, specifier } of loaded) {
    const first = names.get(plugin.name);
    if (first) throw new PluginLoadError(plugin.name, `is loaded twice (as ${first} and ${specifier})`);
    names.set(plugin.name, specifier);
  }
  for (const [kind, list] of kinds) {
    const owners = new Map<string, string>();
    for (const { plugin } of loaded) {
      for (const { code } of list(plugin)) {
        const owner = owners.get(code);
        if (owner) throw new PluginLoadError(plugin.name, `${kind} code "${code}" is already provided by ${owner}`);
        owners.set(code, plugin.name);
      }
    }
  }
}

/**
 * Imports every configured plugin before Nest starts and checks it: the
 * export is a plugin, its compatibility range admits this core, its options
 * satisfy its schema, and no name or code is taken twice. The first problem
 * stops the boot with a PluginLoadError naming the plugin.
 */
export async function loadPlugins(entries: PluginEntry[]): Promise<PluginRegistry> {
  const loaded: LoadedPlugin[] = [];
  for (const entry of entries) {
    const { module, source } = await importPlugin(entry);
    const plugin = asPlugin(module, entry.specifier);
    if (!isCompatible(plugin.compatibility, CORE_API_VERSION)) {
      throw new PluginLoadError(plugin.name, `requires Rapport core ${plugin.compatibility}, but this core is ${CORE_API_VERSION}`);
    }
    if (plugin.configSchema) {
      const { valid, errors } = validateAgainstSchema(plugin.configSchema, entry.options);
      if (!valid) {
        throw new PluginLoadError(plugin.name, `invalid options: ${errors.map((e) => `${e.field || '(root)'} ${e.message}`).join('; ')}`);
      }
    }
    loaded.push({ plugin, options: entry.options, specifier: entry.specifier, source });
  }
  assertUniqueCodes(loaded);
  return new PluginRegistry(loaded);
}
