import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { TextField } from '../../ui/fields';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page, headingOf } from '../../ui/Page';
import { ErrorAlert, Loading, QueryState } from '../../ui/QueryState';
import { useFragmentToken } from '../../ui/useFragmentToken';

const MISSING_LINK = 'Ce lien est incomplet : ouvrez-le de nouveau depuis l’e-mail reçu.';

/** The link of the confirmation e-mail. */
export function ConfirmEmailPage() {
  const token = useFragmentToken();
  // The page reloaded after the link was used (its token is off the address): the history entry remembers the outcome.
  const [confirmedBefore] = useState(() => (window.history.state as { iaeEmailConfirmed?: boolean } | null)?.iaeEmailConfirmed === true);
  const confirm = useMutation({
    mutationFn: (t: string) => unwrap(api.POST('/api/auth/confirm-email', { body: { token: t } })),
    onSuccess: () => window.history.replaceState({ ...(window.history.state as object | null), iaeEmailConfirmed: true }, ''),
  });
  useEffect(() => {
    if (token) confirm.mutate(token);
    // Once, with the token of the link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token]);
  return (
    <Page title="Confirmation de votre adresse e-mail">
      {!token && confirmedBefore ? <DoneThenLogIn title="Adresse confirmée" description="Votre adresse est confirmée : votre compte est actif." /> : null}
      {!token && !confirmedBefore ? <Alert severity="error" title="Lien incomplet" description={MISSING_LINK} /> : null}
      {confirm.isPending ? <Loading label="Confirmation en cours…" /> : null}
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      {confirm.isSuccess ? (
        <DoneThenLogIn title="Adresse confirmée" description={`L’adresse ${confirm.data.email} est confirmée : votre compte est actif.`} />
      ) : null}
    </Page>
  );
}

/** A link's work done: what it did, and the way to log in. */
function DoneThenLogIn({ title, description }: { title: string; description: string }) {
  return (
    <>
      <Alert severity="success" title={title} description={description} />
      <p className="fr-mt-3w">
        <Link className="fr-btn" to="/connexion">
          Se connecter
        </Link>
      </p>
    </>
  );
}

export function ForgotPasswordPage() {
  const form = useForm<{ email: string }>({ defaultValues: { email: '' } });
  const [message, setMessage] = useState<string | null>(null);
  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    setMessage((await unwrap(api.POST('/api/auth/password-reset-requests', { params: { header: write.key() }, body: values }))).message);
    write.done();
  });
  return (
    <Page {...headingOf('/mot-de-passe-oublie')}>
      <div className="iae-narrow">
        {message ? (
          <Alert severity="info" title="Vérifiez votre messagerie" description={message} />
        ) : (
          <>
            <p>Indiquez l’adresse de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
            <FormFailure failure={failure} />
            <form onSubmit={onSubmit} noValidate>
              <TextField form={form} name="email" label="Adresse e-mail" type="email" autoComplete="email" required />
              <SubmitButton busy={form.formState.isSubmitting}>Recevoir le lien</SubmitButton>
            </form>
          </>
        )}
      </div>
    </Page>
  );
}

export function ResetPasswordPage() {
  const token = useFragmentToken();
  const info = useQuery({
    queryKey: ['password-reset', token],
    enabled: !!token,
    queryFn: () => unwrap(api.POST('/api/auth/password-reset/preview', { body: { token: token! } })),
  });
  const form = useForm<{ password: string }>({ defaultValues: { password: '' } });
  const [done, setDone] = useState(false);
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    await unwrap(api.POST('/api/auth/password-reset', { body: { token: token!, password: values.password } }));
    setDone(true);
  });
  return (
    <Page title="Choisir un nouveau mot de passe">
      <div className="iae-narrow">
        {!token ? (
          <Alert severity="error" title="Lien incomplet" description={MISSING_LINK} />
        ) : done ? (
          <DoneThenLogIn
            title="Mot de passe changé"
            description="Toutes vos sessions ouvertes ont été fermées ; connectez-vous avec le nouveau mot de passe."
          />
        ) : (
          <QueryState query={info}>
            {(reset) => (
              <>
                <p>Compte : {reset.email}</p>
                <FormFailure failure={failure} />
                <form onSubmit={onSubmit} noValidate>
                  <TextField
                    form={form}
                    name="password"
                    label="Nouveau mot de passe"
                    hint="12 caractères au moins ; une phrase de passe est idéale."
                    type="password"
                    autoComplete="new-password"
                    required
                  />
                  <SubmitButton busy={form.formState.isSubmitting}>Enregistrer le mot de passe</SubmitButton>
                </form>
              </>
            )}
          </QueryState>
        )}
      </div>
    </Page>
  );
}
