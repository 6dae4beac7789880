import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'Start connecting an account by consent on the network (OAuth 2.0).' })
export class BeginChannelConnectionInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'A channel or review source type whose `oauth` is not null (see channelTypes / reviewSourceTypes).' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  type: string;

  @Field({
    nullable: true,
    description: 'The server the account lives on, when the type asks for one (oauth.instance), e.g. "mastodon.social" or "https://mastodon.social". Only the address: no path.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  instanceUrl?: string;

  @Field({ nullable: true, description: 'Name shown in Rapport; defaults to the network and server, e.g. "Mastodon (mastodon.social)". Ignored when reconnecting.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @Field(() => ID, { nullable: true, description: 'A channel of this type to reconnect (e.g. one that NEEDS_REAUTH) instead of connecting a new one: its credentials are replaced by those of the account that consents.' })
  @IsOptional()
  @IsUUID()
  channelId?: string;
}

@ObjectType({ description: 'Where to send the browser to consent; the network then redirects it to Rapport, which connects the channel.' })
export class ChannelConnectionStart {
  @Field({ description: "The network's consent page, with Rapport's state and PKCE challenge. Open it in the user's browser; it works once." })
  authorizeUrl: string;

  @Field({ description: 'When this attempt expires: consent given later is refused, and the user starts again.' })
  expiresAt: Date;
}

@ObjectType({ description: 'The server field of the connect form, on networks of many servers.' })
export class OAuthInstanceInfo {
  @Field({ description: 'Whether connecting needs a server URL (otherwise defaultUrl is used).' })
  required: boolean;

  @Field({ description: 'Label of the field, e.g. "Mastodon server".' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Used when no server is given.' })
  defaultUrl: string | null;
}

@ObjectType({ description: 'How an account of this type connects by consent (beginChannelConnection).' })
export class OAuthConnectInfo {
  @Field(() => [String], { description: 'Scopes Rapport asks for.' })
  scopes: string[];

  @Field({ description: 'Whether PKCE (S256) protects the authorization code.' })
  pkce: boolean;

  @Field(() => OAuthInstanceInfo, { nullable: true, description: 'The server field to show, or null when the network has one address.' })
  instance: OAuthInstanceInfo | null;
}
