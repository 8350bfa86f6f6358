import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { useSession } from '../../api/session';
import { TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { ErrorAlert, QueryState } from '../../ui/QueryState';
import { useFragmentToken } from '../../ui/useFragmentToken';

/** An invitation to join an organisation: accepted with one's account, or by creating one. */
export function InvitationPage() {
  const token = useFragmentToken();
  const { status, me, login, refreshMe, chooseOrganization } = useSession();
  const navigate = useNavigate();
  const preview = useQuery({
    queryKey: ['invitation', token],
    enabled: !!token,
    queryFn: () => unwrap(api.POST('/api/invitations/preview', { body: { token: token! } })),
  });
  const write = useWriteHeaders();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/invitations/acceptance', { params: { header: write.key() }, body: { token: token! } })),
    onSuccess: async () => {
      write.done();
      await refreshMe();
      if (preview.data) chooseOrganization(preview.data.organization.id);
      void navigate('/compte', { state: { joined: preview.data?.organization.name } });
    },
  });
  const form = useForm<{ firstName: string; lastName: string; password: string }>({ defaultValues: { firstName: '', lastName: '', password: '' } });
  const [joined, setJoined] = useState(false);
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    const invitation = preview.data!;
    await unwrap(api.POST('/api/auth/signup', { params: { header: write.key() }, body: { ...values, email: invitation.email, invitationToken: token! } }));
    write.done();
    await login(invitation.email, values.password);
    chooseOrganization(invitation.organization.id);
    setJoined(true);
  });

  return (
    <Page title="Rejoindre une organisation">
      <div className="iae-narrow">
        {!token ? <Alert severity="error" title="Lien incomplet" description="Ouvrez de nouveau le lien depuis l’e-mail d’invitation." /> : null}
        {joined ? (
          <Alert severity="success" title="Bienvenue" description={`Votre compte est créé et vous avez rejoint ${preview.data?.organization.name}.`} />
        ) : token ? (
          <QueryState query={preview}>
            {(invitation) =>
              invitation.status !== 'pending' ? (
                <Alert
                  severity="warning"
                  title="Invitation plus valable"
                  description={
                    invitation.status === 'expired'
                      ? 'Cette invitation a expiré : demandez-en une nouvelle à la personne qui vous a invité.'
                      : invitation.status === 'accepted'
                        ? 'Cette invitation a déjà été acceptée.'
                        : 'Cette invitation a été annulée.'
                  }
                />
              ) : (
                <>
                  <p>
                    {invitation.invitedBy ?? 'Un administrateur'} vous invite à rejoindre <strong>{invitation.organization.name}</strong> (
                    {invitation.organization.kindLabel}){invitation.role === 'admin' ? ' en tant qu’administrateur ou administratrice' : ''}. L’invitation est
                    valable jusqu’au {formatDate(invitation.expiresAt)}.
                  </p>
                  {status === 'authenticated' && me ? (
                    me.email === invitation.email ? (
                      <>
                        {accept.isError ? <ErrorAlert error={accept.error} /> : null}
                        <Button onClick={() => accept.mutate()} disabled={accept.isPending}>
                          Rejoindre {invitation.organization.name}
                        </Button>
                      </>
                    ) : (
                      <Alert
                        severity="warning"
                        small
                        description={`Cette invitation est adressée à ${invitation.email} ; vous êtes connecté avec ${me.email}. Déconnectez-vous pour l’accepter avec le bon compte.`}
                      />
                    )
                  ) : invitation.accountExists ? (
                    <p>
                      Un compte existe déjà pour {invitation.email} :{' '}
                      <Link to="/connexion" state={{ from: `/invitation#jeton=${token}` }}>
                        connectez-vous
                      </Link>{' '}
                      puis ouvrez de nouveau le lien de l’e-mail.
                    </p>
                  ) : (
                    <>
                      <h2 className="fr-h4">Créer votre compte</h2>
                      <p>Adresse e-mail : {invitation.email}</p>
                      <FormFailure failure={failure} />
                      <form onSubmit={onSubmit} noValidate>
                        <TextField form={form} name="firstName" label="Prénom" autoComplete="given-name" required />
                        <TextField form={form} name="lastName" label="Nom" autoComplete="family-name" required />
                        <TextField
                          form={form}
                          name="password"
                          label="Mot de passe"
                          hint="12 caractères au moins ; une phrase de passe est idéale."
                          type="password"
                          autoComplete="new-password"
                          required
                        />
                        <SubmitButton busy={form.formState.isSubmitting}>Créer mon compte et rejoindre l’organisation</SubmitButton>
                      </form>
                    </>
                  )}
                </>
              )
            }
          </QueryState>
        ) : null}
      </div>
    </Page>
  );
}
