import { checkJsonSchema, createMemoryStore, validateAgainstSchema, type JSONSchema } from '../src/index.js';

const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['accessToken'],
  additionalProperties: false,
  properties: {
    accessToken: { type: 'string', minLength: 1, secret: true },
    baseUrl: { type: 'string', format: 'uri' },
    webhook: { type: 'object', properties: { secret: { type: 'string' } } },
  },
};

describe('validateAgainstSchema', () => {
  it('accepts a valid value', () => {
    expect(validateAgainstSchema(credentialsSchema, { accessToken: 't', baseUrl: 'http://localhost:4010' })).toEqual({ valid: true, errors: [] });
  });

  it('names every offending field', () => {
    const result = validateAgainstSchema(credentialsSchema, { baseUrl: 'not a url', webhook: { secret: 42 }, extra: true });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'accessToken', message: "must have required property 'accessToken'" },
        { field: 'baseUrl', message: 'must match format "uri"' },
        { field: 'webhook.secret', message: 'must be string' },
        { field: 'extra', message: 'is not an allowed property' },
      ]),
    );
  });

  it("uses '' as the field when the value itself is wrong", () => {
    expect(validateAgainstSchema(credentialsSchema, 'token').errors).toEqual([{ field: '', message: 'must be object' }]);
  });
});

describe('checkJsonSchema', () => {
  it('accepts UI annotations and rejects malformed schemas', () => {
    expect(checkJsonSchema(credentialsSchema).valid).toBe(true);
    expect(checkJsonSchema({ type: 'text' }).valid).toBe(false);
    expect(checkJsonSchema(null).errors[0]!.message).toBe('must be a JSON Schema object');
  });
});

describe('createMemoryStore', () => {
  it('stores copies of JSON values', async () => {
    const store = createMemoryStore({ seeded: 1 });
    const value = { token: 'a', scopes: ['read'] };
    await store.set('auth', value);
    value.scopes.push('write');
    expect(await store.get('auth')).toEqual({ token: 'a', scopes: ['read'] });
    expect(await store.get('seeded')).toBe(1);
    await store.delete('auth');
    expect(await store.get('auth')).toBeUndefined();
  });
});
