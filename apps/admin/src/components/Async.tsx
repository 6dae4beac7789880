import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

/** The message a person should read: the server's own words (it words them for people), or the network's failure. */
export function errorMessage(error: CombinedError): string {
  if (error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join(' ');
  return error.networkError ? `Rapport could not be reached (${error.networkError.message}).` : error.message;
}

/** Field problems the server named (`extensions.fields`), by path; nothing when the error was not about fields. */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = e.extensions?.fields as Array<{ field: string; message: string }> | undefined;
    for (const f of fields ?? []) out[f.field] = out[f.field] ? `${out[f.field]}; ${f.message}` : f.message;
  }
  return out;
}

export function ErrorAlert({ error, retry, title = 'Something went wrong' }: { error: CombinedError; retry?: () => void; title?: string }) {
  return (
    <Alert color="red" title={title} role="alert">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{errorMessage(error)}</Text>
        {retry && (
          <Button size="xs" variant="light" color="red" onClick={retry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** Loading, error and empty states of one query, the same way on every screen. */
export function Async<T>({
  result,
  retry,
  what,
  isEmpty,
  empty,
  children,
}: {
  result: { fetching: boolean; error?: CombinedError; data?: T };
  retry: () => void;
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (result.error && !result.data) return <ErrorAlert error={result.error} retry={retry} title={`Could not load ${what}`} />;
  if (!result.data) {
    return (
      <Center p="lg" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden />
        <Text ml="sm" size="sm">
          Loading {what}…
        </Text>
      </Center>
    );
  }
  if (isEmpty?.(result.data)) {
    return (
      <Text c="dimmed" p="md" role="status">
        {empty}
      </Text>
    );
  }
  return <>{children(result.data)}</>;
}
