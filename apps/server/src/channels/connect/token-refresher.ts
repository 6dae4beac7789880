import { Inject, Injectable } from '@nestjs/common';
import { refreshOAuthConnection, retryAfterOf } from '@rapport/plugin-sdk';
import { DataSource } from 'typeorm';
import { EventBus } from '../../events/event-bus.js';
import { defineJob, JobQueue, RetryLater, type JobInfo } from '../../jobs/job-queue.js';
import type { Logger } from '../../logging/logger.js';
import { LOGGER } from '../../logging/logger.tokens.js';
import { Channel, ChannelStatus } from '../channel.entity.js';
import { ChannelUpdatedEvent } from '../channel-updated.event.js';
import { DriverContextFactory } from '../driver-context.factory.js';
import { describeFailure } from '../network-failure.js';
import { ChannelConnectService, sha256 } from './channel-connect.service.js';
import { ChannelOAuthGrant } from './oauth-grant.entity.js';

/** Tokens are renewed when they expire within this: a sweep every minute leaves several tries before expiry. */
export const REFRESH_MARGIN_SECONDS = 10 * 60;

/** Every minute: queue a refresh for each connected channel whose token expires soon, and forget stale connect attempts and unchosen accounts. */
export const OAUTH_HOUSEKEEPING = defineJob<object>({ name: 'oauth-housekeeping', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 120 });

/** Renews one channel's access token with its refresh token. */
export const REFRESH_CHANNEL_TOKEN = defineJob<{ workspaceId: string; channelId: string }>({ name: 'refresh-channel-token', retryLimit: 3, retryDelaySeconds: 10, expireInSeconds: 60 });

/** What one refresh did. */
export type RefreshOutcome = 'refreshed' | 'not-due' | 'skipped' | 'needs-reauth';

/**
 * Keeps OAuth-connected channels working: renews access tokens before they expire (the driver's
 * `oauth.refresh`, else RFC 6749 §6), and marks a channel NEEDS_REAUTH (announced on channelUpdated) when
 * the network refuses the refresh token or a token that cannot be refreshed has expired. Transient failures
 * are retried by the queue, no sooner than the network asked.
 */
