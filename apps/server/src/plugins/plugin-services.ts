import type { Logger } from '../logging/logger.js';
import { PluginLoadError } from './plugin-loader.js';
import type { PluginRegistry } from './plugin-registry.js';

export interface RunningPluginServices {
  stop(): Promise<void>;
}

/**
 * Starts the background services plugins declare with `start()` (e.g. the
 * embedded sandbox network). A service that fails to start stops the boot
 * like any other plugin problem; the ones already started are stopped.
 */
export async function startPluginServices(registry: PluginRegistry, logger: Logger): Promise<RunningPluginServices> {
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
      const service = await plugin.start({
        options,
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
