import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { readFileSync } from 'node:fs';
import { printRapportSchema, SCHEMA_FILE } from '../../apps/server/src/common/schema-file.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

describe('the GraphQL schema as a product', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('matches the committed apps/server/schema.graphql (run `npm run schema:generate` after changing the API)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printRapportSchema(server.app));
  });

  it('describes every public type, field, argument and enum value', () => {
    const { schema } = server.app.get(GraphQLSchemaHost);
    const missing: string[] = [];
    // Root operation types cannot carry descriptions in code-first; their fields are checked.
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description && !roots.has(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
