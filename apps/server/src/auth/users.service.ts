import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { ConflictError, AuthenticationError } from '../common/errors.js';
import { savedUnlessTaken } from '../database/database-errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { RateLimits } from './rate-limits.js';
import { User } from './user.entity.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  isInstanceAdmin?: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly rateLimits: RateLimits,
  ) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOneBy(User, { email: normaliseEmail(email) });
  }

  async create(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const email = normaliseEmail(input.email);
    const taken = () => new ConflictError(`A user with e-mail ${email} already exists.`);
    if (await manager.existsBy(User, { email })) throw taken();
    const passwordHash = await hashPassword(input.password);
    return savedUnlessTaken(() => manager.save(manager.create(User, { email, name: input.name.trim(), passwordHash, isInstanceAdmin: input.isInstanceAdmin ?? false })), taken);
  }

  /**
   * The user behind these credentials; one message for unknown e-mail and
   * wrong password. Throttled per e-mail and per caller IP (RATE_LIMITED).
   */
  authenticate(email: string, password: string, clientIp: string): Promise<User> {
    return this.rateLimits.throttleLogin(normaliseEmail(email), clientIp, async () => {
      const user = await this.findByEmail(email);
      if (!(await verifyPassword(user?.passwordHash, password)) || !user) {
        throw new AuthenticationError('Invalid e-mail or password.');
      }
      return user;
    });
  }

  hasAnyUser(): Promise<boolean> {
    return this.users.exists();
  }
}
