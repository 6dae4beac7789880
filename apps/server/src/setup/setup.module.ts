import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { FirstRunService } from './first-run.service.js';
import { SetupResolver } from './setup.resolver.js';

/** First run of a fresh installation: the first instance admin and the demo workspace. */
@Module({
  imports: [AuthModule, WorkspacesModule],
  providers: [FirstRunService, SetupResolver],
})
export class SetupModule {}
