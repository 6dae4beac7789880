import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuthenticationError, RateLimitedError } from '../common/errors.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig, RateLimitConfig } from '../config/rapport-config.js';
import { sha256Hex } from './secrets.js';

/** How long wrong passwords in a row are remembered when no login succeeds. */
const FAILURE_MEMORY_SECONDS = 24 * 3600;

interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
  inMemoryBlockOnConsumed?: number;
}

function retryAfterSeconds(rejection: RateLimiterRes): number {
  return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
}

/** A limiter's rejection: a store failure is rethrown as it is, a spent budget becomes RATE_LIMITED. */
function refusal(rejection: unknown, message: (retryAfter: number) => string): Error {
  if (!(rejection instanceof RateLimiterRes)) return rejection instanceof Error ? rejection : new Error(String(rejection));
  const retryAfter = retryAfterSeconds(rejection);
  return new RateLimitedError(message(retryAfter), retryAfter);
}

/**
 * Brute-force and abuse limits (rate-limiter-flexible). The counters live in
 * PostgreSQL (the `rate_limit` table of our migrations), or in Redis when
 * REDIS_URL is set, so they hold across replicas.
 *
 * Logins: each e-mail gets RAPPORT_LOGIN_MAX_FAILURES wrong passwords in a
 * row; then it is locked, and every wrong password after a lock doubles the
 * next one. Each IP address gets RAPPORT_LOGIN_IP_MAX_FAILURES failed logins
 * per window. A refused attempt never reaches bcrypt. API keys get
 * RAPPORT_API_KEY_MAX_REQUESTS requests per window.
 */
@Injectable()
export class RateLimits implements OnApplicationShutdown {
  private readonly limits: RateLimitConfig;
  private readonly redis?: Redis;
  /** Wrong passwords in a row per e-mail; an attempt counts from its start, so parallel guesses cannot slip past. */
  private readonly accountFailures: RateLimiterAbstract;
  /** An account's lock: one point, so after the lock only the one attempt that takes it runs. */
  private readonly accountLocks: RateLimiterAbstract;
  private readonly ipFailures: RateLimiterAbstract;
  private readonly apiKeyRequests: RateLimiterAbstract;

  constructor(@Inject(RAPPORT_CONFIG) config: RapportConfig, dataSource: DataSource) {
    this.limits = config.rateLimits;
    // Fail fast while Redis is unreachable, and count in this process meanwhile (the library's insurance limiter).
    if (config.redisUrl) this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false });
    const limiter = (options: LimiterOptions): RateLimiterAbstract =>
      this.redis
        ? new RateLimiterRedis({ ...options, keyPrefix: `rapport:${options.keyPrefix}`, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterPostgres({ ...options, storeClient: dataSource, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true });
    this.accountFailures = limiter({ keyPrefix: 'login-fails-account', points: this.limits.loginFailuresPerAccount, duration: FAILURE_MEMORY_SECONDS });
    this.accountLocks = limiter({ keyPrefix: 'login-lock-account', points: 1, duration: this.limits.loginLockSeconds });
    this.ipFailures = limiter({ keyPrefix: 'login-fails-ip', points: this.limits.loginFailuresPerIp, duration: this.limits.loginIpWindowSeconds });
    this.apiKeyRequests = limiter({
      keyPrefix: 'api-key-requests',
      points: this.limits.apiKeyRequests,
      duration: this.limits.apiKeyWindowSeconds,
      // A key over its budget is refused from memory until the window ends, sparing the store a flood.
      inMemoryBlockOnConsumed: this.limits.apiKeyRequests + 1,
    });
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  /**
   * Runs `checkPassword` (which throws AuthenticationError on a wrong
   * password) unless this (normalised) e-mail or the IP address is locked;
   * then it throws RATE_LIMITED without running it. A success forgets the
   * e-mail's failures.
   */
  async throttleLogin<T>(email: string, clientIp: string, checkPassword: () => Promise<T>): Promise<T> {
    // Hashed: unknown e-mails are throttled alike, and the store holds no e-mail addresses.
    const account = sha256Hex(email);
    await this.ipFailures.consume(clientIp).catch((rejection: unknown) => {
      throw refusal(rejection, (seconds) => `Too many failed logins from your address: try again in ${seconds} s.`);
    });
    const notAFailure = () => Promise.all([this.accountFailures.reward(account), this.ipFailures.reward(clientIp)]);
    // Counted before the check (a success undoes it), so guesses sent at once each take their own place in line.
    const failures = (await this.accountFailures.penalty(account)).consumedPoints;
    if (failures > this.limits.loginFailuresPerAccount) {
      await this.accountLocks.consume(account, 1, { customDuration: this.lockSeconds(failures) }).catch(async (rejection: unknown) => {
        await notAFailure();
        throw refusal(rejection, (seconds) => `Too many wrong passwords for this account: try again in ${seconds} s.`);
      });
    }
    let result: T;
    try {
      result = await checkPassword();
    } catch (error) {
      if (!(error instanceof AuthenticationError)) await notAFailure();
      // The last wrong password allowed locks the account, so the next attempt is refused at once.
      else if (failures >= this.limits.loginFailuresPerAccount) await this.accountLocks.block(account, this.lockSeconds(failures));
      throw error;
    }
    await Promise.all([this.accountFailures.delete(account), this.accountLocks.delete(account), this.ipFailures.reward(clientIp)]);
    return result;
  }

  /** Counts one request of this API key; RATE_LIMITED once it is over its budget for the window. */
  async countApiKeyRequest(apiKeyId: string): Promise<void> {
    const { apiKeyRequests, apiKeyWindowSeconds } = this.limits;
    await this.apiKeyRequests.consume(apiKeyId).catch((rejection: unknown) => {
      throw refusal(rejection, (seconds) => `This API key is limited to ${apiKeyRequests} requests per ${apiKeyWindowSeconds} s: try again in ${seconds} s.`);
    });
  }

  /** The lock after `failures` wrong passwords in a row: doubles with each one past the limit, up to the maximum. */
  private lockSeconds(failures: number): number {
    const doublings = Math.min(failures - this.limits.loginFailuresPerAccount, 30);
    return Math.min(this.limits.loginLockSeconds * 2 ** doublings, this.limits.loginMaxLockSeconds);
  }
}
