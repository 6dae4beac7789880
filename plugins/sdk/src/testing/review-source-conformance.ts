import { randomUUID } from 'node:crypto';
import type { WebhookRequest } from '../channel.js';
import type { DriverContext } from '../context.js';
import { describeInboundReviewProblems } from '../inbound-validation.js';
import type { InboundReview, ReviewSourceCapabilities, ReviewSourceDriver } from '../review-source.js';
import {
  check,
  checkBooleanFlags,
  checkCode,
  checkMethodsForCapabilities,
  checkPositiveInteger,
  classifyErrorCheck,
  credentialChecks,
  firstSyncAfterSeed,
  isNonEmptyString,
  once,
  requireMethod,
  runChecks,
  syncChecks,
  webhookChecks,
  type CheckSpec,
  type ConformanceReport,
  type SharedDriverChecks,
} from './conformance.js';

export interface ReviewSourceConformanceOptions {
  /** Context whose credentials the (fake) server accepts. */
  context: DriverContext;
  /** When given, verifyCredentials must send it at least one request. */
  fakeServer?: { requests: readonly unknown[] };
  samples?: {
    /** Creates reviews before the first sync; sync must then return reviews to reply to and report. */
    seedReviews?: () => unknown;
    replyText?: string;
    report?: { reason: string; evidence: string };
    /** A correctly signed webhook delivery; the kit derives a tampered copy. */
    webhook?: WebhookRequest;
    /** Credentials the server refuses: verifyCredentials must fail as 'reauthorize'. */
    invalidCredentials?: Record<string, unknown>;
  };
  /** Time limit of each check. */
  checkTimeoutMs?: number;
}

export const REVIEW_SOURCE_CAPABILITIES = ['reply', 'deleteReply', 'report', 'webhooks'] as const;

/** Runs the conformance checks every review-source driver must pass. */
export async function runReviewSourceConformance(
  driver: ReviewSourceDriver,
  options: ReviewSourceConformanceOptions,
): Promise<ConformanceReport> {
  const { context, samples = {} } = options;
  const capabilities: Partial<ReviewSourceCapabilities> = driver.capabilities ?? {};
  const runKey = randomUUID();
  const shared: SharedDriverChecks<InboundReview> = {
    driver,
    context,
    fakeServerRequests: options.fakeServer?.requests,
    invalidCredentials: samples.invalidCredentials,
    seed: samples.seedReviews,
    webhookSupported: capabilities.webhooks === true,
    webhook: samples.webhook,
    describeItemProblems: (review, label) => describeInboundReviewProblems(review, label, driver.ratingScale),
    firstSync: firstSyncAfterSeed(driver, context, samples.seedReviews),
  };
  const targetReview = async () => {
    const review = (await shared.firstSync()).items[0];
    check(review, 'sync returned no review to act on');
    return review.externalId;
  };
  const replyInput = once(async () => ({
    idempotencyKey: `conformance-review-reply-${runKey}`,
    reviewExternalId: await targetReview(),
    text: samples.replyText ?? 'Thank you for your feedback.',
  }));
  const replyOnce = once(async () => requireMethod(driver, 'reply')(context, await replyInput()));
  const needsReview = (capability: keyof ReviewSourceCapabilities) => () => {
    if (!capabilities[capability]) return `capabilities.${capability} is off`;
    return samples.seedReviews ? undefined : 'no samples.seedReviews given, so nothing to act on';
  };

  const specs: CheckSpec[] = [
    { name: 'metadata', run: () => checkReviewSourceMetadata(driver) },
    {
      name: 'capabilities-match-methods',
      run: () => {
        for (const method of ['verifyCredentials', 'sync', 'classifyError'] as const) {
          check(typeof driver[method] === 'function', `${method}() is required`);
        }
        checkMethodsForCapabilities(driver, capabilities, {
          reply: ['reply'],
          deleteReply: ['deleteReply'],
          report: ['report'],
          webhooks: ['verifyWebhook', 'parseWebhook'],
        });
      },
    },
    ...credentialChecks(shared),
    ...syncChecks(shared),
    {
      name: 'reply',
      skipIf: needsReview('reply'),
      run: async () => {
        const result = await replyOnce();
        check(typeof result === 'object' && result !== null, 'reply must return an object');
        check(result.externalId === undefined || isNonEmptyString(result.externalId), 'externalId must be a non-empty string when given');
      },
    },
    {
      name: 'reply-idempotent',
      skipIf: needsReview('reply'),
      run: async () => {
        const first = await replyOnce();
        const again = await requireMethod(driver, 'reply')(context, await replyInput());
        check(again?.externalId === first.externalId, `replying with the same idempotencyKey gave ${again?.externalId} besides ${first.externalId}`);
      },
    },
    {
      name: 'delete-reply',
      skipIf: () => needsReview('deleteReply')() ?? needsReview('reply')(),
      run: async () => {
        await replyOnce();
        await requireMethod(driver, 'deleteReply')(context, (await replyInput()).reviewExternalId);
      },
    },
    {
      name: 'report',
      skipIf: needsReview('report'),
      run: async () => {
        const report = samples.report ?? { reason: 'abusive', evidence: 'Conformance check: the review insults a staff member by name.' };
        const result = await requireMethod(driver, 'report')(context, { reviewExternalId: await targetReview(), ...report });
        check(isNonEmptyString(result?.reference), 'report must return a non-empty reference');
      },
    },
    ...webhookChecks(shared),
    classifyErrorCheck((error) => driver.classifyError(error)),
  ];
  return runChecks(`review source driver "${String(driver.code)}"`, specs, options.checkTimeoutMs);
}

function checkReviewSourceMetadata(driver: ReviewSourceDriver): void {
  checkCode(driver.code);
  check(isNonEmptyString(driver.displayName), 'displayName must be a non-empty string');
  check(driver.description === undefined || typeof driver.description === 'string', 'description must be a string when given');
  const scale = driver.ratingScale;
  check(
    typeof scale === 'object' && scale !== null && Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max,
    'ratingScale must have finite numbers min < max',
  );
  checkBooleanFlags('capabilities', driver.capabilities, REVIEW_SOURCE_CAPABILITIES);
  if (driver.replyLimits !== undefined) {
    checkPositiveInteger('replyLimits.maxLength', driver.replyLimits.maxLength);
    if (driver.replyLimits.maxBytes !== undefined) checkPositiveInteger('replyLimits.maxBytes', driver.replyLimits.maxBytes);
  }
}
