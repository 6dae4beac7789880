import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createClient } from './client';
import { Shell } from './Shell';
import { Join, joinToken } from './screens/Join';
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
  // An invitation link (#/join?token=…) shows the join form first, signed in or not; joining starts that session.
  const [invitation, setInvitation] = useState(joinToken);
  const joined = (next: string) => {
    setInvitation(null);
    history.replaceState(null, '', `${location.pathname}#/inbox`);
    signIn(next);
  };
  const client = useMemo(() => createClient(invitation ? null : token, signOut), [token, invitation]);
  return (
    <Provider value={client}>
      {invitation ? <Join token={invitation} onJoined={joined} /> : token ? <Shell onSignOut={signOut} /> : <SignIn onSignedIn={signIn} />}
    </Provider>
  );
}
