/** Injection token for the PluginRegistry built before Nest starts. */
export const PLUGIN_REGISTRY = Symbol('PLUGIN_REGISTRY');
