import { api, unwrap, type Schemas } from './client';
import { session } from './session-store';

/**
 * What every signed-in page needs first, asked for by the entry module while the application's script is still on
 * its way: the session (the refresh cookie exchanged for an access token) and then the person (`/api/me`). A page load
 * exchanges the cookie once; the session's provider waits on this rather than asking again.
 */
let firstMe: Promise<Schemas['MeDto']> | null = null;
/** Once the session's query has asked (it may start before the answer below is on its way), a later answer is stale. */
let asked = false;

export const firstSession: Promise<boolean> = session.renew().then((ok) => {
  if (ok && !asked) {
    firstMe = unwrap(api.GET('/api/me'));
    // Its failure is the session's query's to handle (it retries); never an unhandled rejection here.
    firstMe.catch(() => undefined);
  }
  return ok;
});

/** The person asked for at load, once: the session's first query takes it instead of asking again. */
export function takeFirstMe(): Promise<Schemas['MeDto']> | null {
  asked = true;
  const me = firstMe;
  firstMe = null;
  return me;
}
