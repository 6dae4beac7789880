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
  /** Flat arguments already checked, per class: see transform. */
  private readonly checked = new Map<unknown, Map<string, object>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments reach pipes as 'body' (Nest maps them onto the HTTP body's slot); REST controllers here take none.
    if (metadata.type !== 'body') return super.transform(value, metadata);
    // A field's arguments reach its resolver once per parent (messages(first: 3) on each of 50 conversations):
    // flat ones are checked once per class and value, and every call gets its own copy.
    const key = isFlat(value) ? JSON.stringify(value) : undefined;
    const seen = key === undefined ? undefined : this.checked.get(metadata.metatype)?.get(key);
    if (seen) return copyOf(seen);
    const isInputObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    assertStorableText(value, isInputObject ? '' : (metadata.data ?? ''));
    const result = withoutNulls(await super.transform(value, metadata));
    if (key !== undefined && typeof result === 'object' && result !== null) {
      const byValue = this.checked.get(metadata.metatype) ?? new Map<string, object>();
      if (byValue.size >= MAX_CHECKED_PER_CLASS) byValue.clear();
      this.checked.set(metadata.metatype, byValue.set(key, copyOf(result)));
    }
    return result;
  }
}

const MAX_CHECKED_PER_CLASS = 256;

/** A copy of a flat arguments instance, of the same class: no resolver sees another's object. */
function copyOf(instance: object): object {
  return Object.assign(Object.create(Object.getPrototypeOf(instance) as object | null) as object, instance);
}

/** An arguments object whose values are all numbers, booleans, null or short strings (a page size, a cursor, a flag). */
function isFlat(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((field) => field === null || field === undefined || typeof field === 'number' || typeof field === 'boolean' || (typeof field === 'string' && field.length <= 200));
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
