import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { useSession } from '../../api/session';
import { TextField } from '../../ui/fields';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useFragmentToken } from '../../ui/useFragmentToken';

/** The invitation a professional's registration sends: the person creates their space with a password. */
export function CandidateInvitationPage() {
  const token = useFragmentToken();
  const { login } = useSession();
  const navigate = useNavigate();
  const preview = useQuery({
    queryKey: ['candidate-invitation', token],
    enabled: !!token,
    queryFn: () => unwrap(api.POST('/api/candidate-invitations/preview', { body: { token: token! } })),
  });
  const form = useForm({ defaultValues: { password: '' } });
  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (v) => {
    await unwrap(api.POST('/api/candidate-invitations/signup', { params: { header: write.key() }, body: { token: token!, password: v.password } }));
    write.done();
    await login(preview.data!.email, v.password);
    void navigate('/candidat');
  });
  return (
    <Page title="Créer mon espace candidat">
      <div className="iae-narrow">
        {!token ? <Alert severity="error" title="Lien incomplet" description="Ouvrez de nouveau le lien depuis l’e-mail reçu." /> : null}
        {token ? (
          <QueryState query={preview}>
            {(invitation) =>
              invitation.status !== 'pending' ? (
                <Alert
                  severity="warning"
                  title="Invitation plus valable"
                  description={
                    invitation.status === 'accepted'
                      ? 'Votre espace est déjà créé : connectez-vous.'
                      : 'Cette invitation a expiré ; demandez-en une nouvelle à votre conseiller.'
                  }
                />
              ) : (
                <>
                  <p>
                    Bonjour {invitation.firstName}, votre conseiller ou conseillère vous a inscrit sur la plateforme. Choisissez un mot de passe pour suivre vos
                    candidatures, votre PASS IAE et qui consulte vos données. Votre identifiant : {invitation.email}.
                  </p>
                  <FormFailure failure={failure} />
                  <form onSubmit={onSubmit} noValidate>
                    <TextField
                      form={form}
                      name="password"
                      label="Mot de passe"
                      hint="12 caractères au moins ; une phrase de passe est idéale."
                      type="password"
                      autoComplete="new-password"
                      required
                    />
                    <SubmitButton busy={form.formState.isSubmitting}>Créer mon espace</SubmitButton>
                  </form>
                </>
              )
            }
          </QueryState>
        ) : null}
      </div>
    </Page>
  );
}
