import { DriverError, classifyHttpError, isDriverError, isHttpError, type ErrorClassification } from '@rapport/plugin-sdk';

/** The `error` object of a Graph API refusal (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
export interface GraphErrorBody {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
  fbtrace_id?: string;
}

/** "Access token has expired", "API Session": a new token (a person reconnecting) is the only way out. */
const REAUTHORIZE_CODES = new Set([102, 190]);
/** Subcodes of an OAuthException that say the user's grant is gone (app removed, password changed, expired, ...). */
const REAUTHORIZE_SUBCODES = new Set([458, 459, 460, 463, 464, 467, 492]);
/**
 * Throttling (https://developers.facebook.com/docs/graph-api/overview/rate-limiting): 4 app, 17 user, 32 page,
 * 613 calls per hour, 341 app limit, 9 Instagram's publishing limit (subcode 2207042), 80001–80014 business use cases.
 */
const RATE_LIMIT_CODES = new Set([4, 9, 17, 32, 341, 613]);
/** "API Unknown" and "API Service": temporary, retry. 368 "temporarily blocked for policy violations": wait, retry. */
const TRANSIENT_CODES = new Set([1, 2, 368]);
/** Refusals of the request as it is: invalid parameter, missing permission, duplicate post, bad link (and 200–299). */
const INVALID_CODES = new Set([10, 100, 506, 1609005]);

/** The Graph API error inside an HttpError's body, when there is one. */
export function graphErrorOf(error: unknown): GraphErrorBody | undefined {
  const cause = isDriverError(error) ? (error.cause as unknown) : error;
  if (!isHttpError(cause)) return undefined;
  const body = cause.body as { error?: unknown } | undefined;
  return typeof body?.error === 'object' && body.error !== null ? (body.error as GraphErrorBody) : undefined;
}

/** Graph's classification of a refusal, by code and subcode; undefined when the body says nothing we know. */
export function classifyGraphCode(graph: GraphErrorBody): ErrorClassification | undefined {
  const { code, error_subcode: subcode } = graph;
  if (code === undefined) return undefined;
  if (REAUTHORIZE_CODES.has(code) || (graph.type === 'OAuthException' && subcode !== undefined && REAUTHORIZE_SUBCODES.has(subcode))) return 'reauthorize';
  if (RATE_LIMIT_CODES.has(code) || (code >= 80001 && code <= 80014) || TRANSIENT_CODES.has(code) || graph.is_transient === true) return 'retry';
  // 100 invalid parameter, 10 and 200–299 a permission this token lacks (reconnecting with it fixes it, but the
  // channel's other work goes on), 506 duplicate post, 1609005 link: this request, as it is, will not succeed.
  if (INVALID_CODES.has(code) || (code >= 200 && code <= 299)) return 'invalid';
  // A code the guide does not list: the HTTP status decides (a 5xx is retried, a 4xx is not).
  return undefined;
}

/**
 * A Graph API failure in the driver error taxonomy: the codes of the error handling guide first (190 →
 * reauthorize, throttling codes → retry no sooner than the usage headers advertise, 1/2 → retry, 100 and other
 * refusals → invalid), then the HTTP status (5xx and timeouts → retry). The network's own message is kept, short,
 * because it says what to fix ("(#100) Param message must be ..."); tokens never appear in it.
 */
export function graphError(network: string, error: unknown): unknown {
  if (!isHttpError(error)) return error;
  const graph = graphErrorOf(error);
  const classification = (graph && classifyGraphCode(graph)) ?? classifyHttpError(error);
  const retryAfterSeconds = classification === 'retry' ? (retryAfterFromUsage(error.headers) ?? error.retryAfter) : undefined;
  const what = graph?.code !== undefined ? ` (code ${graph.code}${graph.error_subcode ? `/${graph.error_subcode}` : ''})` : ` (HTTP ${error.status})`;
  const said = graph?.error_user_msg || graph?.message;
  const message = `${network} refused the request${what}${said ? `: ${truncate(said, 300)}` : ''}`;
  return new DriverError(message, classification, { cause: error, retryAfterSeconds });
}

/** classifyError for the three drivers: DriverErrors keep theirs; Graph bodies are read; the rest by HTTP status. */
export function classifyGraphError(error: unknown): ErrorClassification {
  if (isDriverError(error)) return error.classification;
  const graph = graphErrorOf(error);
  return (graph && classifyGraphCode(graph)) ?? classifyHttpError(error);
}

/**
 * Seconds until the app may call again, from the usage headers
 * (https://developers.facebook.com/docs/graph-api/overview/rate-limiting): the largest
 * `estimated_time_to_regain_access` (minutes) of `X-Business-Use-Case-Usage`, else, when `X-App-Usage` (or
 * `X-Page-Usage`) reports a share at 100%, the platform limit's rolling hour is not over: a quarter of it.
 */
export function retryAfterFromUsage(headers: Record<string, string>): number | undefined {
  const buc = parseJsonHeader(headers['x-business-use-case-usage']);
  let minutes = 0;
  if (buc && typeof buc === 'object') {
    for (const entries of Object.values(buc as Record<string, unknown>)) {
      for (const entry of Array.isArray(entries) ? entries : []) {
        const value = Number((entry as { estimated_time_to_regain_access?: unknown })?.estimated_time_to_regain_access);
        if (Number.isFinite(value) && value > minutes) minutes = value;
      }
    }
  }
  if (minutes > 0) return Math.ceil(minutes * 60);
  for (const name of ['x-app-usage', 'x-page-usage']) {
    const usage = parseJsonHeader(headers[name]) as Record<string, unknown> | undefined;
    if (usage && ['call_count', 'total_cputime', 'total_time'].some((key) => Number(usage[key]) >= 100)) return 15 * 60;
  }
  return undefined;
}

function parseJsonHeader(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
