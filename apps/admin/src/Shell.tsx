import { AppShell, Badge, Burger, Button, Group, NavLink, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Async } from './components/Async';
import { Current, type Me, type WorkspaceInfo } from './context';
import { graphql } from './gql';
import type { Role } from './gql/graphql';
import { roleAtLeast } from './roles';
import { Channels } from './screens/Channels';
import { Dashboard } from './screens/Dashboard';
import { Inbox } from './screens/Inbox';
import { Policies } from './screens/Policies';
import { Posts } from './screens/Posts';
import { Reviews } from './screens/Reviews';
import { Settings } from './screens/Settings';
import { Stats } from './screens/Stats';
import { session } from './session';

const ShellQuery = graphql(`
  query Shell {
    me {
      id
      name
      email
      isInstanceAdmin
    }
    workspaces(first: 100) {
      edges {
        node {
          id
          name
          timezone
          approvalMode
          viewerRole
        }
      }
    }
  }
`);

/** `minimum`: the role below which the screen is not offered (the server refuses its operations anyway). */
const SCREENS: Array<{ path: string; label: string; minimum: Role; render: () => ReactNode }> = [
  // The landing screen after sign-in: what needs attention today.
  { path: 'dashboard', label: 'Dashboard', minimum: 'VIEWER', render: () => <Dashboard /> },
  { path: 'inbox', label: 'Inbox', minimum: 'VIEWER', render: () => <Inbox /> },
  { path: 'reviews', label: 'Reviews', minimum: 'VIEWER', render: () => <Reviews /> },
  { path: 'posts', label: 'Posts', minimum: 'VIEWER', render: () => <Posts /> },
  { path: 'stats', label: 'Engagement', minimum: 'VIEWER', render: () => <Stats /> },
  { path: 'policies', label: 'Policies', minimum: 'ADMIN', render: () => <Policies /> },
  { path: 'channels', label: 'Channels', minimum: 'ADMIN', render: () => <Channels /> },
  { path: 'settings', label: 'Settings', minimum: 'VIEWER', render: () => <Settings /> },
];

/** Where the server's connect callback sent the browser back (`?connect=choose|error&workspaceId=…`). */
const connectReturn = () => new URLSearchParams(location.search);

/** The screen named by the URL's hash (#/inbox), so reloads and the back button keep their place. */
function useRoute(): string {
  const read = () => location.hash.replace(/^#\/?/, '') || (connectReturn().has('connect') ? 'channels' : 'dashboard');
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function Shell({ onSignOut }: { onSignOut: () => void }) {
  const [result, refetch] = useQuery({ query: ShellQuery });
  return (
    <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="your workspaces">
      {(data) => <Signed me={data.me} workspaces={data.workspaces.edges.map((e) => e.node)} onSignOut={onSignOut} />}
    </Async>
  );
}

function Signed({ me, workspaces, onSignOut }: { me: Me; workspaces: WorkspaceInfo[]; onSignOut: () => void }) {
  const [opened, { toggle }] = useDisclosure();
  const [workspaceId, setWorkspaceId] = useState(() => {
    // Back from connecting a channel: open the workspace it was connected in.
    const wanted = connectReturn().get('workspaceId') ?? session.workspace();
    return workspaces.find((w) => w.id === wanted)?.id ?? workspaces[0]?.id ?? null;
  });
  const workspace = workspaces.find((w) => w.id === workspaceId) ?? null;
  // Instance admins act as owners everywhere; everyone else has their membership's role, however many members there are.
  const role: Role | null = me.isInstanceAdmin ? 'OWNER' : (workspace?.viewerRole ?? null);
  const route = useRoute();
  const screen = SCREENS.find((s) => s.path === route) ?? SCREENS[0];
  useEffect(() => {
    document.title = `${screen.label} · Rapport admin`;
  }, [screen]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Navigation" />
            <Title order={2} size="h4">
              Rapport
            </Title>
            <Select
              aria-label="Workspace"
              placeholder="Choose a workspace"
              data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
              value={workspaceId}
              allowDeselect={false}
              onChange={(id) => {
                if (!id) return;
                session.setWorkspace(id);
                setWorkspaceId(id);
              }}
              w={220}
            />
            {role && (
              <Badge variant="light" aria-label={`Your role: ${role}`}>
                {role}
              </Badge>
            )}
          </Group>
          <Group wrap="nowrap">
            <Text size="sm" visibleFrom="sm">
              {me.name}
            </Text>
            <Button variant="subtle" size="xs" onClick={onSignOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label="Main">
        <Stack gap={2}>
          {SCREENS.filter((s) => roleAtLeast(role, s.minimum)).map((s) => (
            <NavLink key={s.path} href={`#/${s.path}`} label={s.label} active={s === screen} aria-current={s === screen ? 'page' : undefined} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        {!workspace ? (
          <Text role="status">You have no workspace yet. An instance admin can create one or invite you to theirs.</Text>
        ) : (
          <Current.Provider value={{ me, workspace, role }}>
            {/* Keyed by workspace: switching starts every screen afresh (filters, selection, subscriptions). */}
            <div key={workspace.id}>{screen.render()}</div>
          </Current.Provider>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
