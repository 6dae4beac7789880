import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ApiKey } from '../api-key.entity.js';
import { Role } from '../role.enum.js';

@InputType({ description: 'A new API key for one workspace.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The workspace the key acts in.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'What the key is for.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => Role, { description: 'What the key may do; at most your own role.' })
  @IsEnum(Role)
  role: Role;
}

@ObjectType({ description: 'A new API key and its secret.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The stored key (without its secret).' })
  apiKey: ApiKey;

  @Field({ description: 'Send as "Authorization: Bearer <secret>". Shown only now: it is stored hashed and cannot be shown again.' })
  secret: string;
}
