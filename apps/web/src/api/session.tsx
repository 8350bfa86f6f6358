import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { api, unwrap, type Schemas } from './client';
import { firstSession, takeFirstMe } from './first-load';
import { session } from './session-store';

export type Me = Schemas['MeDto'];
export type Membership = Me['memberships'][number];

interface SessionValue {
  /** `loading` until the session cookie has been tried once. */
  status: 'loading' | 'anonymous' | 'authenticated';
  me: Me | null;
  /** The membership one acts for (professionals), when any. */
  membership: Membership | null;
  chooseOrganization(id: string): void;
  login(email: string, password: string): Promise<void>;
  logout(everywhere?: boolean): Promise<void>;
  refreshMe(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const accessToken = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.accessToken,
  );
  const organizationId = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.organizationId,
  );
  const [started, setStarted] = useState(false);

  useEffect(() => {
    // A reload keeps the session: the cookie gave a new access token (asked for by the entry module).
    void firstSession.finally(() => setStarted(true));
  }, []);

  const meQuery = useQuery({
    queryKey: ['me', accessToken !== null],
    queryFn: () => takeFirstMe() ?? unwrap(api.GET('/api/me')),
    enabled: accessToken !== null,
    staleTime: 60_000,
  });
  const me = accessToken ? (meQuery.data ?? null) : null;

  const memberships = me?.memberships ?? [];
  const membership = memberships.find((m) => m.organization.id === organizationId) ?? memberships[0] ?? null;
  useEffect(() => {
    if (membership && membership.organization.id !== session.organizationId) session.setOrganization(membership.organization.id);
  }, [membership]);

  const login = useCallback(
    async (email: string, password: string) => {
      const body = await unwrap(api.POST('/api/auth/login', { body: { email, password }, params: { header: { 'x-refresh-cookie': '1' } } }));
      queryClient.clear();
      session.setAccessToken(body.accessToken);
    },
    [queryClient],
  );

  const logout = useCallback(
    async (everywhere = false) => {
      // This session only: the ProConnect logout ends it too, and names the provider's logout when it opened it.
      const response = everywhere
        ? await fetch('/api/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ everywhere }) })
        : await fetch('/api/auth/proconnect/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      session.setAccessToken(null);
      queryClient.clear();
      const endSessionUrl = !everywhere && response.ok ? ((await response.json()) as { endSessionUrl: string | null }).endSessionUrl : null;
      if (endSessionUrl) window.location.assign(endSessionUrl);
    },
    [queryClient],
  );

  const value = useMemo<SessionValue>(() => {
    const status = !started || (accessToken && !me && meQuery.isPending) ? 'loading' : me ? 'authenticated' : 'anonymous';
    return {
      status,
      me,
      membership,
      chooseOrganization: (id) => {
        session.setOrganization(id);
        void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      },
      login,
      logout,
      refreshMe: async () => {
        await meQuery.refetch();
      },
    };
  }, [started, accessToken, me, meQuery, membership, login, logout, queryClient]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
