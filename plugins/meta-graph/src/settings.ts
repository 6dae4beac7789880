import type { JSONSchema } from '@rapport/plugin-sdk';

/** The Meta app Rapport is, and where its API lives; read from a plugin's options. */
export interface MetaAppSettings {
  appId?: string;
  appSecret?: string;
  /** The Verify Token typed in the App Dashboard's Webhooks settings. */
  webhookVerifyToken?: string;
  /** The Graph API origin. */
  graphUrl: string;
  /** The origin of the consent dialog. */
  dialogUrl: string;
  version: string;
  /** How often a media container's status is asked for while Meta processes it. */
  containerPollIntervalMs: number;
  /** How long to wait for a container before the publish is tried again later. */
  containerTimeoutMs: number;
}

export interface MetaDefaults {
  graphUrl: string;
  dialogUrl: string;
  version: string;
}

/**
 * The Graph API version Rapport is written and tested against. Meta keeps a version for at least two years
 * (https://developers.facebook.com/docs/graph-api/guides/versioning); `graphApiVersion` pins another.
 */
export const GRAPH_API_VERSION = 'v25.0';

export const FACEBOOK_DEFAULTS: MetaDefaults = { graphUrl: 'https://graph.facebook.com', dialogUrl: 'https://www.facebook.com', version: GRAPH_API_VERSION };

/** Threads has its own host and versions (https://developers.facebook.com/docs/threads). */
export const THREADS_DEFAULTS: MetaDefaults = { graphUrl: 'https://graph.threads.net', dialogUrl: 'https://threads.net', version: 'v1.0' };

/** Options every Meta plugin takes (spread into its configSchema's properties). */
export const metaAppOptions: Record<string, JSONSchema> = {
  appId: { type: 'string', pattern: '^[0-9]+$', description: 'The Meta app id (App Dashboard > App settings > Basic); needed to connect accounts by consent.' },
  appSecret: { type: 'string', minLength: 1, description: 'The app secret: signs every call (appsecret_proof) and checks webhook signatures (X-Hub-Signature-256).' },
  webhookVerifyToken: { type: 'string', minLength: 8, description: 'The Verify Token typed in the App Dashboard when subscribing the webhook callback URL.' },
  graphApiVersion: { type: 'string', pattern: '^v[0-9]+\\.[0-9]+$', description: 'Graph API version, e.g. v25.0 (the default).' },
  graphUrl: { type: 'string', format: 'uri', description: 'Graph API origin; only for tests against a local fake.' },
  dialogUrl: { type: 'string', format: 'uri', description: 'Origin of the consent dialog; only for tests against a local fake.' },
  containerPollIntervalMs: { type: 'integer', minimum: 10, maximum: 60_000, description: 'How often to ask whether a media container is processed. Default 2000.' },
  containerTimeoutMs: { type: 'integer', minimum: 100, maximum: 600_000, description: 'How long to wait for a media container before publishing is tried again later. Default 60000.' },
  timeoutMs: { type: 'integer', minimum: 100, description: 'HTTP timeout per request. Default 10000.' },
};

export function metaAppSettings(options: Record<string, unknown>, defaults: MetaDefaults): MetaAppSettings {
  const text = (name: string) => (typeof options[name] === 'string' && options[name] ? (options[name] as string) : undefined);
  const number = (name: string, fallback: number) => (typeof options[name] === 'number' ? (options[name] as number) : fallback);
  return {
    appId: text('appId'),
    appSecret: text('appSecret'),
    webhookVerifyToken: text('webhookVerifyToken'),
    graphUrl: (text('graphUrl') ?? defaults.graphUrl).replace(/\/+$/, ''),
    dialogUrl: (text('dialogUrl') ?? defaults.dialogUrl).replace(/\/+$/, ''),
    version: text('graphApiVersion') ?? defaults.version,
    containerPollIntervalMs: number('containerPollIntervalMs', 2000),
    containerTimeoutMs: number('containerTimeoutMs', 60_000),
  };
}
