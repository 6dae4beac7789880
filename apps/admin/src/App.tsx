import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createClient } from './client';
import { Shell } from './Shell';
import { SignIn } from './screens/SignIn';
import { session } from './session';

/** Signed out: the public sign-in / first-run screen. Signed in: the app, on a client bound to the session's token. */
export function App() {
  const [token, setToken] = useState(session.token());
  const signOut = () => {
    session.clear();
    setToken(null);
  };
  const signIn = (next: string) => {
    session.set(next);
    setToken(next);
  };
  const client = useMemo(() => createClient(token, signOut), [token]);
  return <Provider value={client}>{token ? <Shell onSignOut={signOut} /> : <SignIn onSignedIn={signIn} />}</Provider>;
}
