import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators.js';
import { AuthPayload, SetupInput } from '../auth/dto/auth.types.js';
import { SessionsService } from '../auth/sessions.service.js';
import { UsersService } from '../auth/users.service.js';
import { ConflictError } from '../common/errors.js';
import { FirstRunService } from './first-run.service.js';

@Resolver()
export class SetupResolver {
  constructor(
    private readonly firstRun: FirstRunService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Query(() => Boolean, { description: 'True on a fresh installation, while no user exists and `setup` is still available.' })
  async setupRequired(): Promise<boolean> {
    return !(await this.users.hasAnyUser());
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates the first instance admin (and the demo workspace unless disabled). Works only while no user exists.' })
  async setup(@Args('input', { description: 'What to do; see the input type for each field.' }) input: SetupInput): Promise<AuthPayload> {
    const admin = await this.firstRun.createFirstAdmin(input);
    if (!admin) throw new ConflictError('This installation is already set up: log in instead.');
    return this.sessions.start(admin);
  }
}
