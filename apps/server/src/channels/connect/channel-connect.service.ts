import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  beginOAuthConnection,
  completeOAuthConnection,
  isOutboundBlockedError,
  parseInstanceInput,
  type ChannelDriver,
  type ConnectableAccount,
  type OAuthClient,
  type OAuthConnection,
  type OAuthEndpoints,
  type OAuthFlow,
  type OAuthTokenSet,
  type ReviewSourceDriver,
} from '@rapport/plugin-sdk';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { CredentialsCipher } from '../../auth/credentials-cipher.js';
import { roleAtLeast, Role } from '../../auth/role.enum.js';
import { User } from '../../auth/user.entity.js';
import { WorkspaceAccessService } from '../../auth/workspace-access.service.js';
import { ErrorCode, RapportError, UpstreamUnavailableError, UserInputError } from '../../common/errors.js';
import { RequestContext } from '../../common/request-context.js';
import { RAPPORT_CONFIG } from '../../config/config.tokens.js';
import type { RapportConfig } from '../../config/rapport-config.js';
import type { Logger } from '../../logging/logger.js';
import { LOGGER } from '../../logging/logger.tokens.js';
import type { PluginRegistry, Provided } from '../../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../../plugins/plugin.tokens.js';
import { Channel } from '../channel.entity.js';
import { ChannelsService } from '../channels.service.js';
import { DriverContextFactory } from '../driver-context.factory.js';
import { describeFailure } from '../network-failure.js';
import { ChannelConnectAttempt } from './connect-attempt.entity.js';
import type { BeginChannelConnectionInput, ChannelConnectionStart } from './dto/connect.types.js';
import { ChannelOAuthGrant } from './oauth-grant.entity.js';
import { ChannelPendingConnection } from './pending-connection.entity.js';

/** How long a user has to consent on the network. */
export const CONNECT_ATTEMPT_TTL_SECONDS = 15 * 60;

/** The path networks redirect the browser to (see ChannelConnectController). */
export const CONNECT_CALLBACK_PATH = '/connect/callback';

type ConnectableDriver = ChannelDriver | ReviewSourceDriver;

/** How long a user has to choose which accounts to connect, once the network listed them. */
export const PENDING_CONNECTION_TTL_SECONDS = 15 * 60;

/** What a connect attempt keeps, encrypted, until the callback. */
export interface PendingConnection {
  connection: OAuthConnection;
  endpoints: OAuthEndpoints;
  client: OAuthClient;
  codeVerifier?: string;
}

/** What a grant keeps, encrypted, to refresh a channel's tokens. */
export interface StoredGrant {
  connection: OAuthConnection;
  endpoints: OAuthEndpoints;
  client: OAuthClient;
  refreshToken?: string;
  /** The account chosen among those the consent covers (see `listConnectableAccounts`); its credentials are remade from it on refresh. */
  account?: ConnectableAccount;
}

/** What a consent keeps, encrypted, until the user who began confirms it (ChannelPendingConnection). */
export interface HeldConsent extends Omit<PendingConnection, 'codeVerifier'> {
  tokens: OAuthTokenSet;
  /** The accounts the consent covers: those the network listed, or the one account the credentials sign in as. */
  accounts: ConnectableAccount[];
  /** The credentials, when the flow makes them from the tokens alone (one account); else made per chosen account. */
  credentials?: Record<string, unknown>;
  /** The channel name for a one-account consent (the name typed at begin, else the network's). */
  displayName?: string;
  /** The channel this consent reconnects: confirming updates its credentials instead of connecting a new one. */
  reconnectChannelId?: string;
}

/** The callback's outcome, as the admin UI reads it from the redirect's query. */
export type ConnectOutcome = { ok: 'choose'; workspaceId: string; pendingId: string } | { ok: false; workspaceId?: string; code: string; message: string };

/** RFC 6749 §4.1.2.1 error codes a network may send back instead of a code: a closed list, safe to repeat. */
const AUTHORIZATION_ERRORS = ['access_denied', 'invalid_request', 'unauthorized_client', 'unsupported_response_type', 'invalid_scope', 'server_error', 'temporarily_unavailable'];

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Connecting accounts by consent (OAuth 2.0): `begin` hands out the network's consent URL with a fresh,
 * hashed, single-use `state` bound to the user, workspace and type, and a PKCE verifier; `complete` runs at
 * the callback, exchanges the code, learns which account consented and keeps the consent for that user to confirm
 * (PendingConnectionsService connects it through ChannelsService, so credentials are verified with the network,
 * encrypted, and an account already connected is refused, then keeps the refresh grant for TokenRefresher).
 */
