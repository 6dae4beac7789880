import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MessageKind } from '../../channels/message-kind.enum.js';
import { JSONScalar } from '../../common/json.scalar.js';

@ObjectType({ description: 'A loaded plugin package.' })
export class PluginInfo {
  @Field({ description: 'Package name, e.g. @rapport/plugin-network-sandbox.' })
  name: string;

  @Field({ description: 'Plugin version.' })
  version: string;

  @Field(() => String, { nullable: true, description: 'What the plugin is for.' })
  description: string | null;

  @Field({ description: 'Range of Rapport core versions the plugin supports.' })
  compatibility: string;

  @Field(() => [String], { description: 'Channel type codes it provides.' })
  channelTypes: string[];

  @Field(() => [String], { description: 'Review source type codes it provides.' })
  reviewSourceTypes: string[];

  @Field(() => [String], { description: 'Policy rule codes it provides.' })
  ruleTypes: string[];
}

@ObjectType({ description: 'What a network lets Rapport do.' })
export class ChannelCapabilitiesInfo {
  @Field({ description: 'Posts can be published.' }) publish: boolean;
  @Field({ description: 'Comments and messages can be answered.' }) reply: boolean;
  @Field({ description: 'Inbound content can be hidden on the network (the kinds in hideableKinds).' }) hide: boolean;
  @Field({ description: 'Our own content can be deleted (and inbound messages of the deletableKinds).' }) delete: boolean;
  @Field({ description: 'Mentions of the account are received.' }) mentions: boolean;
  @Field({ description: 'Direct messages are received and answered.' }) directMessages: boolean;
  @Field({ description: 'The network pushes activity by webhook.' }) webhooks: boolean;
  @Field({ description: 'Activity can be pulled by polling.' }) polling: boolean;
  @Field(() => [MessageKind], { description: 'Kinds of inbound message the network lets Rapport hide; hideMessage refuses the others (or hides them in Rapport only, with inboxOnly).' })
  hideableKinds: MessageKind[];
  @Field(() => [MessageKind], { description: 'Kinds of inbound message written by others that the network lets Rapport delete (deleteMessage); often none.' })
  deletableKinds: MessageKind[];
}

@ObjectType({ description: 'What a network takes of media of some types beyond the type: aspect ratio (width ÷ height), size, duration; null bounds are not limited.' })
export class ChannelMediaRuleInfo {
  @Field(() => [String], { description: 'MIME types it applies to, or families such as video/*.' }) mimeTypes: string[];
  @Field({ description: 'What it is about, e.g. images.' }) description: string;
  @Field(() => Float, { nullable: true, description: 'Lowest width ÷ height, e.g. 0.8 for 4:5.' }) minAspectRatio?: number;
  @Field(() => Float, { nullable: true, description: 'Highest width ÷ height, e.g. 1.91.' }) maxAspectRatio?: number;
  @Field(() => Int, { nullable: true, description: 'Narrowest, in pixels.' }) minWidth?: number;
  @Field(() => Int, { nullable: true, description: 'Widest, in pixels.' }) maxWidth?: number;
  @Field(() => Int, { nullable: true, description: 'Lowest, in pixels.' }) minHeight?: number;
  @Field(() => Int, { nullable: true, description: 'Highest, in pixels.' }) maxHeight?: number;
  @Field(() => Float, { nullable: true, description: 'Shortest, in seconds.' }) minDurationSeconds?: number;
  @Field(() => Float, { nullable: true, description: 'Longest, in seconds.' }) maxDurationSeconds?: number;
}

@ObjectType({ description: 'What one post may contain on a network.' })
export class ChannelLimitsInfo {
  @Field(() => Int, { description: 'Maximum text length in characters.' }) maxLength: number;
  @Field(() => Int, { description: 'Maximum number of media attachments.' }) maxMedia: number;
  @Field(() => [String], { description: 'Accepted media MIME types.' }) mediaTypes: string[];
  @Field(() => Int, { description: 'Media a post needs at least (1 on networks that refuse text alone, e.g. Instagram); usually 0.' }) minMedia: number;
  @Field(() => Int, { nullable: true, description: 'Hashtags one post may carry (e.g. 30 on Instagram); null when the network sets no limit.' }) maxHashtags: number | null;
  @Field(() => [ChannelMediaRuleInfo], { description: "Aspect ratios, sizes and durations the network takes (checked in limitErrors for media that give width, height or durationSeconds)." })
  mediaRules: ChannelMediaRuleInfo[];
}

