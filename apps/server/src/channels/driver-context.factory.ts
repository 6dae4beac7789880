import { Inject, Injectable } from '@nestjs/common';
import { createHttpClient, createOutboundGuard, type DriverContext, type OAuthContext, type OutboundGuard } from '@rapport/plugin-sdk';
import { DataSource } from 'typeorm';
import { CredentialsCipher } from '../auth/credentials-cipher.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { createPluginStore } from '../plugins/plugin-store.js';
import type { LoadedPlugin } from '../plugins/plugin-registry.js';
import type { Channel } from './channel.entity.js';
import { encryptedStore } from './connect/encrypted-store.js';

const DEFAULT_HTTP_TIMEOUT_MS = 10_000;
/** Channels whose context is kept for reuse; beyond that the oldest is dropped. */
const CONTEXT_CACHE_SIZE = 2_000;

/**
 * Builds what a driver gets: the channel's decrypted credentials, an HTTP
 * client bound to the plugin's base URL, a logger and a key/value store. It
 * is the only place credentials are decrypted, and drivers get nothing else
 * (no database, no other workspace). Every client goes through the one
 * outbound guard of the configured policy, so a URL in credentials cannot
 * reach Rapport itself or the private network.
 */
@Injectable()
export class DriverContextFactory {
  private readonly cipher: CredentialsCipher;
  /** Each channel's context with the ciphertext it was decrypted from: new credentials are a new ciphertext. */
  private readonly channelContexts = new Map<string, { ciphertext: string; context: DriverContext }>();
  /** The one outbound guard of the configured policy; outbound webhooks send through it too. */
  readonly outbound: OutboundGuard;

  constructor(
    @Inject(RAPPORT_CONFIG) config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {
    this.cipher = new CredentialsCipher(config.secret);
    this.outbound = createOutboundGuard(config.outbound);
  }

  /** Ciphertext bound to the channel's id (used as associated data). */
  encryptCredentials(channelId: string, credentials: Record<string, unknown>): string {
    return this.cipher.encrypt(credentials, `channel:${channelId}`);
  }

  /**
   * The channel's context, reused while its credentials are unchanged: a burst of webhook deliveries or publish
   * jobs decrypts them and builds the client and logger once. Credentials are frozen, so no caller can change them
   * for the next.
   */
  forChannel(channel: Channel, owner: LoadedPlugin): DriverContext {
    const key = `${owner.plugin.name}\u0000${channel.id}`;
    const cached = this.channelContexts.get(key);
    if (cached?.ciphertext === channel.credentialsEncrypted) return cached.context;
    const credentials = Object.freeze(this.cipher.decrypt<Record<string, unknown>>(channel.credentialsEncrypted, `channel:${channel.id}`));
    const context = this.build(owner, credentials, channel.id);
    this.channelContexts.delete(key);
    if (this.channelContexts.size >= CONTEXT_CACHE_SIZE) this.channelContexts.delete(this.channelContexts.keys().next().value as string);
    this.channelContexts.set(key, { ciphertext: channel.credentialsEncrypted, context });
    return context;
  }

  /** For credentials not stored yet (verification while connecting). */
  forCredentials(owner: LoadedPlugin, credentials: Record<string, unknown>, channelId: string): DriverContext {
    return this.build(owner, credentials, channelId);
  }

  /**
   * For a driver's OAuth hooks, before any channel exists: the same guarded HTTP client, and the plugin-wide
   * store (scope '') with values encrypted, where registered clients are cached.
   */
  forOAuth(owner: LoadedPlugin): OAuthContext {
    return {
      options: owner.options,
      http: this.http(owner),
      logger: this.logger.child({ plugin: owner.plugin.name }),
      store: encryptedStore(createPluginStore(this.dataSource, owner.plugin.name, ''), this.cipher, `plugin-store:${owner.plugin.name}`),
    };
  }

  private build(owner: LoadedPlugin, credentials: Record<string, unknown>, channelId: string): DriverContext {
    return {
      channelId,
      credentials,
      options: owner.options,
      http: this.http(owner),
      logger: this.logger.child({ plugin: owner.plugin.name, channelId }),
      store: createPluginStore(this.dataSource, owner.plugin.name, channelId),
    };
  }

  private http(owner: LoadedPlugin) {
    const baseUrl = typeof owner.options.baseUrl === 'string' ? owner.options.baseUrl : undefined;
    const timeoutMs = typeof owner.options.timeoutMs === 'number' ? owner.options.timeoutMs : DEFAULT_HTTP_TIMEOUT_MS;
    return createHttpClient({ baseUrl, timeoutMs, guard: this.outbound });
  }
}