@Injectable()
export class TokenRefresher {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly connect: ChannelConnectService,
    private readonly events: EventBus,
    private readonly queue: JobQueue,
  ) {
    queue.register(OAUTH_HOUSEKEEPING, async () => {
      await this.sweep();
    });
    queue.schedule(OAUTH_HOUSEKEEPING, '* * * * *');
    queue.register(REFRESH_CHANNEL_TOKEN, async ({ channelId }, job) => {
      await this.refresh(channelId, job);
    });
  }

  /** Queues a refresh for every connected channel whose token expires within the margin (or, if it cannot be refreshed, has expired); returns how many. */
  async sweep(): Promise<number> {
    await this.dataSource.query('DELETE FROM channel_connect_attempt WHERE expires_at < now()');
    await this.dataSource.query('DELETE FROM channel_pending_connection WHERE expires_at < now()');
    const due: Array<{ channel_id: string; workspace_id: string }> = await this.dataSource.query(
      `SELECT g.channel_id, g.workspace_id FROM channel_oauth_grant g JOIN channel c ON c.id = g.channel_id
        WHERE c.status = 'CONNECTED' AND g.expires_at < now() + make_interval(secs => $1) AND (g.refreshable OR g.expires_at <= now())`,
      [REFRESH_MARGIN_SECONDS],
    );
    for (const { channel_id, workspace_id } of due) {
      await this.queue.send(REFRESH_CHANNEL_TOKEN, { workspaceId: workspace_id, channelId: channel_id }, { singletonKey: `refresh-token:${channel_id}` });
    }
    return due.length;
  }

  async refresh(channelId: string, job: JobInfo = { id: 'direct', retryCount: 0 }): Promise<RefreshOutcome> {
    const grants = this.dataSource.getRepository(ChannelOAuthGrant);
    const grant = await grants.findOneBy({ channelId });
    const channel = grant && (await this.dataSource.getRepository(Channel).findOneBy({ id: channelId }));
    if (!grant || !channel || channel.status !== ChannelStatus.CONNECTED) return 'skipped';
    if (sha256(channel.credentialsEncrypted) !== grant.credentialsFingerprint) {
      // An admin replaced the credentials by hand since: this grant is not theirs to renew.
      await grants.delete({ channelId });
      this.logger.info({ channelId }, 'channel credentials were replaced; dropped its OAuth grant');
      return 'skipped';
    }
    if (!grant.expiresAt || grant.expiresAt.getTime() > Date.now() + REFRESH_MARGIN_SECONDS * 1000) return 'not-due';
    let resolved;
    try {
      resolved = this.connect.resolveFlow(channel.type);
    } catch {
      return 'skipped'; // the plugin is no longer loaded, or no longer connects by OAuth
    }
    const { provided, flow } = resolved;
    const stored = this.connect.decryptGrant(grant);
    if (!grant.refreshable || !stored.refreshToken) {
      if (grant.expiresAt.getTime() > Date.now()) return 'not-due';
      await this.needsReauth(channel, `${provided.driver.displayName}: the access token expired and the network gave no way to renew it; reconnect the account.`);
      return 'needs-reauth';
    }

    let refreshed;
    try {
      refreshed = await refreshOAuthConnection(flow, this.contexts.forOAuth(provided.owner), {
        refreshToken: stored.refreshToken,
        client: stored.client,
        endpoints: stored.endpoints,
        connection: stored.connection,
        account: stored.account,
      });
    } catch (error) {
      const classification = provided.driver.classifyError(error);
      this.logger.warn({ channelId, classification, reason: (error as Error)?.message, attempt: job.retryCount }, 'token refresh failed');
      if (classification === 'retry') throw new RetryLater(`token refresh: ${describeFailure(error)}`, retryAfterOf(error));
      await this.needsReauth(channel, `${provided.driver.displayName}: renewing the access token failed (${describeFailure(error)}); reconnect the account.`, classification === 'fatal');
      return 'needs-reauth';
    }

    const credentialsEncrypted = this.contexts.encryptCredentials(channel.id, refreshed.credentials);
    const renewed = await this.dataSource.transaction(async (manager) => {
      // Only over the credentials this grant wrote: a paste in the meantime wins.
      const updated = await manager.update(Channel, { id: channel.id, credentialsEncrypted: channel.credentialsEncrypted }, { credentialsEncrypted });
      if (!updated.affected) return false;
      await manager.update(ChannelOAuthGrant, { channelId }, {
        grantEncrypted: this.connect.encryptGrant(channelId, { ...stored, refreshToken: refreshed.tokens.refreshToken }),
        credentialsFingerprint: sha256(credentialsEncrypted),
        expiresAt: refreshed.tokens.expiresAt ? new Date(refreshed.tokens.expiresAt) : null,
        refreshable: Boolean(refreshed.tokens.refreshToken),
        refreshedAt: new Date(),
      });
      return true;
    });
    this.logger.info({ channelId, renewed, expiresAt: refreshed.tokens.expiresAt }, 'channel token refreshed');
    return renewed ? 'refreshed' : 'skipped';
  }

  private async needsReauth(channel: Channel, reason: string, fatal = false): Promise<void> {
    const status = fatal ? ChannelStatus.ERROR : ChannelStatus.NEEDS_REAUTH;
    await this.dataSource.getRepository(Channel).update({ id: channel.id }, { status, statusReason: reason });
    const { credentialsEncrypted: _ciphertext, ...visible } = { ...channel, status, statusReason: reason };
    await this.events.publish(new ChannelUpdatedEvent(channel.workspaceId, { channel: visible, disconnected: false }));
  }
}
