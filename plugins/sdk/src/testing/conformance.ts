import { setTimeout as sleep } from 'node:timers/promises';
import type { AccountInfo, SyncResult, WebhookRequest } from '../channel.js';
import type { DriverContext } from '../context.js';
import type { ErrorClassification } from '../errors.js';
import { HttpError } from '../http.js';
import { checkJsonSchema, formatSchemaIssues, validateAgainstSchema, type JSONSchema } from '../json-schema.js';
import { isNonEmptyString } from '../inbound-validation.js';
import { CODE_PATTERN } from '../plugin.js';

export { isNonEmptyString };

export interface ConformanceCheck {
  name: string;
  passed: boolean;
  /** Set when the check did not apply (capability off, sample not given); it counts as passed. */
  skipped?: string;
  error?: string;
}

export interface ConformanceReport {
  /** What was checked, e.g. `channel driver "sandbox"`. */
  subject: string;
  passed: boolean;
  checks: ConformanceCheck[];
}

export interface CheckSpec {
  name: string;
  /** Returns why the check does not apply, or undefined to run it. */
  skipIf?: () => string | undefined;
  run: () => unknown;
}

class CheckFailure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

const DEFAULT_CHECK_TIMEOUT_MS = 15_000;

/** Runs checks in order; one failing never stops the others. */
export async function runChecks(subject: string, specs: CheckSpec[], timeoutMs = DEFAULT_CHECK_TIMEOUT_MS): Promise<ConformanceReport> {
  const checks: ConformanceCheck[] = [];
  for (const spec of specs) {
    const skipped = spec.skipIf?.();
    if (skipped !== undefined) {
      checks.push({ name: spec.name, passed: true, skipped });
      continue;
    }
    try {
      await withTimeout(Promise.resolve().then(spec.run), timeoutMs);
      checks.push({ name: spec.name, passed: true });
    } catch (error) {
      checks.push({ name: spec.name, passed: false, error: describeError(error) });
    }
  }
  return { subject, passed: checks.every((result) => result.passed), checks };
}

/** Throws one Error listing every failed check of the report. */
export function assertConformance(report: ConformanceReport): void {
  const failed = report.checks.filter((result) => !result.passed);
  if (failed.length === 0) return;
  const lines = failed.map((result) => `- ${result.name}: ${result.error ?? 'failed'}`);
  throw new Error(`${report.subject} failed ${failed.length} of ${report.checks.length} conformance checks:\n${lines.join('\n')}`);
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      work,
      sleep(timeoutMs, undefined, { signal: timer.signal }).then(() => {
        throw new CheckFailure(`did not finish within ${timeoutMs} ms`);
      }),
    ]);
  } finally {
    timer.abort();
  }
}

function describeError(error: unknown): string {
  if (error instanceof CheckFailure) return error.message;
  if (error instanceof Error) return `threw ${error.name}: ${error.message}`;
  return `threw ${String(error)}`;
}

/** The driver's method `name` bound to it, or a check failure naming what is missing. */
export function requireMethod<T extends object, K extends keyof T>(driver: T, name: K): NonNullable<T[K]> {
  const method = driver[name];
  check(typeof method === 'function', `${String(name)}() is missing`);
  return method.bind(driver) as NonNullable<T[K]>;
}

/** Runs `produce` once and shares the result (or failure) between the checks that need it. */
export function once<T>(produce: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= produce());
}

export function checkCode(code: unknown): void {
  check(isNonEmptyString(code) && CODE_PATTERN.test(code), `code ${JSON.stringify(code)} must match ${CODE_PATTERN}`);
}

export function checkBooleanFlags(label: string, flags: unknown, names: readonly string[]): void {
  check(typeof flags === 'object' && flags !== null, `${label} must be an object`);
  for (const name of names) {
    check(typeof (flags as Record<string, unknown>)[name] === 'boolean', `${label}.${name} must be a boolean`);
  }
}

