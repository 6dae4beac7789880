import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsTimeZone } from '../../common/time-zones.js';
import { Post } from '../post.entity.js';
import { PostTargetOptionsInput } from './post.inputs.js';

export enum ImportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'How importPosts data is written; the columns are described in docs/posts.md.',
  valuesMap: {
    CSV: {
      description:
        'A header row naming the columns (any order, any case): body and channels (ids or names separated by |) are required; kind, tags (separated by |), scheduledAt and timezone are optional. Then one post per row.',
    },
    JSON: { description: 'An array of objects with the same fields: { body, channels: [id or name], kind?, tags?: [tag], scheduledAt?, timezone? }.' },
  },
});

export const MAX_IMPORT_ROWS = 1000;

@InputType({ description: 'Posts to create in bulk: DRAFTs, or SCHEDULED posts for rows with a scheduledAt.' })
export class ImportPostsInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ImportFormat, { description: 'CSV or JSON.' })
  @IsEnum(ImportFormat)
  format: ImportFormat;

  @Field({ description: `The file's content (at most ${MAX_IMPORT_ROWS} posts).` })
  @IsString()
  @MaxLength(2_000_000)
  data: string;

  @Field({ nullable: true, description: 'IANA zone for scheduledAt values without an offset, in rows with no timezone of their own; the workspace time zone by default.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @Field(() => [PostTargetOptionsInput], {
    nullable: true,
    description:
      "Network options per channel (e.g. Mastodon visibility), as in createPost, for every imported post that goes to that channel; checked against the channel type's postOptionsSchema before any row is imported.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PostTargetOptionsInput)
  targetOptions?: PostTargetOptionsInput[];
}

@ObjectType({ description: 'Why one row was not imported.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number: 1 is the first post (the CSV header does not count).' }) row: number;
  @Field({ description: 'The column or field at fault.' }) field: string;
  @Field({ description: 'What is wrong.' }) message: string;
}

@ObjectType({ description: 'A column (or JSON field) that was not read, e.g. one Rapport does not know.' })
export class ImportWarning {
  @Field({ description: 'The column as written in the header (or the JSON field name); empty for a column with no name.' }) column: string;
  @Field({ description: 'What was done with it.' }) message: string;
}

@ObjectType({ description: 'What importPosts did: valid rows became posts, invalid rows are reported and created nothing.' })
export class ImportPostsPayload {
  @Field(() => [Post], { description: 'The posts created, in row order.' }) posts: Post[];
  @Field(() => [ImportRowError], { description: 'The rows that were not imported, and why.' }) errors: ImportRowError[];
  @Field(() => [ImportWarning], { description: 'Columns that were ignored (unknown, unnamed or repeated), one entry per column.' }) warnings: ImportWarning[];
}
