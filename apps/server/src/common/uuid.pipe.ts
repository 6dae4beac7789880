import { type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UserInputError } from './errors.js';

/** Every ID the API hands out is a UUID; anything else (an empty string included) is the caller's mistake, not a database error. */
export function assertUuid(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isUUID(value)) throw UserInputError.forField(field, 'must be an ID returned by the API (a UUID)');
  return value;
}

/** Validates an ID argument, so a malformed id is BAD_USER_INPUT rather than a database error. */
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    return assertUuid(this.field, value);
  }
}
