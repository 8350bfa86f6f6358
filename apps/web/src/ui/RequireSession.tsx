import { fr } from '@codegouvfr/react-dsfr';
import { useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { PAGE_HEADINGS, type HeadedPath } from '../page-headings';
import { Page, headingOf } from './Page';
import { Loading } from './QueryState';

/** Pages behind a login: a person without a session is sent to the login page, and back here after. */
export function RequireSession() {
  const { status } = useSession();
  const location = useLocation();
  // Signed in here before: the session ended under the person (logged out in another tab, expired), tell them so.
  const wasSignedIn = useRef(false);
  if (status === 'authenticated') wasSignedIn.current = true;
  if (status === 'loading') {
    // The heading index.html's shell already shows, kept in place while the session opens.
    if (Object.hasOwn(PAGE_HEADINGS, location.pathname))
      return (
        <Page {...headingOf(location.pathname as HeadedPath)}>
          <Loading label="Ouverture de la session…" />
        </Page>
      );
    return (
      <div className={fr.cx('fr-container', 'fr-py-4w')}>
        <Loading label="Ouverture de la session…" />
      </div>
    );
  }
  if (status === 'anonymous')
    return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search, sessionEnded: wasSignedIn.current }} />;
  return <Outlet />;
}
