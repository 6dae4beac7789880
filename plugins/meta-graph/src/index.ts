export { classifyGraphCode, classifyGraphError, graphError, graphErrorOf, retryAfterFromUsage, type GraphErrorBody } from './errors.js';
export { appSecretProof, deleteGraphObject, graphClient, node, type GraphCaller, type GraphClient, type GraphPage, type GraphParams, type GraphTarget } from './graph.js';
export {
  entryAccounts,
  hubChallenge,
  hubSignature,
  isoOfTime,
  parseGraphWebhook,
  verifyHubSignature,
  type GraphWebhookEntry,
  type GraphWebhookPayload,
  type MessagingEvent,
} from './webhooks.js';
export { facebookLogin, type FacebookLoginOptions, type FacebookPage } from './login.js';
export { publishThroughContainer, type ContainerPublish } from './containers.js';
export { FACEBOOK_DEFAULTS, GRAPH_API_VERSION, THREADS_DEFAULTS, metaAppOptions, metaAppSettings, type MetaAppSettings, type MetaDefaults } from './settings.js';
export { HUMAN_AGENT_WINDOW_MS, RESPONSE_WINDOW_MS, conversationItems, messagingEventItem, sendMessengerReply, type ConversationSource, type MessengerReply } from './messaging.js';
export { PAGE_WEBHOOK_FIELDS, pageAppWebhook, pageGraph, replyOnPage, sentAsDirectMessage, subscribePageWebhooks, type PageReplyTarget } from './pages.js';
export { advanceTimeCursor, isAfter, readTimeCursor, type TimeCursor } from './cursor.js';
export { permalinkOf, publishOnce, recentOnEdge, type EdgeItem, type GuardedPublish, type PublishOutcome, type PublishedCandidate, type RecentOnEdge } from './publish-guard.js';