@Injectable()
export class ChannelConnectService {
  private readonly cipher: CredentialsCipher;

  constructor(
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    @InjectRepository(ChannelConnectAttempt) private readonly attempts: Repository<ChannelConnectAttempt>,
    @InjectRepository(ChannelOAuthGrant) private readonly grants: Repository<ChannelOAuthGrant>,
    @InjectRepository(ChannelPendingConnection) private readonly pendingConnections: Repository<ChannelPendingConnection>,
    private readonly dataSource: DataSource,
    private readonly contexts: DriverContextFactory,
    private readonly channels: ChannelsService,
    private readonly access: WorkspaceAccessService,
  ) {
    this.cipher = new CredentialsCipher(config.secret);
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}${CONNECT_CALLBACK_PATH}`;
  }

  async begin(ctx: RequestContext, input: BeginChannelConnectionInput): Promise<ChannelConnectionStart> {
    const user = ctx.user; // a person consents in a browser: API keys cannot
    const { provided, flow } = this.resolveFlow(input.type);
    const reconnecting = input.channelId ? await this.channelToReconnect(ctx, input.channelId, input.type) : null;
    const { instanceUrl, loginHint } = await this.instanceFor(flow, input.instanceUrl, reconnecting);
    let pending;
    try {
      pending = await beginOAuthConnection(flow, this.contexts.forOAuth(provided.owner), {
        instanceUrl,
        loginHint,
        redirectUri: this.redirectUri,
        clientMetadataUrl: flow.clientMetadata ? this.clientMetadataUrl(input.type) : undefined,
      });
    } catch (error) {
      throw this.beginFailure(provided.driver, error, Boolean(flow.instance));
    }
    const id = randomUUID();
    const secret: PendingConnection = { connection: pending.connection, endpoints: pending.endpoints, client: pending.client, codeVerifier: pending.codeVerifier };
    const expiresAt = new Date(Date.now() + CONNECT_ATTEMPT_TTL_SECONDS * 1000);
    await this.attempts.insert({
      id,
      stateHash: sha256(pending.state),
      workspaceId: ctx.workspaceId,
      userId: user.id,
      channelType: input.type,
      channelId: reconnecting?.id ?? null,
      displayName: input.displayName?.trim() || null,
      pendingEncrypted: this.cipher.encrypt(secret, `connect-attempt:${id}`),
      expiresAt,
    });
    this.logger.info({ workspaceId: ctx.workspaceId, type: input.type, instanceUrl: pending.connection.instanceUrl, reconnect: Boolean(reconnecting) }, 'channel connection started');
    return { authorizeUrl: pending.authorizeUrl, expiresAt };
  }

  /**
   * The callback: checks and spends the state, exchanges the code, and keeps the consent for the user who began
   * to confirm (holdForConfirmation). Never throws: every outcome is something to tell the user on the redirect.
   */
  async complete(query: Record<string, unknown>, requestId: string): Promise<ConnectOutcome> {
    const state = typeof query.state === 'string' ? query.state : '';
    // Deleting it first makes the state single-use even when two callbacks race.
    const [rows]: [ChannelConnectAttempt[], number] = state
      ? await this.dataSource.query(
          `DELETE FROM channel_connect_attempt WHERE state_hash = $1
           RETURNING id, workspace_id AS "workspaceId", user_id AS "userId", channel_type AS "channelType", channel_id AS "channelId",
                     display_name AS "displayName", pending_encrypted AS "pendingEncrypted", expires_at AS "expiresAt"`,
          [sha256(state)],
        )
      : [[], 0];
    const attempt = rows[0];
    if (!attempt || attempt.expiresAt.getTime() < Date.now()) {
      return { ok: false, code: 'EXPIRED', message: 'This connection link expired or was already used: start connecting again.' };
    }
    const fail = (code: string, message: string): ConnectOutcome => {
      this.logger.warn({ workspaceId: attempt.workspaceId, type: attempt.channelType, code, reason: message }, 'channel connection failed');
      return { ok: false, workspaceId: attempt.workspaceId, code, message };
    };
    if (typeof query.error === 'string') {
      const reason = AUTHORIZATION_ERRORS.includes(query.error) ? query.error : 'refused';
      return fail(reason === 'access_denied' ? 'ACCESS_DENIED' : 'NETWORK_REFUSED', `The network did not grant access (${reason}).`);
    }
    if (typeof query.code !== 'string' || !query.code) return fail(ErrorCode.BAD_USER_INPUT, 'The network sent no authorization code back.');

    const user = await this.dataSource.getRepository(User).findOneBy({ id: attempt.userId });
    const role = user && (await this.access.roleIn({ kind: 'user', user }, attempt.workspaceId));
    if (!user || !role || !roleAtLeast(role, Role.ADMIN)) return fail(ErrorCode.FORBIDDEN, 'Whoever started this connection is no longer an ADMIN of the workspace.');
    let resolved;
    try {
      resolved = this.resolveFlow(attempt.channelType);
    } catch (error) {
      return fail(ErrorCode.BAD_USER_INPUT, (error as Error).message);
    }
    const { provided, flow } = resolved;
    let pending: PendingConnection;
    try {
      pending = this.cipher.decrypt<PendingConnection>(attempt.pendingEncrypted, `connect-attempt:${attempt.id}`);
    } catch {
      return fail('EXPIRED', 'This connection attempt can no longer be read (RAPPORT_SECRET changed since): start connecting again.');
    }

    let result;
    try {
      result = await completeOAuthConnection(flow, this.contexts.forOAuth(provided.owner), pending, query.code, { iss: typeof query.iss === 'string' ? query.iss : undefined });
    } catch (error) {
      const classification = provided.driver.classifyError(error);
      this.logger.warn({ workspaceId: attempt.workspaceId, type: attempt.channelType, classification, reason: (error as Error)?.message }, 'authorization code exchange failed');
      return fail(classification === 'retry' ? ErrorCode.UPSTREAM_UNAVAILABLE : ErrorCode.BAD_USER_INPUT, `${provided.driver.displayName} did not exchange the authorization code (${describeFailure(error)}); start connecting again.`);
    }

    const ctx = new RequestContext(requestId, { kind: 'user', user }, { workspaceId: attempt.workspaceId, role });
    const { tokens } = result;
    // What the flow learnt at the exchange (e.g. the account's server) is what refreshing uses.
    const consent = { connection: result.connection, endpoints: pending.endpoints, client: pending.client, tokens };
    const reconnecting = attempt.channelId ? await this.channels.get(ctx, attempt.channelId).catch(() => null) : null;
    if (attempt.channelId && !reconnecting) return fail(ErrorCode.NOT_FOUND, 'The channel being reconnected was disconnected meanwhile.');
    if (result.accounts) {
      // One consent, several accounts (e.g. locations): the user chooses, unless this reconnects one channel.
      if (!reconnecting) return this.holdForConfirmation(attempt, provided.driver, { ...consent, accounts: result.accounts }, fail);
      const account = result.accounts.find((candidate) => candidate.id === reconnecting.externalAccountId);
      if (!account) return fail('ACCOUNT_NOT_FOUND', `The ${provided.driver.displayName} user who consented cannot manage this channel's account (${reconnecting.externalAccountName}); consent as a user who can.`);
      return this.holdForConfirmation(attempt, provided.driver, { ...consent, accounts: [account], reconnectChannelId: reconnecting.id }, fail);
    }
    // One account: who it is, so the user who began sees what they are about to connect.
    let identity;
    try {
      identity = await this.channels.identify(attempt.channelType, result.credentials, reconnecting?.id);
    } catch (error) {
      if (error instanceof RapportError) return fail(String(error.extensions.code), error.message);
      throw error;
    }
    if (reconnecting && identity.accountId !== reconnecting.externalAccountId) {
      return fail('ACCOUNT_NOT_FOUND', `The ${provided.driver.displayName} account that consented (${identity.displayName}) is not this channel's (${reconnecting.externalAccountName}); consent as that account.`);
    }
    return this.holdForConfirmation(
      attempt,
      provided.driver,
      {
        ...consent,
        accounts: [{ id: identity.accountId, name: identity.displayName, ...(identity.url ? { details: identity.url } : {}) }],
        credentials: result.credentials,
        displayName: attempt.displayName ?? this.defaultDisplayName(provided.driver, result.connection),
        ...(reconnecting ? { reconnectChannelId: reconnecting.id } : {}),
      },
      fail,
    );
  }

  /** Where the browser goes after the callback: the configured admin URL with the outcome in its query. */
  returnUrl(outcome: ConnectOutcome): string {
    const url = new URL(this.config.connectReturnUrl);
    url.searchParams.set('connect', outcome.ok ? 'choose' : 'error');
    if (outcome.workspaceId) url.searchParams.set('workspaceId', outcome.workspaceId);
    if (outcome.ok) url.searchParams.set('pendingId', outcome.pendingId);
    else {
      url.searchParams.set('code', outcome.code);
      url.searchParams.set('message', outcome.message);
    }
    return url.toString();
  }

  /**
   * Keeps the consent (encrypted, for the user who began, expiring) until that user confirms it with
   * completeChannelConnection, choosing among the accounts it covers; the browser is sent to confirm. Nothing is
   * connected at the callback: the browser that comes back from the network may not be the one that began (a
   * forwarded consent link), so only the user who began, signed in, can connect what was consented.
   */
  private async holdForConfirmation(attempt: ChannelConnectAttempt, driver: ConnectableDriver, held: HeldConsent, fail: (code: string, message: string) => ConnectOutcome): Promise<ConnectOutcome> {
    if (!held.accounts.length) return fail('NO_ACCOUNTS', `The ${driver.displayName} user who consented manages nothing Rapport can connect.`);
    const id = randomUUID();
    await this.pendingConnections.insert({
      id,
      workspaceId: attempt.workspaceId,
      userId: attempt.userId,
      channelType: attempt.channelType,
      pendingEncrypted: this.cipher.encrypt(held, `pending-connection:${id}`),
      expiresAt: new Date(Date.now() + PENDING_CONNECTION_TTL_SECONDS * 1000),
    });
    this.logger.info({ workspaceId: attempt.workspaceId, type: attempt.channelType, accounts: held.accounts.length, reconnect: Boolean(held.reconnectChannelId) }, 'consent given; the connection waits for its confirmation');
    return { ok: 'choose', workspaceId: attempt.workspaceId, pendingId: id };
  }

  /** What a pending connection holds; null when it no longer decrypts (RAPPORT_SECRET changed since). */
  readHeldConsent(row: ChannelPendingConnection): HeldConsent | null {
    try {
      return this.cipher.decrypt<HeldConsent>(row.pendingEncrypted, `pending-connection:${row.id}`);
    } catch {
      return null;
    }
  }

  /** Stores (or replaces) what refreshing needs, tied to the credentials it just wrote (and the account chosen, if any). */
  async keepGrant(channel: Channel, pending: PendingConnection, tokens: OAuthTokenSet, account?: ConnectableAccount): Promise<void> {
    const grant: StoredGrant = { connection: pending.connection, endpoints: pending.endpoints, client: pending.client, refreshToken: tokens.refreshToken, ...(account ? { account } : {}) };
    await this.grants.upsert(
      {
        channelId: channel.id,
        workspaceId: channel.workspaceId,
        grantEncrypted: this.encryptGrant(channel.id, grant),
        credentialsFingerprint: sha256(channel.credentialsEncrypted),
        expiresAt: tokens.expiresAt ? new Date(tokens.expiresAt) : null,
        refreshable: Boolean(tokens.refreshToken),
        refreshedAt: null,
      },
      ['channelId'],
    );
  }

  encryptGrant(channelId: string, grant: StoredGrant): string {
    return this.cipher.encrypt(grant, `oauth-grant:${channelId}`);
  }

  decryptGrant(grant: ChannelOAuthGrant): StoredGrant {
    return this.cipher.decrypt<StoredGrant>(grant.grantEncrypted, `oauth-grant:${grant.channelId}`);
  }

  /** The driver of a type and its OAuth flow; BAD_USER_INPUT on `type` when there is none. */
  resolveFlow(type: string): { provided: Provided<ConnectableDriver>; flow: OAuthFlow } {
    const provided: Provided<ConnectableDriver> | undefined = this.registry.channelType(type) ?? this.registry.reviewSourceType(type);
    if (!provided) {
      const known = [...this.registry.channelTypes, ...this.registry.reviewSourceTypes].map((p) => p.driver.code);
      throw UserInputError.forField('type', `unknown channel type "${type}"; loaded types: ${known.join(', ') || 'none (configure plugins)'}`);
    }
    if (!provided.driver.oauth) throw UserInputError.forField('type', `${provided.driver.displayName} connects with credentials (connectChannel), not by consent`);
    return { provided, flow: provided.driver.oauth };
  }

  private async channelToReconnect(ctx: RequestContext, channelId: string, type: string): Promise<Channel> {
    const channel = await this.channels.get(ctx, channelId);
    if (channel.type !== type) throw UserInputError.forField('channelId', `channel ${channelId} is of type "${channel.type}", not "${type}"`);
    return channel;
  }

  /**
   * The server (or, where the flow takes one, the account) to connect: the one typed, else (reconnecting) the
   * channel's, else the flow's default.
   */
  private async instanceFor(flow: OAuthFlow, typed: string | undefined, reconnecting: Channel | null): Promise<{ instanceUrl?: string; loginHint?: string }> {
    if (!flow.instance) {
      if (typed?.trim()) throw UserInputError.forField('instanceUrl', 'this network has one address: leave instanceUrl out');
      return {};
    }
    if (!typed?.trim() && reconnecting) {
      const grant = await this.grants.findOneBy({ channelId: reconnecting.id });
      const connection = grant ? this.decryptGrant(grant).connection : undefined;
      if (connection?.loginHint && flow.instance.acceptsAccount) return { loginHint: connection.loginHint };
      typed = connection?.instanceUrl;
    }
    if (!typed?.trim() && !flow.instance.defaultUrl) throw UserInputError.forField('instanceUrl', `${flow.instance.label} is required, e.g. https://mastodon.social`);
    try {
      return parseInstanceInput(flow.instance, typed);
    } catch (error) {
      throw UserInputError.forField('instanceUrl', (error as Error).message);
    }
  }

  /** The client id of a flow with a client metadata document: where Rapport serves it (ChannelConnectController). */
  clientMetadataUrl(type: string): string {
    return `${this.config.publicUrl}/connect/${encodeURIComponent(type)}/client-metadata.json`;
  }

  /** The client metadata document of a type whose flow has one; null when there is none (404). */
  clientMetadata(type: string): Record<string, unknown> | null {
    const provided: Provided<ConnectableDriver> | undefined = this.registry.channelType(type) ?? this.registry.reviewSourceType(type);
    const flow = provided?.driver.oauth;
    if (!provided || !flow?.clientMetadata) return null;
    return flow.clientMetadata(this.contexts.forOAuth(provided.owner), { clientId: this.clientMetadataUrl(type), redirectUri: this.redirectUri, scopes: [...flow.scopes] });
  }

  /** A failure before the browser leaves (endpoint discovery, client registration), for the API caller. */
  private beginFailure(driver: ConnectableDriver, error: unknown, hasInstance: boolean): RapportError {
    if (error instanceof RapportError) return error;
    const classification = driver.classifyError(error);
    this.logger.warn({ type: driver.code, classification, reason: (error as Error)?.message }, 'channel connection could not start');
    const field = hasInstance ? 'instanceUrl' : 'type';
    if (isOutboundBlockedError(error)) return UserInputError.forField(field, `${driver.displayName}: ${error.message}`);
    if (classification === 'retry') return new UpstreamUnavailableError(`${driver.displayName} could not be reached to start connecting (${describeFailure(error)}); try again.`);
    return UserInputError.forField(field, `${driver.displayName} refused to start connecting (${describeFailure(error)})`);
  }

  private defaultDisplayName(driver: ConnectableDriver, connection: OAuthConnection): string {
    return connection.instanceUrl ? `${driver.displayName} (${new URL(connection.instanceUrl).host})` : driver.displayName;
  }
}

