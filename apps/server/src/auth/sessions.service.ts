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

/** Stateless JWT sessions (HS256, key derived from RAPPORT_SECRET). */
@Injectable()
export class SessionsService {
  private readonly key: Uint8Array;

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
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'rapport', algorithms: ['HS256'] });
      return payload.sub ?? null;
    } catch {
      return null;
    }
  }
}
