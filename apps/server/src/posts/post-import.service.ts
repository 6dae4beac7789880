import { Injectable } from '@nestjs/common';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { Channel } from '../channels/channel.entity.js';
import { parseCsv } from '../common/csv.js';
import { RapportError, UserInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { isTimeZone } from '../common/time-zones.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { CreatePostInput } from './dto/post.inputs.js';
import { ImportFormat, MAX_IMPORT_ROWS, type ImportPostsInput, type ImportPostsPayload, type ImportRowError, type ImportWarning } from './dto/import.types.js';
import { PostKind } from './post.enums.js';
import { PostsService } from './posts.service.js';
import { readScheduleTime } from './schedule-time.js';

/** The columns (CSV) and fields (JSON) an import reads, matched in any case; docs/posts.md describes them. */
const COLUMNS = ['body', 'channels', 'kind', 'tags', 'scheduledAt', 'timezone'] as const;
type Column = (typeof COLUMNS)[number];
type RawRow = Partial<Record<Column, unknown>>;

const COLUMN_BY_NAME = new Map<string, Column>(COLUMNS.map((column) => [column.toLowerCase(), column]));
const COLUMN_LIST = `${COLUMNS.slice(0, -1).join(', ')} and ${COLUMNS.at(-1)}`;

const splitList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split('|') : []).map((s) => s.trim()).filter(Boolean);

/** A cell or field that says something: blank strings, null and absence all mean "not given". */
const given = (value: unknown): boolean => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/**
 * Bulk creation of posts from CSV or JSON. Each valid row becomes a post in
 * its own transaction, a DRAFT or, with scheduledAt, a SCHEDULED post (so a
 * row is created and scheduled whole, or not at all); invalid rows are
 * reported with their row number and field, and create nothing. Columns that
 * are not read are reported as warnings rather than dropped silently.
 */
