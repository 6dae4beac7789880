import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { deriveKey } from './secrets.js';
import type { User } from './user.entity.js';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/** How many verified tokens are remembered (oldest forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/** Stateless JWT sessions (HS256, key derived from RAPPORT_SECRET). */
@Injectable()
export class SessionsService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature was already checked, with their subject and expiry: a client sends the same token on
   * every request, and checking the HMAC each time was a few percent of a list query's CPU. The key never changes
   * while the process runs, so a token once valid stays valid until it expires.
   */
  private readonly verified = new Map<string, { userId: string; expiresAtMs: number }>();

  constructor(@Inject(RAPPORT_CONFIG) private readonly config: RapportConfig) {
    this.key = deriveKey(config.secret, 'session-jwt');
  }

  async issue(userId: string): Promise<IssuedSession> {
    const expiresAt = new Date(Date.now() + this.config.sessionTtlSeconds * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('rapport')
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** A session for this user, as returned by login-like mutations. */
  async start(user: User): Promise<IssuedSession & { user: User }> {
    return { ...(await this.issue(user.id)), user };
  }

  /** The user id of a valid session token, or null when it is invalid or expired. */
  async verify(token: string): Promise<string | null> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAtMs > Date.now()) return known.userId;
      this.verified.delete(token);
      return null;
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'rapport', algorithms: ['HS256'] });
      if (!payload.sub) return null;
      if (payload.exp !== undefined) {
        if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { userId: payload.sub, expiresAtMs: payload.exp * 1000 });
      }
      return payload.sub;
    } catch {
      return null;
    }
  }
}
