import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Channel } from '../../channel.entity.js';

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

@ObjectType({ description: 'One account the consent covers (e.g. a business location), which the user may connect as a channel.' })
export class ConnectableAccountInfo {
  @Field({ description: "Its id on the network; the channel's externalAccountId once connected." })
  id: string;

  @Field({ description: 'Its name, used as the channel name, e.g. "Paws & Claws – Lyon".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What tells it apart from similar ones, e.g. an address.' })
  details: string | null;

  @Field(() => ID, { nullable: true, description: 'The channel of this workspace it is already connected as; choosing it again is CONFLICT.' })
  connectedChannelId: string | null;
}

@ObjectType({
  description:
    'A consent given on a network, waiting for the user who began connecting to confirm it with completeChannelConnection before expiresAt: the account that consented (most networks), or the several accounts its user manages (e.g. business locations), to choose from.',
})
export class PendingChannelConnection {
  @Field(() => ID, { description: 'The pendingId the connect callback sent the browser back with.' })
  id: string;

  @Field({ description: 'The channel or review source type being connected.' })
  type: string;

  @Field({ description: 'After this the consent is forgotten and the user starts again.' })
  expiresAt: Date;

  @Field(() => ID, { nullable: true, description: "The channel this consent reconnects (it began with beginChannelConnection's channelId): completing it renews that channel's credentials. Null: completing connects new channels." })
  reconnectChannelId: string | null;

  @Field(() => [ConnectableAccountInfo], { description: 'The accounts the consent covers: the one that signed in, or those the network listed.' })
  accounts: ConnectableAccountInfo[];
}

@InputType({ description: 'Which of the accounts a consent covers to connect (one channel each), or to reconnect.' })
export class CompleteChannelConnectionInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The pendingId the connect callback sent the browser back with.' })
  @IsUUID()
  pendingId: string;

  @Field(() => [String], { description: 'Ids of accounts from pendingChannelConnection.accounts (at least one, each once).' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  accountIds: string[];
}

@ObjectType({ description: 'An account that could not be connected, and why.' })
export class ChannelConnectionFailure {
  @Field({ description: 'The account.' })
  accountId: string;

  @Field({ description: 'The error code connecting it gave, e.g. UPSTREAM_UNAVAILABLE or BAD_USER_INPUT.' })
  code: string;

  @Field({ description: 'What went wrong, in words.' })
  message: string;
}

@ObjectType({ description: 'What completeChannelConnection connected or reconnected.' })
export class ChannelConnectionCompletion {
  @Field(() => [Channel], { description: 'One new channel per account connected, in the order asked; or, reconnecting, the channel renewed.' })
  channels: Channel[];

  @Field(() => [ChannelConnectionFailure], {
    description: 'Accounts that could not be connected while others were (e.g. the network did not answer for one); the pending connection stays until it expires, so they can be tried again. Empty when all were connected.',
  })
  failures: ChannelConnectionFailure[];
}
