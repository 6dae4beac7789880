import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logging/logger.js';
import { PluginLoadError } from './plugin-loader.js';
import type { PluginRegistry } from './plugin-registry.js';

export interface RunningPluginServices {
  stop(): Promise<void>;
}

/** The folder a plugin may keep files in: `<stateDir>/plugins/<its name as one safe folder name>`. */
export function pluginStateDir(stateDir: string, pluginName: string): string {
  return join(stateDir, 'plugins', pluginName.replace(/^@/, '').replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^\.+/, '_'));
}

/**
 * Starts the background services plugins declare with `start()` (e.g. the
 * embedded sandbox network), each with its own folder under `stateDir`. A
 * service that fails to start stops the boot like any other plugin problem;
 * the ones already started are stopped.
 */
export async function startPluginServices(registry: PluginRegistry, logger: Logger, stateDir: string): Promise<RunningPluginServices> {
  const running: Array<{ name: string; stop(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const service of running.reverse()) {
      await service.stop().catch((error: unknown) => logger.error({ plugin: service.name, err: error }, 'plugin service failed to stop'));
    }
  };
  for (const { plugin, options } of registry.plugins) {
    if (!plugin.start) continue;
    const log = logger.child({ plugin: plugin.name });
    try {
      const dir = pluginStateDir(stateDir, plugin.name);
      mkdirSync(dir, { recursive: true });
      const service = await plugin.start({
        options,
        stateDir: dir,
        logger: {
          debug: (message, meta) => log.debug(meta ?? {}, message),
          info: (message, meta) => log.info(meta ?? {}, message),
          warn: (message, meta) => log.warn(meta ?? {}, message),
          error: (message, meta) => log.error(meta ?? {}, message),
        },
      });
      if (service) running.push({ name: plugin.name, stop: () => service.stop() });
    } catch (error) {
      await stopAll();
      throw new PluginLoadError(plugin.name, `failed to start: ${(error as Error).message}`);
    }
  }
  return { stop: stopAll };
}
