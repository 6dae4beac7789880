export {
  startFakeServer,
  createRouter,
  type FakeHandler,
  type FakeResponse,
  type FakeRoutes,
  type FakeServer,
  type FakeServerOptions,
  type RecordedRequest,
} from './fake-server.js';
export { createTestContext, type TestContextOptions } from './context.js';
export { assertConformance, type ConformanceCheck, type ConformanceReport } from './conformance.js';
export { runChannelConformance, CHANNEL_CAPABILITIES, type ChannelConformanceOptions } from './channel-conformance.js';
export { runReviewSourceConformance, REVIEW_SOURCE_CAPABILITIES, type ReviewSourceConformanceOptions } from './review-source-conformance.js';
export { runRuleConformance, type RuleConformanceOptions } from './rule-conformance.js';
export { runOAuthConformance, type OAuthConformanceOptions, type OAuthDriver } from './oauth-conformance.js';
