import { INBOUND_KINDS, type InboundItem } from './channel.js';
import type { InboundReview, RatingScale } from './review-source.js';

// What the host accepts from a driver as inbound items and reviews: the
// conformance kit checks drivers with these, and the host checks webhook
// deliveries (and their ingestion jobs) with them before storing anything.

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function isIsoDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

function describeAuthorProblems(label: string, author: unknown): string[] {
  if (typeof author !== 'object' || author === null) return [`${label} must be an object`];
  const { externalId, handle, name, avatarUrl } = author as Record<string, unknown>;
  const problems: string[] = [];
  if (!isNonEmptyString(externalId)) problems.push(`${label}.externalId must be a non-empty string`);
  if (!isNonEmptyString(handle)) problems.push(`${label}.handle must be a non-empty string`);
  if (name !== undefined && typeof name !== 'string') problems.push(`${label}.name must be a string`);
  if (avatarUrl !== undefined && typeof avatarUrl !== 'string') problems.push(`${label}.avatarUrl must be a string`);
  return problems;
}

/** What is wrong with `item` as an InboundItem, each problem naming its field under `label`; [] when nothing. */
export function describeInboundItemProblems(item: InboundItem, label: string): string[] {
  if (typeof item !== 'object' || item === null) return [`${label} must be an object`];
  const problems: string[] = [];
  if (!INBOUND_KINDS.includes(item.kind)) problems.push(`${label}.kind must be one of ${INBOUND_KINDS.join(', ')}`);
  if (!isNonEmptyString(item.externalId)) problems.push(`${label}.externalId must be a non-empty string`);
  if (!isNonEmptyString(item.threadExternalId)) problems.push(`${label}.threadExternalId must be a non-empty string`);
  for (const optional of ['inReplyToExternalId', 'postExternalId'] as const) {
    if (item[optional] !== undefined && !isNonEmptyString(item[optional])) problems.push(`${label}.${optional} must be a non-empty string when given`);
  }
  problems.push(...describeAuthorProblems(`${label}.author`, item.author));
  if (typeof item.text !== 'string') problems.push(`${label}.text must be a string`);
  if (!isIsoDate(item.createdAt)) problems.push(`${label}.createdAt must be an ISO 8601 date`);
  return problems;
}

/** What is wrong with `review` as an InboundReview of a site rating on `scale`; [] when nothing. */
export function describeInboundReviewProblems(review: InboundReview, label: string, scale: RatingScale): string[] {
  if (typeof review !== 'object' || review === null) return [`${label} must be an object`];
  const problems: string[] = [];
  if (!isNonEmptyString(review.externalId)) problems.push(`${label}.externalId must be a non-empty string`);
  problems.push(...describeAuthorProblems(`${label}.author`, review.author));
  if (typeof review.rating !== 'number' || !(review.rating >= scale.min && review.rating <= scale.max)) {
    problems.push(`${label}.rating ${String(review.rating)} is outside the rating scale ${scale.min}..${scale.max}`);
  }
  for (const optional of ['title', 'language'] as const) {
    if (review[optional] !== undefined && typeof review[optional] !== 'string') problems.push(`${label}.${optional} must be a string when given`);
  }
  if (typeof review.text !== 'string') problems.push(`${label}.text must be a string`);
  if (!isIsoDate(review.createdAt)) problems.push(`${label}.createdAt must be an ISO 8601 date`);
  if (review.updatedAt !== undefined && !isIsoDate(review.updatedAt)) problems.push(`${label}.updatedAt must be an ISO 8601 date when given`);
  if (review.metadata !== undefined && !isJsonObject(review.metadata)) problems.push(`${label}.metadata must be an object of JSON values when given`);
  return problems;
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isJsonValue);
}

function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isJsonObject(value);
}
