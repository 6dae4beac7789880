import { type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UserInputError } from './errors.js';

/** Validates an ID argument, so a malformed id is BAD_USER_INPUT rather than a database error. */
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!isUUID(value)) throw UserInputError.forField(this.field, 'must be an ID returned by the API (a UUID)');
    return value;
  }
}
