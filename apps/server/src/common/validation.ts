import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { UserInputError, type FieldProblem } from './errors.js';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * class-validator at the edge: every input type is validated, and a failure
 * becomes a BAD_USER_INPUT error naming each field, instead of Nest's
 * generic "Bad Request Exception".
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return new UserInputError(`Invalid input. ${summary}`, fields);
    },
  });
}
