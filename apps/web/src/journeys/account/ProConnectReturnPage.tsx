import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../api/session';
import { session } from '../../api/session-store';
import { Page } from '../../ui/Page';
import { ErrorAlert, Loading } from '../../ui/QueryState';
import { homeFor } from './homeFor';

type SignIn = Schemas['ProConnectSignInDto'];

/** What the button's start can fail with, said to people (the API redirects here with `?erreur=`). */
const START_ERRORS: Record<string, string> = {
  'proconnect-unavailable': 'ProConnect ne répond pas pour le moment : réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.',
  'rate-limited': 'Trop de connexions ProConnect ont été commencées depuis votre adresse : réessayez dans quelques minutes.',
  'proconnect-not-configured': 'Cette plateforme n’est pas reliée à ProConnect : connectez-vous avec votre adresse e-mail et votre mot de passe.',
};

function readReturn(): { code: string; state: string; iss?: string } | { error: string } {
  const query = new URLSearchParams(window.location.search);
  const failed = query.get('erreur');
  if (failed) return { error: START_ERRORS[failed] ?? 'La connexion avec ProConnect n’a pas pu commencer ; réessayez.' };
  if (query.get('error')) return { error: 'La connexion avec ProConnect a été annulée ou refusée ; vous pouvez recommencer.' };
  const code = query.get('code');
  const state = query.get('state');
  if (!code || !state) return { error: 'Cette page attend le retour de ProConnect : recommencez la connexion depuis la page « Se connecter ».' };
  const iss = query.get('iss');
  return { code, state, ...(iss ? { iss } : {}) };
}

/** Where ProConnect sends the browser back (PROCONNECT_REDIRECT_URL): posts the code, opens the session in the cookie. */
export function ProConnectReturnPage() {
  const [received] = useState(readReturn);
  const [result, setResult] = useState<SignIn | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const posted = useRef(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { me } = useSession();

  useEffect(() => {
    // The code serves once: never post it twice (React may run an effect twice in development).
    if (posted.current || 'error' in received) return;
    posted.current = true;
    // The code is single-use and bound to this browser, but it has nothing to do in the address or the history.
    window.history.replaceState(window.history.state, '', window.location.pathname);
    unwrap(api.POST('/api/auth/proconnect/callback', { body: received, params: { header: { 'x-refresh-cookie': '1' } } }))
      .then((body) => {
        queryClient.clear();
        session.setAccessToken(body.accessToken);
        setResult(body);
      })
      .catch(setFailure);
  }, [received, queryClient]);

  return (
    <Page title="Connexion avec ProConnect">
      <div className="iae-narrow">
        {'error' in received ? <Alert severity="error" title="Connexion impossible" description={received.error} className="fr-mb-3w" /> : null}
        {!('error' in received) && !result && !failure ? <Loading label="Connexion en cours…" /> : null}
        {failure ? <ErrorAlert error={failure} title="Connexion avec ProConnect refusée" /> : null}
        {result ? (
          <>
            <Alert severity="success" title="Vous êtes connecté" description={result.message} className="fr-mb-3w" />
            <p>
              <button type="button" className="fr-btn" disabled={!me} onClick={() => me && navigate(homeFor(me), { replace: true })}>
                Continuer
              </button>
            </p>
          </>
        ) : null}
        {failure || 'error' in received ? (
          <p>
            <Link to="/connexion">Revenir à la page de connexion</Link>
          </p>
        ) : null}
      </div>
    </Page>
  );
}
