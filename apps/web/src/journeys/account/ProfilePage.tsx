import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { useSession, type Me } from '../../api/session';
import { TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

export function ProfilePage() {
  const { me, logout } = useSession();
  const navigate = useNavigate();
  const joined = (useLocation().state as { joined?: string } | null)?.joined;
  if (!me) return null;
  return (
    <Page title="Mon compte">
      {joined ? <Alert severity="success" small description={`Vous avez rejoint ${joined}.`} className={fr.cx('fr-mb-3w')} /> : null}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <NameForm me={me} />
          {me.hasPassword ? <PasswordForm /> : <NoPassword />}
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <h2 className={fr.cx('fr-h4')}>Mes organisations</h2>
          {me.memberships.length === 0 ? (
            <p className="iae-empty">
              {me.kind === 'candidate' ? 'Un compte candidat n’appartient à aucune organisation.' : 'Vous n’êtes membre d’aucune organisation.'}
            </p>
          ) : (
            <ul>
              {me.memberships.map((m) => (
                <li key={m.organization.id}>
                  {m.organization.name} ({m.organization.kindLabel}) — {m.role === 'admin' ? 'administrateur' : 'membre'} depuis le {formatDate(m.since)}{' '}
                  {m.organization.family === 'prescriber' ? <Tag small>{m.organization.habilitated ? 'Prescripteur habilité' : 'Orienteur'}</Tag> : null}
                </li>
              ))}
            </ul>
          )}
          {me.memberships.length > 0 ? (
            <p>
              <Link to="/compte/notifications">Choisir mes notifications</Link>
            </p>
          ) : null}
          <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Sessions</h2>
          <p>Fermez ici toutes vos sessions, sur cet appareil et sur les autres (un ordinateur partagé, un téléphone perdu…).</p>
          <Button priority="secondary" onClick={() => void logout(true).then(() => navigate('/connexion', { state: { loggedOut: true } }))}>
            Se déconnecter partout
          </Button>
        </div>
      </div>
    </Page>
  );
}

function NameForm({ me }: { me: Me }) {
  const { refreshMe } = useSession();
  const form = useForm({ defaultValues: { firstName: me.firstName, lastName: me.lastName } });
  const [saved, setSaved] = useState(false);
  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    setSaved(false);
    await unwrap(api.PATCH('/api/me', { params: { header: write.key() }, body: values }));
    write.done();
    await refreshMe();
    setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="identite">
      <h2 id="identite" className={fr.cx('fr-h4')}>
        Identité
      </h2>
      <p>Adresse e-mail : {me.email}</p>
      <FormFailure failure={failure} />
      {saved ? <Alert severity="success" small description="Modifications enregistrées." className={fr.cx('fr-mb-2w')} /> : null}
      <TextField form={form} name="firstName" label="Prénom" autoComplete="given-name" required />
      <TextField form={form} name="lastName" label="Nom" autoComplete="family-name" required />
      <SubmitButton busy={form.formState.isSubmitting}>Enregistrer</SubmitButton>
    </form>
  );
}

/** An account created through ProConnect: no password to change, one can be chosen by the reset link. */
function NoPassword() {
  return (
    <section aria-labelledby="mot-de-passe" className={fr.cx('fr-mt-4w')}>
      <h2 id="mot-de-passe" className={fr.cx('fr-h4')}>
        Mot de passe
      </h2>
      <p>
        Vous vous connectez avec ProConnect. Pour pouvoir aussi vous connecter avec un mot de passe, choisissez-en un avec le lien{' '}
        <Link to="/mot-de-passe-oublie">« Mot de passe oublié »</Link>.
      </p>
    </section>
  );
}

function PasswordForm() {
  const form = useForm({ defaultValues: { currentPassword: '', newPassword: '' } });
  const [saved, setSaved] = useState(false);
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    setSaved(false);
    await unwrap(api.POST('/api/me/password', { body: values }));
    form.reset();
    setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="mot-de-passe" className={fr.cx('fr-mt-4w')}>
      <h2 id="mot-de-passe" className={fr.cx('fr-h4')}>
        Mot de passe
      </h2>
      <FormFailure failure={failure} />
      {saved ? <Alert severity="success" small description="Mot de passe changé." className={fr.cx('fr-mb-2w')} /> : null}
      <TextField form={form} name="currentPassword" label="Mot de passe actuel" type="password" autoComplete="current-password" required />
      <TextField
        form={form}
        name="newPassword"
        label="Nouveau mot de passe"
        hint="12 caractères au moins."
        type="password"
        autoComplete="new-password"
        required
      />
      <SubmitButton busy={form.formState.isSubmitting} priority="secondary">
        Changer le mot de passe
      </SubmitButton>
    </form>
  );
}

export function NotificationsPage() {
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['notification-settings'], queryFn: () => unwrap(api.GET('/api/me/notification-settings')) });
  const [saved, setSaved] = useState<string | null>(null);
  const write = useWriteHeaders();
  const toggle = async (organizationId: string, disabled: string[]) => {
    await unwrap(api.PUT('/api/me/notification-settings/{organizationId}', { params: { path: { organizationId }, header: write.key() }, body: { disabled } }));
    write.done();
    await queryClient.invalidateQueries({ queryKey: ['notification-settings'] });
    setSaved(organizationId);
  };
  return (
    <Page title="Mes notifications">
      <p>Les e-mails indispensables (sécurité du compte, décisions qui vous concernent) sont toujours envoyés ; choisissez ici les autres.</p>
      <QueryState query={settings} isEmpty={(list) => list.length === 0} empty="Aucune notification facultative pour vos organisations.">
        {(list) =>
          list.map((entry) => {
            const disabled = entry.notifications.filter((n) => !n.enabled).map((n) => n.key);
            return (
              <div key={entry.organization.id} className={fr.cx('fr-mb-4w')}>
                <Checkbox
                  legend={entry.organization.name}
                  hintText="Cochée : vous recevez cet e-mail."
                  state={saved === entry.organization.id ? 'success' : 'default'}
                  stateRelatedMessage="Préférences enregistrées."
                  options={entry.notifications.map((n) => ({
                    label: n.label,
                    nativeInputProps: {
                      name: `${entry.organization.id}-${n.key}`,
                      checked: n.enabled,
                      onChange: (event) =>
                        void toggle(entry.organization.id, event.target.checked ? disabled.filter((k) => k !== n.key) : [...disabled, n.key]),
                    },
                  }))}
                />
              </div>
            );
          })
        }
      </QueryState>
    </Page>
  );
}
