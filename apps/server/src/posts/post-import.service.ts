import { Injectable } from '@nestjs/common';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { DataSource } from 'typeorm';
import { Channel } from '../channels/channel.entity.js';
import { parseCsv } from '../common/csv.js';
import { RapportError, UserInputError } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { CreatePostInput } from './dto/post.inputs.js';
import { ImportFormat, MAX_IMPORT_ROWS, type ImportPostsInput, type ImportPostsPayload, type ImportRowError } from './dto/import.types.js';
import { PostKind } from './post.enums.js';
import { PostsService } from './posts.service.js';

interface RawRow {
  body?: unknown;
  channels?: unknown;
  kind?: unknown;
  tags?: unknown;
}

const splitList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split('|') : []).map((s) => s.trim()).filter(Boolean);

/**
 * Bulk creation of DRAFT posts from CSV or JSON. Each valid row becomes a post
 * in its own transaction (so a row is created whole or not at all); invalid
 * rows are reported with their row number and field, and create nothing.
 */
@Injectable()
export class PostImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostsService,
  ) {}

  async import(ctx: RequestContext, input: ImportPostsInput): Promise<ImportPostsPayload> {
    const rows = this.parse(input);
    if (rows.length > MAX_IMPORT_ROWS) throw UserInputError.forField('data', `has ${rows.length} posts; import at most ${MAX_IMPORT_ROWS} at a time`);
    const channels = await this.dataSource.getRepository(Channel).findBy({ workspaceId: ctx.workspaceId, kind: 'NETWORK' });
    const result: ImportPostsPayload = { posts: [], errors: [] };
    for (const [index, raw] of rows.entries()) {
      const row = index + 1;
      const problems: ImportRowError[] = [];
      const channelIds = splitList(raw.channels).map((ref) => {
        const channel = channels.find((c) => c.id === ref || c.displayName.toLowerCase() === ref.toLowerCase());
        if (!channel) problems.push({ row, field: 'channels', message: `no channel "${ref}" in this workspace` });
        return channel?.id ?? '';
      });
      const kind = typeof raw.kind === 'string' && raw.kind.trim() ? raw.kind.trim().toUpperCase() : PostKind.GENERAL;
      const candidate = plainToInstance(CreatePostInput, { workspaceId: ctx.workspaceId, body: raw.body, channelIds, kind, tags: splitList(raw.tags) });
      for (const error of await validate(candidate)) {
        const field = error.property === 'channelIds' ? 'channels' : error.property;
        if (!problems.some((p) => p.field === field)) problems.push({ row, field, message: Object.values(error.constraints ?? {})[0] ?? 'is invalid' });
      }
      if (problems.length) {
        result.errors.push(...problems);
        continue;
      }
      try {
        result.posts.push(await this.posts.create(ctx, candidate));
      } catch (error) {
        if (!(error instanceof RapportError)) throw error;
        result.errors.push({ row, field: String(error.extensions.field ?? 'row'), message: error.message });
      }
    }
    return result;
  }

  private parse(input: ImportPostsInput): RawRow[] {
    if (input.format === ImportFormat.JSON) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.data);
      } catch (error) {
        throw UserInputError.forField('data', `is not valid JSON: ${(error as Error).message}`);
      }
      if (!Array.isArray(parsed) || parsed.some((row) => typeof row !== 'object' || row === null)) throw UserInputError.forField('data', 'must be a JSON array of objects');
      return parsed as RawRow[];
    }
    let table: string[][];
    try {
      table = parseCsv(input.data);
    } catch (error) {
      throw UserInputError.forField('data', `is not valid CSV: ${(error as Error).message}`);
    }
    const [header = [], ...body] = table;
    const columns = header.map((name) => name.trim().toLowerCase());
    if (!columns.includes('body') || !columns.includes('channels')) throw UserInputError.forField('data', 'the CSV header must name at least the body and channels columns');
    return body.map((fields) => Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? ''])));
  }
}
