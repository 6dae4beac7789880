import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { OAuthFlow } from '@rapport/plugin-sdk';
import { Allow, Ctx } from '../../auth/access.decorators.js';
import { Role } from '../../auth/role.enum.js';
import type { RequestContext } from '../../common/request-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ChannelTypeInfo, ReviewSourceTypeInfo } from '../../plugins/dto/plugin.types.js';
import type { PluginRegistry } from '../../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../../plugins/plugin.tokens.js';
import { ChannelConnectService } from './channel-connect.service.js';
import { BeginChannelConnectionInput, ChannelConnectionCompletion, ChannelConnectionStart, CompleteChannelConnectionInput, OAuthConnectInfo, PendingChannelConnection } from './dto/connect.types.js';
import { PendingConnectionsService } from './pending-connections.service.js';

function connectInfo(flow: OAuthFlow | undefined): OAuthConnectInfo | null {
  if (!flow) return null;
  const instance = flow.instance ? { required: flow.instance.required, label: flow.instance.label, defaultUrl: flow.instance.defaultUrl ?? null } : null;
  return { scopes: [...flow.scopes], pkce: flow.pkce, instance };
}

@Resolver()
export class ChannelConnectResolver {
  constructor(
    private readonly connect: ChannelConnectService,
    private readonly pending: PendingConnectionsService,
  ) {}

  @Allow(Role.ADMIN)
  @Mutation(() => ChannelConnectionStart, {
    description:
      "Starts connecting an account by consent on the network (OAuth 2.0, ADMIN, a user session): open authorizeUrl in the user's browser; after consent the network sends it to Rapport's callback, which keeps the consent and redirects to the admin UI with connect=choose (workspaceId, pendingId) or connect=error (code, message). Nothing is connected until the same user, signed in, confirms with completeChannelConnection: a consent link forwarded to someone else cannot connect their account into this workspace.",
  })
  beginChannelConnection(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: BeginChannelConnectionInput): Promise<ChannelConnectionStart> {
    return this.connect.begin(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Query(() => PendingChannelConnection, {
    description:
      "A consent waiting for confirmation: the account that consented, or the accounts its user manages (e.g. business locations); the connect callback redirected with connect=choose and this pendingId (ADMIN; only the user who began connecting, FORBIDDEN for others; NOT_FOUND once expired or completed).",
  })
  pendingChannelConnection(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The pendingId from the redirect.' }, new UuidPipe('id')) id: string,
  ): Promise<PendingChannelConnection> {
    return this.pending.get(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ChannelConnectionCompletion, {
    description:
      "Confirms a pending connection: connects the chosen accounts, one channel each, verified by the network like connectChannel, or, when it reconnects a channel, renews that channel's credentials (ADMIN; only the user who began connecting). BAD_USER_INPUT for an id not listed; CONFLICT, with nothing created, when one is already connected in the workspace.",
  })
  completeChannelConnection(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: CompleteChannelConnectionInput): Promise<ChannelConnectionCompletion> {
    return this.pending.complete(ctx, input);
  }
}

@Resolver(() => ChannelTypeInfo)
export class ChannelTypeConnectResolver {
  constructor(@Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry) {}

  @ResolveField('oauth', () => OAuthConnectInfo, { nullable: true, description: 'How to connect by consent (beginChannelConnection); null: paste credentials with connectChannel.' })
  oauth(@Parent() type: ChannelTypeInfo): OAuthConnectInfo | null {
    return connectInfo(this.registry.channelType(type.code)?.driver.oauth);
  }
}

@Resolver(() => ReviewSourceTypeInfo)
export class ReviewSourceTypeConnectResolver {
  constructor(@Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry) {}

  @ResolveField('oauth', () => OAuthConnectInfo, { nullable: true, description: 'How to connect by consent (beginChannelConnection); null: paste credentials with connectChannel.' })
  oauth(@Parent() type: ReviewSourceTypeInfo): OAuthConnectInfo | null {
    return connectInfo(this.registry.reviewSourceType(type.code)?.driver.oauth);
  }
}
