import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode, type UseQueryArgs } from 'urql';

/** How long typing must pause before what was typed is sent. */
const TYPING_PAUSE_MS = 300;

/**
 * A query on something being typed (a reply's policy findings, a draft's fit per channel), sent once typing pauses
 * for TYPING_PAUSE_MS. While newer input waits or is in flight, urql keeps the last answer in `result.data` and
 * `checking` says it may be out of date. `variables` are the ones the answer is for (or will be). `pause` decides
 * from those variables whether there is anything to ask.
 */
export function useTypedQuery<Data, Variables extends AnyVariables>(query: TypedDocumentNode<Data, Variables>, typed: Variables, pause?: (variables: Variables) => boolean) {
  // Debounced as text: a new variables object on every render would restart the pause forever.
  const typedKey = JSON.stringify(typed);
  const [key] = useDebouncedValue(typedKey, TYPING_PAUSE_MS);
  const variables = useMemo(() => JSON.parse(key) as Variables, [key]);
  const [result] = useQuery({ query, variables, pause: pause?.(variables) } as UseQueryArgs<Variables, Data>);
  return { result, variables, checking: result.fetching || typedKey !== key };
}
