import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

/**
 * A JSON Schema (draft-07 / 2019-09 keywords ajv understands). Kept loose on
 * purpose: schemas are data that the admin UI also renders as forms.
 */
export type JSONSchema = { [keyword: string]: unknown };

export interface SchemaIssue {
  /** Dotted path of the offending field (`webhook.secret`, `tags.0`); '' for the value itself. */
  field: string;
  message: string;
}

export interface SchemaValidationResult {
  valid: boolean;
  errors: SchemaIssue[];
}

// ajv-formats is CommonJS: under nodenext its default import is `module.exports`,
// whose `default` property is the plugin function.
const addFormats = formatsModule.default;

// strict: false lets schemas carry UI annotations (`secret`, `order`, ...) that ajv
// would otherwise reject as unknown keywords.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: JSONSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function toIssue(error: ErrorObject): SchemaIssue {
  const path = error.instancePath.split('/').slice(1).map(decodePointerSegment);
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const named = params.missingProperty ?? params.additionalProperty;
  if (named !== undefined) path.push(named);
  const field = path.join('.');
  const message =
    error.keyword === 'additionalProperties' ? 'is not an allowed property' : (error.message ?? 'is invalid');
  return { field, message };
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Validates `value` against `schema`; every problem names the field it is about. */
export function validateAgainstSchema(schema: JSONSchema, value: unknown): SchemaValidationResult {
  const validate = compile(schema);
  if (validate(value)) return { valid: true, errors: [] };
  return { valid: false, errors: (validate.errors ?? []).map(toIssue) };
}

/** Checks that `schema` itself is a well-formed JSON Schema that ajv can compile. */
export function checkJsonSchema(schema: unknown): SchemaValidationResult {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return { valid: false, errors: [{ field: '', message: 'must be a JSON Schema object' }] };
  }
  try {
    compile(schema as JSONSchema);
    return { valid: true, errors: [] };
  } catch (error) {
    return { valid: false, errors: [{ field: '', message: (error as Error).message }] };
  }
}

/** Formats issues as `field: message; ...` for error messages. */
export function formatSchemaIssues(issues: SchemaIssue[]): string {
  return issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message)).join('; ');
}
