import { randomUUID } from 'node:crypto';
import { appWebhookProblems, channelCapabilityProblems, type ChannelCapabilities, type ChannelDriver, type InboundItem, type MediaAttachment, type WebhookRequest } from '../channel.js';
import type { DriverContext } from '../context.js';
import { describeInboundItemProblems } from '../inbound-validation.js';
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

export interface ChannelConformanceOptions {
  /** Context whose credentials the (fake) server accepts. */
  context: DriverContext;
  /** When given, verifyCredentials must send it at least one request. */
  fakeServer?: { requests: readonly unknown[] };
  samples?: {
    /** What publish sends; defaults to a short text post without media. */
    post?: { text: string; media?: MediaAttachment[] };
    /**
     * Creates inbound activity before the first sync; sync must then return items to reply to, at least one of
     * each of the `hideableKinds` (each is hidden and shown again) and of the `deletableKinds` (deleted).
     */
    seedInbound?: () => unknown;
    replyText?: string;
    /** A correctly signed webhook delivery; the kit derives a tampered copy. */
    webhook?: WebhookRequest;
    /** Credentials the server refuses: verifyCredentials must fail as 'reauthorize'. */
    invalidCredentials?: Record<string, unknown>;
  };
  /** Time limit of each check. */
  checkTimeoutMs?: number;
}

export const CHANNEL_CAPABILITIES = ['publish', 'reply', 'hide', 'delete', 'mentions', 'directMessages', 'webhooks', 'polling'] as const;

/** Runs the conformance checks every channel driver must pass. */
export async function runChannelConformance(driver: ChannelDriver, options: ChannelConformanceOptions): Promise<ConformanceReport> {
  const { context, samples = {} } = options;
  const capabilities: Partial<ChannelCapabilities> = driver.capabilities ?? {};
  const runKey = randomUUID();
  const shared: SharedDriverChecks<InboundItem> = {
    driver,
    context,
    fakeServerRequests: options.fakeServer?.requests,
    invalidCredentials: samples.invalidCredentials,
    seed: samples.seedInbound,
    webhookSupported: capabilities.webhooks === true,
    webhook: samples.webhook,
    describeItemProblems: describeInboundItemProblems,
    firstSync: firstSyncAfterSeed(driver, context, samples.seedInbound),
  };
  const post = { text: samples.post?.text ?? `Conformance check ${runKey}`, media: samples.post?.media ?? [] };
  const publishOnce = once(() => driver.publish(context, { idempotencyKey: `conformance-post-${runKey}`, ...post }));
  const replyInput = once(async () => {
    const target = (await shared.firstSync()).items[0];
    check(target, 'sync returned no item to reply to');
    return {
      idempotencyKey: `conformance-reply-${runKey}`,
      inReplyToExternalId: target.externalId,
      conversationExternalId: target.threadExternalId,
      text: samples.replyText ?? 'Thanks for reaching out!',
    };
  });
  const replyOnce = once(async () => driver.reply(context, await replyInput()));
  const skipUnless = (capability: 'publish' | 'reply' | 'hide' | 'delete' | 'webhooks') => () =>
    capabilities[capability] ? undefined : `capabilities.${capability} is off`;
  const needsSyncedItem = (capability: 'reply' | 'hide') => () =>
    skipUnless(capability)() ?? (samples.seedInbound ? undefined : 'no samples.seedInbound given, so nothing to act on');

  const specs: CheckSpec[] = [
    { name: 'metadata', run: () => checkChannelMetadata(driver) },
    {
      name: 'capabilities-match-methods',
      run: () => {
        for (const method of ['verifyCredentials', 'publish', 'sync', 'reply', 'classifyError'] as const) {
          check(typeof driver[method] === 'function', `${method}() is required`);
        }
        checkMethodsForCapabilities(driver, capabilities, {
          hide: ['hide'],
          delete: ['delete'],
          webhooks: ['verifyWebhook', 'parseWebhook'],
        });
      },
    },
    ...credentialChecks(shared),
    {
      name: 'publish',
      skipIf: skipUnless('publish'),
      run: async () => {
        const result = await publishOnce();
        check(isNonEmptyString(result?.externalId), 'publish must return a non-empty externalId');
        check(result.url === undefined || typeof result.url === 'string', 'url must be a string when given');
      },
    },
    {
      name: 'publish-idempotent',
      skipIf: skipUnless('publish'),
      run: async () => {
        const first = await publishOnce();
        const again = await driver.publish(context, { idempotencyKey: `conformance-post-${runKey}`, ...post });
        check(again?.externalId === first.externalId, `publishing with the same idempotencyKey created ${again?.externalId} besides ${first.externalId}`);
      },
    },
    {
      name: 'delete',
      skipIf: () => skipUnless('delete')() ?? skipUnless('publish')(),
      run: async () => {
        await requireMethod(driver, 'delete')(context, (await publishOnce()).externalId);
      },
    },
    ...syncChecks(shared),
    {
      name: 'reply',
      skipIf: needsSyncedItem('reply'),
      run: async () => {
        const result = await replyOnce();
        check(isNonEmptyString(result?.externalId), 'reply must return a non-empty externalId');
      },
    },
    {
      name: 'reply-idempotent',
      skipIf: needsSyncedItem('reply'),
      run: async () => {
        const first = await replyOnce();
        const again = await driver.reply(context, await replyInput());
        check(again?.externalId === first.externalId, `replying with the same idempotencyKey created ${again?.externalId} besides ${first.externalId}`);
      },
    },
    {
      name: 'hide-unhide',
      skipIf: needsSyncedItem('hide'),
      run: async () => {
        // The host hides exactly the declared kinds on the network, so each of them must really work.
        const items = (await shared.firstSync()).items;
        for (const kind of capabilities.hideableKinds ?? []) {
          const target = items.find((item) => item.kind === kind);
          check(target, `sync returned no ${kind} to hide (capabilities.hideableKinds lists it; seed one)`);
          await requireMethod(driver, 'hide')(context, target.externalId);
          await driver.unhide?.(context, target.externalId);
        }
      },
    },
    {
      name: 'delete-inbound',
      skipIf: () =>
        (capabilities.deletableKinds?.length ? undefined : 'capabilities.deletableKinds is empty') ??
        (samples.seedInbound ? undefined : 'no samples.seedInbound given, so nothing to act on'),
      run: async () => {
        // Last of the checks on synced items: the deleted ones are gone afterwards.
        const items = (await shared.firstSync()).items;
        for (const kind of capabilities.deletableKinds ?? []) {
          const target = items.find((item) => item.kind === kind);
          check(target, `sync returned no ${kind} to delete (capabilities.deletableKinds lists it; seed one)`);
          await requireMethod(driver, 'delete')(context, target.externalId);
        }
      },
    },
    ...webhookChecks(shared),
    classifyErrorCheck((error) => driver.classifyError(error)),
  ];
  return runChecks(`channel driver "${String(driver.code)}"`, specs, options.checkTimeoutMs);
}