export function checkPositiveInteger(label: string, value: unknown, allowZero = false): void {
  check(Number.isInteger(value) && (value as number) >= (allowZero ? 0 : 1), `${label} must be a ${allowZero ? 'non-negative' : 'positive'} integer`);
}

/** Capability flag → methods a driver must implement when the flag is on. */
export function checkMethodsForCapabilities(
  driver: object,
  capabilities: Partial<Record<string, unknown>>,
  required: Record<string, readonly string[]>,
): void {
  const missing: string[] = [];
  for (const [capability, methods] of Object.entries(required)) {
    if (!capabilities[capability]) continue;
    for (const method of methods) {
      if (typeof (driver as Record<string, unknown>)[method] !== 'function') missing.push(`capabilities.${capability} needs ${method}()`);
    }
  }
  check(missing.length === 0, missing.join('; '));
}

export function checkItems<T>(label: string, items: unknown, describeProblems: (item: T, label: string) => string[]): asserts items is T[] {
  check(Array.isArray(items), `${label} must be an array`);
  const problems = items.flatMap((item, index) => describeProblems(item as T, `${label}[${index}]`));
  check(problems.length === 0, problems.join('; '));
}

/** What channels and review sources have in common. */
export interface SyncingDriver<T> {
  credentialsSchema: JSONSchema;
  verifyCredentials(ctx: DriverContext): Promise<AccountInfo>;
  sync(ctx: DriverContext, cursor: string | null): Promise<SyncResult<T>>;
  verifyWebhook?(ctx: DriverContext, request: WebhookRequest): boolean | Promise<boolean>;
  parseWebhook?(ctx: DriverContext, request: WebhookRequest): T[] | Promise<T[]>;
  classifyError(error: unknown): ErrorClassification;
}

/** Input of the checks shared by channels and review sources: credentials, sync, webhooks. */
export interface SharedDriverChecks<T extends { externalId: string }> {
  driver: SyncingDriver<T>;
  context: DriverContext;
  /** Requests the fake server received, to prove calls reach the network. */
  fakeServerRequests?: readonly unknown[];
  invalidCredentials?: Record<string, unknown>;
  /** Creates inbound data on the server before the first sync; when given, sync must return some. */
  seed?: () => unknown;
  webhookSupported: boolean;
  webhook?: WebhookRequest;
  describeItemProblems(item: T, label: string): string[];
  /** The first sync (after `seed`), shared with the checks that act on synced items. */
  firstSync: () => Promise<SyncResult<T>>;
}

/** The first sync, after seeding: shared by every check that acts on synced items. */
export function firstSyncAfterSeed<T>(driver: SyncingDriver<T>, context: DriverContext, seed?: () => unknown): () => Promise<SyncResult<T>> {
  return once(async () => {
    await seed?.();
    return driver.sync(context, null);
  });
}

export function credentialChecks<T extends { externalId: string }>(shared: SharedDriverChecks<T>): CheckSpec[] {
  const { driver, context } = shared;
  return [
    {
      name: 'credentials-schema',
      run: () => {
        const schema = checkJsonSchema(driver.credentialsSchema);
        check(schema.valid, `credentialsSchema is not a valid JSON Schema: ${formatSchemaIssues(schema.errors)}`);
        const credentials = validateAgainstSchema(driver.credentialsSchema, context.credentials);
        check(credentials.valid, `the test credentials do not match credentialsSchema: ${formatSchemaIssues(credentials.errors)}`);
      },
    },
    {
      name: 'verify-credentials',
      run: async () => {
        const requestsBefore = shared.fakeServerRequests?.length ?? 0;
        const account = await driver.verifyCredentials(context);
        check(isNonEmptyString(account?.accountId), 'accountId must be a non-empty string');
        check(typeof account.displayName === 'string', 'displayName must be a string');
        check(account.url === undefined || typeof account.url === 'string', 'url must be a string when given');
        if (shared.fakeServerRequests) {
          check(shared.fakeServerRequests.length > requestsBefore, 'verifyCredentials made no request to the server');
        }
      },
    },
    {
      name: 'reject-invalid-credentials',
      skipIf: () => (shared.invalidCredentials ? undefined : 'no samples.invalidCredentials given'),
      run: async () => {
        const error = await driver.verifyCredentials({ ...context, credentials: shared.invalidCredentials! }).then(
          () => undefined,
          (rejection: unknown) => rejection ?? new Error('rejected without a reason'),
        );
        check(error !== undefined, 'verifyCredentials accepted invalid credentials');
        const classification = driver.classifyError(error);
        check(classification === 'reauthorize', `classifyError gave '${classification}' for refused credentials, expected 'reauthorize'`);
      },
    },
  ];
}

