import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { User } from '../user.entity.js';

export const MIN_PASSWORD_LENGTH = 10;

@InputType({ description: 'E-mail and password of an existing user.' })
export class LoginInput {
  @Field({ description: 'Login e-mail (case-insensitive).' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field({ description: 'The password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  password: string;
}

@InputType({ description: 'The first instance admin, created once on a fresh installation.' })
export class SetupInput {
  @Field({ description: 'Login e-mail of the first admin.' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field({ description: 'Display name of the first admin.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ description: `Password, at least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1000)
  password: string;
}

@InputType({ description: 'Accept an invitation: creates the account if the e-mail has none, otherwise checks its password.' })
export class AcceptInvitationInput {
  @Field({ description: 'The one-time token from inviteMember.' })
  @IsString()
  @MinLength(10)
  token: string;

  @Field({ nullable: true, description: 'Display name, for a new account.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field({ description: `Password (new accounts: at least ${MIN_PASSWORD_LENGTH} characters).` })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  password: string;
}

@ObjectType({ description: 'A new session.' })
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;

  @Field({ description: 'When the token stops working.' })
  expiresAt: Date;

  @Field(() => User, { description: 'The logged-in user.' })
  user: User;
}