@Injectable()
export class PostImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostsService,
  ) {}

  async import(ctx: RequestContext, input: ImportPostsInput): Promise<ImportPostsPayload> {
    const { rows, warnings } = this.parse(input);
    if (rows.length > MAX_IMPORT_ROWS) throw UserInputError.forField('data', `has ${rows.length} posts; import at most ${MAX_IMPORT_ROWS} at a time`);
    const channels = await this.dataSource.getRepository(Channel).findBy({ workspaceId: ctx.workspaceId, kind: 'NETWORK' });
    // Options are about channels, not rows: checked once, as createPost checks them, before any row is imported.
    const targetOptions = input.targetOptions ?? [];
    targetOptions.forEach((entry, index) => {
      if (!channels.some((c) => c.id === entry.channelId)) throw UserInputError.forField(`targetOptions.${index}.channelId`, `no network channel ${entry.channelId} in this workspace`);
    });
    this.posts.assertTargetOptions(channels, targetOptions);
    const workspace = await this.dataSource.getRepository(Workspace).findOneByOrFail({ id: ctx.workspaceId });
    const result: ImportPostsPayload = { posts: [], errors: [], warnings };
    for (const [index, raw] of rows.entries()) {
      const row = index + 1;
      const problems: ImportRowError[] = [];
      const channelIds = splitList(raw.channels).map((ref) => {
        const channel = channels.find((c) => c.id === ref || c.displayName.toLowerCase() === ref.toLowerCase());
        if (!channel) problems.push({ row, field: 'channels', message: `no channel "${ref}" in this workspace` });
        return channel?.id ?? '';
      });
      const kind = typeof raw.kind === 'string' && raw.kind.trim() ? raw.kind.trim().toUpperCase() : PostKind.GENERAL;
      const candidate = plainToInstance(CreatePostInput, {
        workspaceId: ctx.workspaceId,
        body: raw.body,
        channelIds,
        kind,
        tags: splitList(raw.tags),
        targetOptions: targetOptions.filter((entry) => channelIds.includes(entry.channelId)),
      });
      for (const error of await validate(candidate)) {
        const field = error.property === 'channelIds' ? 'channels' : error.property;
        if (!problems.some((p) => p.field === field)) problems.push({ row, field, message: Object.values(error.constraints ?? {})[0] ?? 'is invalid' });
      }
      const scheduleAt = this.scheduleTime(raw, input.timezone ?? workspace.timezone, row, problems);
      if (problems.length) {
        result.errors.push(...problems);
        continue;
      }
      try {
        result.posts.push(await this.posts.create(ctx, candidate, scheduleAt));
      } catch (error) {
        if (!(error instanceof RapportError)) throw error;
        // Refusals without a field of their own (e.g. the post needs approval first) are about scheduling it.
        result.errors.push({ row, field: String(error.extensions.field ?? (scheduleAt ? 'scheduledAt' : 'row')), message: error.message });
      }
    }
    return result;
  }

  /** The row's scheduledAt read in its own timezone, else `defaultZone`; undefined when it has none, or when it is invalid (then a problem is added). */
  private scheduleTime(raw: RawRow, defaultZone: string, row: number, problems: ImportRowError[]): Date | undefined {
    let zone = defaultZone;
    if (given(raw.timezone)) {
      const named = typeof raw.timezone === 'string' ? raw.timezone.trim() : raw.timezone;
      if (!isTimeZone(named)) {
        problems.push({ row, field: 'timezone', message: 'must be an IANA time zone such as "Europe/Paris" or "UTC"' });
        return undefined;
      }
      zone = named;
    }
    if (!given(raw.scheduledAt)) return undefined;
    if (typeof raw.scheduledAt !== 'string') {
      problems.push({ row, field: 'scheduledAt', message: 'must be a string such as "2026-12-01T09:00:00+01:00" or "2026-12-01T09:00"' });
      return undefined;
    }
    const time = readScheduleTime(raw.scheduledAt.trim(), zone);
    if (time.problem !== undefined) problems.push({ row, field: 'scheduledAt', message: time.problem });
    return time.at;
  }

  private parse(input: ImportPostsInput): { rows: RawRow[]; warnings: ImportWarning[] } {
    if (input.format === ImportFormat.JSON) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.data);
      } catch (error) {
        throw UserInputError.forField('data', `is not valid JSON: ${(error as Error).message}`);
      }
      if (!Array.isArray(parsed) || parsed.some((row) => typeof row !== 'object' || row === null || Array.isArray(row))) throw UserInputError.forField('data', 'must be a JSON array of objects');
      const ignored = new Map<string, number>();
      const rows = (parsed as Array<Record<string, unknown>>).map((object) => {
        const row: RawRow = {};
        for (const [name, value] of Object.entries(object)) {
          const column = COLUMN_BY_NAME.get(name.toLowerCase());
          if (column && !(column in row)) row[column] = value;
          else ignored.set(name, (ignored.get(name) ?? 0) + 1);
        }
        return row;
      });
      const warnings = [...ignored].map(([name, count]) => ({
        column: name,
        message: `${COLUMN_BY_NAME.has(name.toLowerCase()) ? 'repeats a field (in another case)' : 'is not a field Rapport reads'}; ignored in ${count} ${count === 1 ? 'row' : 'rows'}. The fields are ${COLUMN_LIST} (docs/posts.md).`,
      }));
      return { rows, warnings };
    }
    let table: string[][];
    try {
      table = parseCsv(input.data);
    } catch (error) {
      throw UserInputError.forField('data', `is not valid CSV: ${(error as Error).message}`);
    }
    const [header = [], ...body] = table;
    const warnings: ImportWarning[] = [];
    // Which column of the table each known column is read from; the others are reported once each.
    const read = new Map<Column, number>();
    header.forEach((name, index) => {
      const column = COLUMN_BY_NAME.get(name.trim().toLowerCase());
      if (column && !read.has(column)) read.set(column, index);
      else if (column) warnings.push({ column: name.trim(), message: `repeats the ${column} column; only the first one is read.` });
      else if (!name.trim()) warnings.push({ column: '', message: `column ${index + 1} has no name; its values were ignored.` });
      else warnings.push({ column: name.trim(), message: `is not a column Rapport reads; its values were ignored. The columns are ${COLUMN_LIST} (docs/posts.md).` });
    });
    if (!read.has('body') || !read.has('channels')) throw UserInputError.forField('data', 'the CSV header must name at least the body and channels columns');
    const rows = body.map((fields) => Object.fromEntries([...read].map(([column, index]) => [column, fields[index] ?? ''])) as RawRow);
    return { rows, warnings };
  }
}