function checkChannelMetadata(driver: ChannelDriver): void {
  checkCode(driver.code);
  check(isNonEmptyString(driver.displayName), 'displayName must be a non-empty string');
  check(typeof driver.description === 'string', 'description must be a string');
  checkBooleanFlags('capabilities', driver.capabilities, CHANNEL_CAPABILITIES);
  const kindProblems = channelCapabilityProblems(driver.capabilities);
  check(kindProblems.length === 0, kindProblems.join('; '));
  check(typeof driver.limits === 'object' && driver.limits !== null, 'limits must be an object');
  checkPositiveInteger('limits.maxLength', driver.limits.maxLength);
  checkPositiveInteger('limits.maxMedia', driver.limits.maxMedia, true);
  if (driver.limits.minMedia !== undefined) {
    checkPositiveInteger('limits.minMedia', driver.limits.minMedia, true);
    check(driver.limits.minMedia <= driver.limits.maxMedia, 'limits.minMedia must not exceed limits.maxMedia');
  }
  if (driver.limits.maxHashtags !== undefined) checkPositiveInteger('limits.maxHashtags', driver.limits.maxHashtags, true);
  const appWebhook = appWebhookProblems(driver);
  check(appWebhook.length === 0, appWebhook.join('; '));
  check(
    Array.isArray(driver.limits.mediaTypes) && driver.limits.mediaTypes.every((type) => /^[a-z]+\/[\w.+*-]+$/i.test(type)),
    'limits.mediaTypes must be a list of MIME types',
  );
  if (driver.rateLimit !== undefined) {
    checkPositiveInteger('rateLimit.requests', driver.rateLimit.requests);
    check(typeof driver.rateLimit.perSeconds === 'number' && driver.rateLimit.perSeconds > 0, 'rateLimit.perSeconds must be positive');
  }
}
