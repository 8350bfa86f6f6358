import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { ApiProblem } from '../../api/problems';
import { useSession } from '../../api/session';
import { TextField } from '../../ui/fields';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page, headingOf } from '../../ui/Page';
import { homeFor } from './homeFor';

interface Values {
  email: string;
  password: string;
}

export function LoginPage() {
  const { login, me, status } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; loggedOut?: boolean; sessionEnded?: boolean } | null;
  const form = useForm<Values>({ defaultValues: { email: '', password: '' } });
  const [resent, setResent] = useState(false);
  const resend = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    await login(values.email, values.password);
  });

  useEffect(() => {
    if (status === 'authenticated' && me) void navigate(state?.from ?? homeFor(me), { replace: true });
  }, [status, me, navigate, state?.from]);

  // The button only when the platform is linked to ProConnect (professionals; candidates keep their password).
  const proconnect = useQuery({ queryKey: ['proconnect'], queryFn: () => unwrap(api.GET('/api/auth/proconnect')), staleTime: 300_000 });
  const unconfirmed = failure?.error instanceof ApiProblem && failure.error.slug === 'email-not-confirmed';
  return (
    <Page {...headingOf('/connexion')}>
      <div className="iae-narrow">
        {state?.loggedOut ? (
          <Alert severity="success" small description="Vous êtes déconnecté." className={fr.cx('fr-mb-3w')} />
        ) : state?.sessionEnded ? (
          <Alert
            severity="info"
            small
            role="status"
            description="Votre session a pris fin (déconnexion depuis un autre onglet, ou session expirée) : reconnectez-vous pour revenir à la page où vous étiez."
            className={fr.cx('fr-mb-3w')}
          />
        ) : null}
        <FormFailure failure={failure} />
        {unconfirmed ? (
          <p>
            {resent ? (
              'Un nouveau lien de confirmation vient de vous être envoyé.'
            ) : (
              <Button
                priority="secondary"
                onClick={() =>
                  void unwrap(api.POST('/api/auth/confirmation-requests', { params: { header: resend.key() }, body: { email: form.getValues('email') } })).then(
                    () => {
                      resend.done();
                      setResent(true);
                    },
                  )
                }
              >
                Recevoir un nouveau lien de confirmation
              </Button>
            )}
          </p>
        ) : null}
        {proconnect.data?.enabled && proconnect.data.authorizeUrl ? (
          <div className={fr.cx('fr-mb-4w')}>
            <h2 className={fr.cx('fr-h5')}>Vous êtes professionnel ?</h2>
            <ProConnectButton url={proconnect.data.authorizeUrl} />
            <p className={fr.cx('fr-hr-or', 'fr-mt-3w')}>ou</p>
          </div>
        ) : null}
        <form onSubmit={onSubmit} noValidate>
          <TextField form={form} name="email" label="Adresse e-mail" type="email" autoComplete="username" required />
          <TextField form={form} name="password" label="Mot de passe" type="password" autoComplete="current-password" required />
          <p>
            <Link to="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
          </p>
          <SubmitButton busy={form.formState.isSubmitting}>Se connecter</SubmitButton>
        </form>
        <hr className={fr.cx('fr-mt-4w')} />
        <p>
          Pas encore de compte ? <Link to="/inscription">Créer un compte</Link>
        </p>
      </div>
    </Page>
  );
}
