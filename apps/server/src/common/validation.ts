import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { UserInputError, type FieldProblem } from './errors.js';
import { withoutNulls } from './null-input.js';
import { assertStorableText } from './storable-text.js';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * The checks every GraphQL argument passes before a resolver sees it: text
 * PostgreSQL can store (assertStorableText), class-validator, then explicit
 * nulls read as omitted fields (withoutNulls). Field names are relative to an
 * input object (`body`, not `input.body`), or the argument's name for a scalar.
 */
class ArgumentsPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments reach pipes as 'body' (Nest maps them onto the HTTP body's slot); REST controllers here take none.
    if (metadata.type !== 'body') return super.transform(value, metadata);
    const isInputObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    assertStorableText(value, isInputObject ? '' : (metadata.data ?? ''));
    return withoutNulls(await super.transform(value, metadata));
  }
}

/**
 * The edge every GraphQL argument passes (see ArgumentsPipe): a class-validator
 * failure becomes a BAD_USER_INPUT error naming each field, instead of Nest's
 * generic "Bad Request Exception".
 */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentsPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return new UserInputError(`Invalid input. ${summary}`, fields);
    },
  });
}