@ObjectType({ description: "One network option an author may set per post on a channel of this type (createPost's targetOptions), from the type's postOptionsSchema." })
export class ChannelPostOptionInfo {
  @Field({ description: 'The option name to give in targetOptions, e.g. visibility.' }) name: string;
  @Field(() => String, { nullable: true, description: 'A label for forms, e.g. Visibility.' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'What it does, for help text.' }) description: string | null;
  @Field(() => [String], { nullable: true, description: 'The only values allowed (render a choice); null when any text within the lengths is.' }) allowedValues: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Shortest value allowed, in characters.' }) minLength: number | null;
  @Field(() => Int, { nullable: true, description: 'Longest value allowed, in characters.' }) maxLength: number | null;
}

@ObjectType({ description: 'How many requests a driver may make to its network.' })
export class RateLimitInfo {
  @Field(() => Int, { description: 'Requests allowed...' }) requests: number;
  @Field(() => Int, { description: '...per this many seconds.' }) perSeconds: number;
}

@ObjectType({ description: 'A kind of social network account that can be connected.' })
export class ChannelTypeInfo {
  @Field({ description: 'Type code, used in connectChannel.' }) code: string;
  @Field({ description: 'Human name of the network.' }) displayName: string;
  @Field({ description: 'What it is.' }) description: string;
  @Field({ description: 'The plugin that provides it.' }) plugin: string;
  @Field(() => ChannelCapabilitiesInfo, { description: 'What Rapport can do with it.' }) capabilities: ChannelCapabilitiesInfo;
  @Field(() => ChannelLimitsInfo, { description: 'What one post may contain.' }) limits: ChannelLimitsInfo;
  @Field(() => RateLimitInfo, { nullable: true, description: 'Request budget, when the network has one.' }) rateLimit: RateLimitInfo | null;
  @Field(() => JSONScalar, { description: 'JSON Schema of the credentials connectChannel expects (render it as a form).' }) credentialsSchema: unknown;
  @Field(() => [ChannelPostOptionInfo], { description: "Network options a post may set per channel of this type (createPost/updatePost/importPosts targetOptions); empty when the type takes none." })
  postOptions: ChannelPostOptionInfo[];
}

@ObjectType({ description: 'Rating range of a review site.' })
export class RatingScaleInfo {
  @Field(() => Int, { description: 'Lowest rating.' }) min: number;
  @Field(() => Int, { description: 'Highest rating.' }) max: number;
}

@ObjectType({ description: 'What a review site lets Rapport do.' })
export class ReviewSourceCapabilitiesInfo {
  @Field({ description: 'Reviews can be answered publicly.' }) reply: boolean;
  @Field({ description: 'Our answer can be deleted.' }) deleteReply: boolean;
  @Field({ description: 'Abusive reviews can be reported to the site.' }) report: boolean;
  @Field({ description: 'The site pushes reviews by webhook.' }) webhooks: boolean;
}

@ObjectType({ description: 'A kind of review site account that can be connected.' })
export class ReviewSourceTypeInfo {
  @Field({ description: 'Type code, used in connectChannel.' }) code: string;
  @Field({ description: 'Human name of the site.' }) displayName: string;
  @Field(() => String, { nullable: true, description: 'What it is.' }) description: string | null;
  @Field({ description: 'The plugin that provides it.' }) plugin: string;
  @Field(() => RatingScaleInfo, { description: 'The rating range of the site.' }) ratingScale: RatingScaleInfo;
  @Field(() => ReviewSourceCapabilitiesInfo, { description: 'What Rapport can do with it.' }) capabilities: ReviewSourceCapabilitiesInfo;
  @Field(() => Int, { nullable: true, description: 'Longest reply the site accepts.' }) replyMaxLength: number | null;
  @Field(() => JSONScalar, { description: 'JSON Schema of the credentials connectChannel expects.' }) credentialsSchema: unknown;
}

@ObjectType({ description: 'A policy rule that policies can use.' })
export class RuleTypeInfo {
  @Field({ description: 'Rule code, used in policies.' }) code: string;
  @Field({ description: 'What the rule checks.' }) description: string;
  @Field({ description: 'The plugin that provides it.' }) plugin: string;
  @Field(() => [String], { description: 'What it can check: post, reply, inbound_message, review.' }) appliesTo: string[];
  @Field(() => JSONScalar, { description: 'JSON Schema of its arguments (render it as a form).' }) argsSchema: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'Arguments used when a policy gives none.' }) defaultArgs: unknown;
}
