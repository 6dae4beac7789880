import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { Post } from '../post.entity.js';

export enum ImportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'How importPosts data is written.',
  valuesMap: {
    CSV: { description: 'A header row with body, channels (ids or names separated by |), kind, tags (separated by |), then one post per row.' },
    JSON: { description: 'An array of { body, channels: [id or name], kind?, tags? }.' },
  },
});

export const MAX_IMPORT_ROWS = 1000;

@InputType({ description: 'Posts to create in bulk, as DRAFTs.' })
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
}

@ObjectType({ description: 'Why one row was not imported.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number: 1 is the first post (the CSV header does not count).' }) row: number;
  @Field({ description: 'The column or field at fault.' }) field: string;
  @Field({ description: 'What is wrong.' }) message: string;
}

@ObjectType({ description: 'What importPosts did: valid rows became DRAFT posts, invalid rows are reported and created nothing.' })
export class ImportPostsPayload {
  @Field(() => [Post], { description: 'The posts created, in row order.' }) posts: Post[];
  @Field(() => [ImportRowError], { description: 'The rows that were not imported, and why.' }) errors: ImportRowError[];
}
