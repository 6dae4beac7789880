import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert } from '../components/Async';
import { graphql } from '../gql';

const SetupRequired = graphql(`
  query SetupRequired {
    setupRequired
  }
`);

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

const Setup = graphql(`
  mutation Setup($input: SetupInput!) {
    setup(input: $input) {
      token
    }
  }
`);

/** Sign in, or on a fresh installation create the first admin (the one-time `setup`). */
export function SignIn({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [required, refetch] = useQuery({ query: SetupRequired });
  return (
    <Center mih="100vh" bg="gray.0" component="main">
      <Paper w={400} p="xl" shadow="sm" radius="md" withBorder>
        <Async result={required} retry={() => refetch({ requestPolicy: 'network-only' })} what="Rapport">
          {(data) => (data.setupRequired ? <SetupForm onSignedIn={onSignedIn} /> : <LoginForm onSignedIn={onSignedIn} />)}
        </Async>
      </Paper>
    </Center>
  );
}

function LoginForm({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [state, login] = useMutation(Login);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ input: { email, password } });
    if (result.data) onSignedIn(result.data.login.token);
  };
  return (
    <form onSubmit={submit} aria-labelledby="sign-in-title">
      <Stack>
        <Title order={1} size="h2" id="sign-in-title">
          Sign in to Rapport
        </Title>
        <TextInput label="E-mail" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <PasswordInput label="Password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        {state.error && <ErrorAlert error={state.error} title="Could not sign in" />}
        <Button type="submit" loading={state.fetching}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

function SetupForm({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [state, setup] = useMutation(Setup);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await setup({ input: { name, email, password } });
    if (result.data) onSignedIn(result.data.setup.token);
  };
  return (
    <form onSubmit={submit} aria-labelledby="setup-title">
      <Stack>
        <Title order={1} size="h2" id="setup-title">
          Welcome to Rapport
        </Title>
        <Text size="sm">This installation has no user yet. Create the first admin; a Demo workspace is created with you as its owner.</Text>
        <TextInput label="Your name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput label="E-mail" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <PasswordInput
          label="Password"
          description="At least 10 characters."
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        {state.error && <ErrorAlert error={state.error} title="Could not create the admin" />}
        <Button type="submit" loading={state.fetching}>
          Create admin
        </Button>
      </Stack>
    </form>
  );
}