export function syncChecks<T extends { externalId: string }>(shared: SharedDriverChecks<T>): CheckSpec[] {
  const { driver, context } = shared;
  return [
    {
      name: 'sync-items',
      run: async () => {
        const result = await shared.firstSync();
        checkItems('items', result?.items, shared.describeItemProblems);
        check(result.nextCursor === null || typeof result.nextCursor === 'string', 'nextCursor must be a string or null');
        if (shared.seed) check(result.items.length > 0, 'sync returned no items although inbound data was seeded');
        if (result.items.length > 0) check(result.nextCursor !== null, 'sync returned items but no nextCursor');
      },
    },
    {
      name: 'sync-cursor-advances',
      run: async () => {
        const first = await shared.firstSync();
        const second = await driver.sync(context, first.nextCursor);
        checkItems('items', second?.items, shared.describeItemProblems);
        const seen = new Set(first.items.map((item) => item.externalId));
        const repeated = second.items.filter((item) => seen.has(item.externalId)).map((item) => item.externalId);
        check(repeated.length === 0, `syncing from nextCursor returned already-synced items again: ${repeated.join(', ')}`);
      },
    },
  ];
}

export function webhookChecks<T extends { externalId: string }>(shared: SharedDriverChecks<T>): CheckSpec[] {
  const { driver, context } = shared;
  const skipIf = () => {
    if (!shared.webhookSupported) return 'capabilities.webhooks is off';
    if (!shared.webhook) return 'no samples.webhook given';
    return undefined;
  };
  return [
    {
      name: 'webhook-verify',
      skipIf,
      run: async () => {
        const valid = shared.webhook!;
        check((await requireMethod(driver, 'verifyWebhook')(context, valid)) === true, 'verifyWebhook rejected the correctly signed sample');
        // A trailing space keeps JSON parseable, so only the signature can catch it.
        const tampered = { headers: valid.headers, rawBody: Buffer.concat([valid.rawBody, Buffer.from(' ')]) };
        check((await requireMethod(driver, 'verifyWebhook')(context, tampered)) === false, 'verifyWebhook accepted a tampered body');
      },
    },
    {
      name: 'webhook-parse',
      skipIf,
      run: async () => {
        const items = await requireMethod(driver, 'parseWebhook')(context, shared.webhook!);
        checkItems('parsed items', items, shared.describeItemProblems);
        check(items.length > 0, 'parseWebhook returned no items for the sample');
      },
    },
  ];
}

const EXPECTED_CLASSIFICATIONS: Array<[number, ErrorClassification]> = [
  [429, 'retry'],
  [500, 'retry'],
  [401, 'reauthorize'],
];

export function classifyErrorCheck(classifyError: (error: unknown) => ErrorClassification): CheckSpec {
  return {
    name: 'classify-error',
    run: () => {
      const wrong = EXPECTED_CLASSIFICATIONS.flatMap(([status, expected]) => {
        const error = new HttpError({ status, method: 'GET', url: 'https://conformance.invalid/check' });
        const actual = classifyError(error);
        return actual === expected ? [] : [`HTTP ${status} → '${actual}', expected '${expected}'`];
      });
      check(wrong.length === 0, wrong.join('; '));
    },
  };
}
