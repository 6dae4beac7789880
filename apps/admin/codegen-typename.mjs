// A GraphQL Code Generator document transform: adds `__typename` to every selection set of the admin's documents,
// so the trusted (persisted) documents the server runs by hash return what Graphcache needs to normalise results
// (urql adds `__typename` to the text it would send, but a persisted document is sent by hash alone).
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

export const transform = addTypenameSelectionDocumentTransform.transform;
