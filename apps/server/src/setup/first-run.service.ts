import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { UsersService, type NewUser } from '../auth/users.service.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { WorkspacesService } from '../workspaces/workspaces.service.js';

/**
 * A fresh installation has no user. The first instance admin comes either from
 * RAPPORT_ADMIN_EMAIL / RAPPORT_ADMIN_PASSWORD at boot, or from the one-time
 * `setup` mutation; either way a demo workspace (with the starter policies
 * every workspace gets) is created unless disabled.
 */
@Injectable()
export class FirstRunService implements OnApplicationBootstrap {
  constructor(
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly workspaces: WorkspacesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config.firstRun;
    if (!adminEmail || !adminPassword) return;
    const admin = await this.createFirstAdmin({ email: adminEmail, name: 'Admin', password: adminPassword });
    if (admin) this.logger.info({ email: admin.email }, 'created the first instance admin from RAPPORT_ADMIN_EMAIL');
  }

  /**
   * Creates the first instance admin unless a user already exists (then null).
   * The table lock makes two racing setups create exactly one admin.
   */
  async createFirstAdmin(input: NewUser): Promise<User | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE "user" IN EXCLUSIVE MODE');
      if (await manager.exists(User)) return null;
      const admin = await this.users.create({ ...input, isInstanceAdmin: true }, manager);
      if (this.config.firstRun.createDemoWorkspace) await this.workspaces.createWithOwner({ name: 'Demo', slug: 'demo' }, admin, 'first-run', manager);
      return admin;
    });
  }
}
