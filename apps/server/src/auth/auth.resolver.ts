import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/request-context.js';
import { Authenticated, ClientIp, Ctx, Public } from './access.decorators.js';
import { AuthPayload, LoginInput } from './dto/auth.types.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Starts a session with e-mail and password.' })
  async login(@Args('input', { description: 'What to do; see the input type for each field.' }) input: LoginInput, @ClientIp() clientIp: string): Promise<AuthPayload> {
    return this.sessions.start(await this.users.authenticate(input.email, input.password, clientIp));
  }

  @Authenticated()
  @Query(() => User, { description: 'The logged-in user. API keys act for a workspace, not a user, and get FORBIDDEN.' })
  me(@Ctx() ctx: RequestContext): User {
    return ctx.user;
  }
}
