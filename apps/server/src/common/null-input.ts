import 'reflect-metadata';

const NULL_CLEARS = Symbol('rapport:null-clears');

/**
 * Marks an optional input field whose explicit `null` means "clear it" (e.g.
 * `assigneeId: null` unassigns). On every other field `null` means the same as
 * leaving the field out; see withoutNulls.
 */
export function NullClears(): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(NULL_CLEARS, true, target, property);
}

function nullClears(instance: object, property: string): boolean {
  return Reflect.getMetadata(NULL_CLEARS, instance, property) === true;
}

/**
 * Drops explicit nulls from validated arguments, so `lowRatingThreshold: null`
 * keeps the current value like an omitted field does, instead of reaching a
 * NOT NULL column. Only input objects (class instances) are walked: JSON
 * values are plain objects and keep their nulls.
 */
export function withoutNulls<T>(value: T): T | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) {
    value.forEach((item) => withoutNulls(item));
  } else if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== Object.prototype) {
    for (const [property, item] of Object.entries(value)) {
      if (item === null && !nullClears(value, property)) delete (value as Record<string, unknown>)[property];
      else withoutNulls(item);
    }
  }
  return value;
}
