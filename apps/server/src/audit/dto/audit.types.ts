import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsDateTime } from '../../common/date-time.js';
import { ConnectionArgs } from '../../common/pagination.js';

@InputType({ description: 'Which audit entries to list; every given field must match.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes by this user or API key.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true, description: 'Only this action (e.g. `policy.updated`), or every action of an entity with `<entity>.*` (e.g. `member.*`).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z_]+(\.([a-z_]+|\*))?$/, { message: 'must look like `policy.updated` or `policy.*`' })
  action?: string;

  @Field({ nullable: true, description: 'Only changes to this kind of thing, e.g. `Policy`, `Channel`, `ApiKey` (see AuditEntry.entityType).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes to the thing with this id (with entityType, to be exact).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @Field({ nullable: true, description: 'Only changes made at or after this time (ISO 8601).' })
  @IsOptional()
  @IsDateTime()
  from?: string;

  @Field({ nullable: true, description: 'Only changes made before this time (ISO 8601).' })
  @IsOptional()
  @IsDateTime()
  to?: string;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => AuditLogFilter, { nullable: true, description: 'Narrows the list; all entries when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
