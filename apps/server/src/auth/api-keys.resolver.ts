import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { Allow, Ctx } from './access.decorators.js';
import { ApiKey } from './api-key.entity.js';
import { ApiKeysService } from './api-keys.service.js';
import { CreateApiKeyInput, CreateApiKeyPayload } from './dto/api-key.types.js';
import { Role } from './role.enum.js';

const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKey');

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly apiKeysService: ApiKeysService) {}

  @Allow(Role.ADMIN)
  @Query(() => ApiKeyConnection, { description: 'API keys of a workspace, revoked ones included (ADMIN).' })
  apiKeys(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args() args: ConnectionArgs,
  ) {
    return this.apiKeysService.list(ctx, args);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key; its secret is returned only in this response (ADMIN).' })
  createApiKey(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    return this.apiKeysService.create(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ApiKey, { description: 'Revokes an API key at once (ADMIN). Revoking twice is harmless.' })
  revokeApiKey(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace of the key.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The key to revoke.' }, new UuidPipe('id')) id: string,
  ): Promise<ApiKey> {
    return this.apiKeysService.revoke(ctx, id);
  }
}
