export { SDK_VERSION, CORE_API_VERSION, isCompatible } from './version.js';
export { definePlugin, findPluginProblems, isRapportPlugin, CODE_PATTERN, type PluginDefinition, type PluginHostContext, type PluginService, type RapportPlugin } from './plugin.js';
export type {
  AccountInfo,
  AppWebhook,
  AppWebhookContext,
  ChannelCapabilities,
  ChannelDriver,
  ChannelLimits,
  MediaRule,
  InboundAuthor,
  InboundItem,
  InboundKind,
  MediaAttachment,
  PublishInput,
  PublishResult,
  RateLimit,
  ReplyInput,
  SyncResult,
  WebhookRequest,
} from './channel.js';
export { INBOUND_KINDS, appWebhookProblems, canActOnKind, channelCapabilityProblems,
  postOptionsSchemaProblems, countHashtags, mediaLimitProblems, textLength } from './channel.js';
export type {
  InboundReview,
  RatingScale,
  ReviewReplyInput,
  ReviewReplyLimits,
  ReviewReportInput,
  ReviewSourceCapabilities,
  ReviewSourceDriver,
} from './review-source.js';
export type { Finding, FindingSeverity, PolicyRule, RuleContext, RuleTarget, TextSpan } from './rule.js';
export { FINDING_SEVERITIES, RULE_TARGETS } from './rule.js';
export { silentLogger, type DriverContext, type PluginLogger } from './context.js';
export { DriverError, isDriverError, ERROR_CLASSIFICATIONS, type ErrorClassification } from './errors.js';
export {
  createHttpClient,
  classifyHttpError,
  HttpError,
  NetworkError,
  isHttpError,
  isNetworkError,
  parseRetryAfter,
  retryAfterOf,
  type HttpClient,
  type HttpClientOptions,
  type HttpMethod,
  type HttpRequestOptions,
  type HttpResponse,
  type QueryValue,
} from './http.js';
export {
  createOutboundGuard,
  classifyAddress,
  parseOutboundAllowList,
  OutboundBlockedError,
  isOutboundBlockedError,
  type AddressRange,
  type OutboundGuard,
  type OutboundPolicy,
} from './outbound-guard.js';
export { describeInboundItemProblems, describeInboundReviewProblems } from './inbound-validation.js';
export {
  WebhookPayloadError,
  isWebhookPayloadError,
  parseJsonWebhook,
  constantTimeEqual,
  signBody,
  verifyBodySignature,
  signTimestamped,
  verifyTimestampedSignature,
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type TimestampedSignatureInput,
  STANDARD_WEBHOOK_SECRET_PREFIX,
  generateStandardWebhookSecret,
  signStandardWebhook,
  verifyStandardWebhook,
  type StandardWebhookSignatureInput,
} from './webhook.js';
export { createMemoryStore, type JsonValue, type KeyValueStore } from './store.js';
export {
  validateAgainstSchema,
  checkJsonSchema,
  formatSchemaIssues,
  type JSONSchema,
  type SchemaIssue,
  type SchemaValidationResult,
} from './json-schema.js';
export { formBody, multipartBody, type EncodedBody, type FormValue, type MultipartPart } from './form.js';
export { parseLinkHeader } from './link-header.js';
export {
  beginOAuthConnection,
  buildAuthorizationUrl,
  completeOAuthConnection,
  createOAuthState,
  createPkcePair,
  exchangeAuthorizationCode,
  isInvalidClientError,
  normalizeInstanceUrl,
  oauthFlowProblems,
  parseInstanceInput,
  parseTokenResponse,
  pushAuthorizationRequest,
  pkceChallenge,
  refreshAccessToken,
  refreshOAuthConnection,
  registeredClientKey,
  resolveOAuthClient,
  OAUTH_CLIENT_AUTHENTICATIONS,
  type ConnectableAccount,
  type OAuthClient,
  type OAuthClientAuthentication,
  type OAuthConnectionResult,
  type OAuthCodeExchange,
  type OAuthConnection,
  type OAuthContext,
  type OAuthEndpoints,
  type OAuthFlow,
  type OAuthInstancePrompt,
  type OAuthRefreshRequest,
  type OAuthTokenSet,
  type PendingOAuthConnection,
} from './oauth.js';

export {
  accessTokenHash,
  createDpopKey,
  createDpopProof,
  dpopHtu,
  dpopPublicJwk,
  isUseDpopNonceError,
  jwkThumbprint,
  memoryDpopNonces,
  sendWithDpop,
  type DpopKey,
  type DpopNonceStore,
} from './dpop.js';

export {
  decodeJwt,
  exchangeJwtAssertion,
  publicJwkOf,
  signJwt,
  verifyJwt,
  JWT_BEARER_GRANT_TYPE,
  type DecodedJwt,
  type JwtClaims,
  type JwtVerification,
} from './jwt.js';
