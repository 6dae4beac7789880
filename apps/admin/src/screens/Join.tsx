import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorAlert, fieldErrors } from '../components/Async';
import { graphql } from '../gql';

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
    }
  }
`);

/** The invitation token of a join link (`#/join?token=…`, made by Settings), or null on any other page. */
export function joinToken(): string | null {
  const match = /^#\/join\?(.*)$/.exec(location.hash);
  return match ? new URLSearchParams(match[1]).get('token') : null;
}

/**
 * Accepting an invitation: a new account gives its name and a password; an existing one its password. The
 * server says which (a missing name for a new account is a field error on `name`).
 */
export function Join({ token, onJoined }: { token: string; onJoined: (session: string) => void }) {
  const [state, accept] = useMutation(AcceptInvitation);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await accept({ input: { token, name: name.trim() || undefined, password } });
    if (result.data) onJoined(result.data.acceptInvitation.token);
  };
  return (
    <Center mih="100vh" bg="gray.0" component="main">
      <Paper w={420} p="xl" shadow="sm" radius="md" withBorder>
        <form onSubmit={submit} aria-labelledby="join-title">
          <Stack>
            <Title order={1} size="h2" id="join-title">
              Join the workspace
            </Title>
            <Text size="sm">You were invited to Rapport. New here: choose your name and a password. Already have an account: give its password.</Text>
            <TextInput label="Your name" description="Only for a new account." autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
            <PasswordInput label="Password" description="At least 10 characters for a new account." autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} />
            {state.error && !errors.name && !errors.password && <ErrorAlert error={state.error} title="Could not join" />}
            <Button type="submit" loading={state.fetching} disabled={!password}>
              Join
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
