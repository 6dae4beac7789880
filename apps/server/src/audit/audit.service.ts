import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { parseDateTime } from '../common/date-time.js';
import { UserInputError } from '../common/errors.js';
import { paginate, type Connection, type ConnectionArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { JobQueue, defineJob } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { AuditActorType, AuditEntry, type AuditChange } from './audit-entry.entity.js';
import type { AuditLogFilter } from './dto/audit.types.js';

/** What one audited change was; `before`/`after` are the thing's fields before and after it (null when created/deleted). */
export interface AuditRecord {
  /** `<entity>.<verb>`, e.g. `policy.updated`, `webhook_endpoint.created`. */
  action: string;
  /** The GraphQL type name of the thing changed, e.g. `Policy`. */
  entityType: string;
  entityId: string;
  /** The thing before the change (an entity or a plain object); take it with `auditSnapshot` before mutating the entity. */
  before?: object | null;
  after?: object | null;
}

/**
 * Field names whose values are never stored, at any depth: credentials,
 * tokens, secrets, passwords and their hashes, ciphertexts. The change shows
 * that such a field changed, not to what.
 */
const SECRET_NAME = /secret|password|passwd|token|credential|hash|cipher|encrypted|private.?key|signing.?key/i;
/** Timestamps, references and counts about a secret (`previousSecretExpiresAt`) are not the secret. */
const ABOUT_A_SECRET = /(At|Id|Ids|Count)$/;
const isSecretField = (name: string) => SECRET_NAME.test(name) && !ABOUT_A_SECRET.test(name);
/** Bookkeeping every row has; the entry itself says which thing and when. */
const IGNORED_FIELDS = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt']);
const REDACTED = '[redacted]';

/** A JSON copy of `value` (Dates as ISO strings), to keep as the state before a change while the entity is then mutated. */
export function auditSnapshot<T extends object>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** Loaded relations (the member's `user`, a `workspace`) are other things, with their own entries. */
function isRelation(value: unknown): boolean {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isSecretField(key) ? REDACTED : withoutSecrets(inner)]));
}

/** JSON with object keys sorted: jsonb hands keys back in its own order, which is no change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fields that differ between two states of a thing, secrets redacted, sorted by name. */
export function auditChanges(before: object | null | undefined, after: object | null | undefined): AuditChange[] {
  const was = before ? auditSnapshot(before) : {};
  const is = after ? auditSnapshot(after) : {};
  const changes: AuditChange[] = [];
  for (const field of [...new Set([...Object.keys(was), ...Object.keys(is)])].sort()) {
    const [from, to] = [was[field] ?? null, is[field] ?? null];
    if (IGNORED_FIELDS.has(field) || isRelation(from) || isRelation(to) || canonical(from) === canonical(to)) continue;
    changes.push(isSecretField(field) ? { field, before: null, after: null, redacted: true } : { field, before: withoutSecrets(from), after: withoutSecrets(to), redacted: false });
  }
  return changes;
}

/** Deletes entries past the retention period, once a day on one worker. */
export const AUDIT_RETENTION = defineJob<object>({ name: 'audit-retention', retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 600 });
/** Rows deleted per statement, so a first cleanup of a large log holds no long lock. */
const RETENTION_BATCH = 5000;

/**
 * The audit log. Services call `record` from their mutation paths, with the
 * EntityManager of the transaction that makes the change, so the entry
 * commits or rolls back with it (domain events are published after commit
 * and would lose that). Entries are never updated.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    queue: JobQueue,
  ) {
    queue.register(AUDIT_RETENTION, async () => void (await this.deleteExpired()));
    queue.schedule(AUDIT_RETENTION, '17 3 * * *');
  }

  /**
   * Records a change made by `ctx`'s caller in `ctx`'s workspace. Pass the
   * change's `manager` when it runs in a transaction. An update that changed
   * nothing is not recorded.
   */
  async record(ctx: RequestContext, entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const changes = auditChanges(entry.before, entry.after);
    if (entry.before && entry.after && !changes.length) return;
    const principal = ctx.principal;
    const row = Object.assign(new AuditEntry(), {
      workspaceId: ctx.workspaceId,
      actorType: !principal ? AuditActorType.SYSTEM : principal.kind === 'user' ? AuditActorType.USER : AuditActorType.API_KEY,
      actorId: !principal ? null : principal.kind === 'user' ? principal.user.id : principal.apiKey.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes,
      ip: ctx.client.ip,
      userAgent: ctx.client.userAgent,
      requestId: ctx.requestId,
    });
    await manager.save(row);
  }

  /** The workspace's entries, newest first. */
  list(ctx: RequestContext, filter: AuditLogFilter = {}, args: ConnectionArgs): Promise<Connection<AuditEntry>> {
    const [from, to] = [filter.from ? parseDateTime(filter.from) : null, filter.to ? parseDateTime(filter.to) : null];
    if (from && to && from > to) throw UserInputError.forField('to', 'is before from');
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('entry').where('entry.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action?.endsWith('.*')) query.andWhere('starts_with(entry.action, :prefix)', { prefix: filter.action.slice(0, -1) });
    else if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.entityType) query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (from) query.andWhere('entry.createdAt >= :from', { from });
    if (to) query.andWhere('entry.createdAt < :to', { to });
    return paginate(query, args, { property: 'createdAt', direction: 'DESC' });
  }

  /** Deletes every entry older than RAPPORT_AUDIT_RETENTION_DAYS; returns how many. */
  async deleteExpired(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const [, count] = (await this.dataSource.query(
        `DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry WHERE created_at < now() - make_interval(days => $1) LIMIT $2)`,
        [this.config.audit.retentionDays, RETENTION_BATCH],
      )) as [unknown, number];
      deleted += count;
      if (count < RETENTION_BATCH) break;
    }
    if (deleted) this.logger.info({ deleted, retentionDays: this.config.audit.retentionDays }, 'deleted expired audit entries');
    return deleted;
  }
}
