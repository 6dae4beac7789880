import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { entitiesFrom, selectColumns } from '../common/entity-rows.js';
import { AuthenticationError } from '../common/errors.js';
import type { Principal } from '../common/request-context.js';
import { ApiKey } from './api-key.entity.js';
import { RateLimits } from './rate-limits.js';
import { sha256Hex } from './secrets.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';
import { Role } from './role.enum.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const API_KEY_PREFIX = 'rk_';
const LAST_USED_RESOLUTION_MS = 60_000;

/** Turns an Authorization header into a Principal (user session or API key). */
@Injectable()
export class PrincipalService {
  constructor(
    private readonly sessions: SessionsService,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(ApiKey) private readonly apiKeys: Repository<ApiKey>,
    private readonly rateLimits: RateLimits,
  ) {}

  /**
   * Null when no credentials were sent; throws UNAUTHENTICATED when they are
   * wrong. `workspaceId`: the workspace the request names, whose membership
   * is then read with the user, in the same statement (see prefetchedRole).
   */
  async fromAuthorizationHeader(header: string | undefined, workspaceId?: string): Promise<Principal | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <session token or API key>".');
    const token = match[1];
    return token.startsWith(API_KEY_PREFIX) ? this.fromApiKey(token) : this.fromSession(token, workspaceId);
  }

  private async fromSession(token: string, workspaceId?: string): Promise<Principal> {
    const userId = await this.sessions.verify(token);
    if (!userId || !UUID.test(userId)) throw new AuthenticationError('Your session is invalid or has expired: log in again.');
    if (!workspaceId) {
      const user = await this.users.findOneBy({ id: userId });
      if (!user) throw new AuthenticationError('Your session is invalid or has expired: log in again.');
      return { kind: 'user', user };
    }
    // Every request with a workspace comes here: one hand-written statement (its column list made once), no query builder.
    const connection = this.users.manager.connection;
    const rows: Array<Record<string, unknown> & { member_role: Role | null; workspace_found: string | null }> = await this.users.query(
      `SELECT ${selectColumns(connection, User, 'u')}, m.role AS member_role, w.id AS workspace_found
         FROM "user" u LEFT JOIN workspace_member m ON m.user_id = u.id AND m.workspace_id = $2 LEFT JOIN workspace w ON w.id = $2
        WHERE u.id = $1`,
      [userId, workspaceId],
    );
    const [user] = entitiesFrom(connection, User, 'u', rows);
    if (!user) throw new AuthenticationError('Your session is invalid or has expired: log in again.');
    // As WorkspaceAccessService.roleIn decides: an instance admin is OWNER of every workspace that exists.
    const role = user.isInstanceAdmin ? (rows[0].workspace_found ? Role.OWNER : null) : (rows[0].member_role ?? null);
    return { kind: 'user', user, prefetchedRole: { workspaceId, role } };
  }

  private async fromApiKey(secret: string): Promise<Principal> {
    // Every request with a key comes here: as for sessions, one hand-written statement.
    const connection = this.apiKeys.manager.connection;
    const rows = await this.apiKeys.query(`SELECT ${selectColumns(connection, ApiKey, 'k')} FROM api_key k WHERE k.secret_hash = $1 AND k.revoked_at IS NULL`, [sha256Hex(secret)]);
    const [apiKey] = entitiesFrom(connection, ApiKey, 'k', rows);
    if (!apiKey) throw new AuthenticationError('This API key is unknown or has been revoked.');
    await this.rateLimits.countApiKeyRequest(apiKey.id);
    await this.touch(apiKey);
    return { kind: 'apiKey', apiKey };
  }

  /** Records use at most once a minute, so busy keys do not write on every request. */
  private async touch(apiKey: ApiKey): Promise<void> {
    const now = new Date();
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    if (apiKey.lastUsedAt && apiKey.lastUsedAt > staleBefore) return;
    // Plain SQL: using a key is not a change to it, so updated_at stays as it is.
    await this.apiKeys.query('UPDATE api_key SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)', [now, apiKey.id, staleBefore]);
  }
}
