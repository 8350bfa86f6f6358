import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { useSession } from '../../api/session';
import { TextField } from '../../ui/fields';
import { formatDate, ofName } from '../../ui/format';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { ErrorAlert, QueryState } from '../../ui/QueryState';

const STATUS = { pending: 'En attente', expired: 'Expirée', accepted: 'Acceptée', revoked: 'Annulée' } as const;

/** The members and invitations of the organisation one acts for (its admins). */
export function MembersPage() {
  const { membership, me } = useSession();
  const queryClient = useQueryClient();
  const organizationId = membership?.organization.id ?? '';
  const members = useQuery({
    queryKey: ['members', organizationId],
    enabled: !!organizationId,
    queryFn: () => unwrap(api.GET('/api/organizations/{organizationId}/members', { params: { path: { organizationId }, query: { limit: 100 } } })),
  });
  const invitations = useQuery({
    queryKey: ['invitations', organizationId],
    enabled: !!organizationId && membership?.role === 'admin',
    queryFn: () => unwrap(api.GET('/api/organizations/{organizationId}/invitations', { params: { path: { organizationId } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'members' || q.queryKey[0] === 'invitations' });
  // One key per action, kept until it succeeds: a double click or a retried request acts once.
  const write = useWriteHeaders();
  const done = async () => {
    write.done();
    await refresh();
  };
  const changeRole = useMutation({
    mutationFn: (v: { userId: string; role: 'admin' | 'member' }) =>
      unwrap(
        api.PATCH('/api/organizations/{organizationId}/members/{userId}', {
          params: { path: { organizationId, userId: v.userId }, header: write.key() },
          body: { role: v.role },
        }),
      ),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      unwrap(api.DELETE('/api/organizations/{organizationId}/members/{userId}', { params: { path: { organizationId, userId }, header: write.key() } })),
    onSuccess: done,
  });
  const cancel = useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.DELETE('/api/organizations/{organizationId}/invitations/{invitationId}', {
          params: { path: { organizationId, invitationId }, header: write.key() },
        }),
      ),
    onSuccess: done,
  });

  if (!membership) return <Page title="Mon organisation">{<p className="iae-empty">Vous n’êtes membre d’aucune organisation.</p>}</Page>;
  const admin = membership.role === 'admin';
  return (
    <Page title={`Membres ${ofName(membership.organization.name)}`}>
      {[changeRole, remove, cancel].map((m, i) => (m.isError ? <ErrorAlert key={i} error={m.error} /> : null))}
      <QueryState query={members} isEmpty={(page) => page.items.length === 0} empty="Aucun membre.">
        {(page) => (
          <Table
            caption="Membres"
            headers={['Nom', 'Adresse e-mail', 'Rôle', 'Depuis', ...(admin ? ['Actions'] : [])]}
            data={page.items.map((member) => [
              `${member.firstName} ${member.lastName}`,
              member.email,
              admin && member.userId !== me?.id ? (
                <Select
                  label={<span className="fr-sr-only">Rôle de {`${member.firstName} ${member.lastName}`}</span>}
                  nativeSelectProps={{
                    value: member.role,
                    onChange: (event) => changeRole.mutate({ userId: member.userId, role: event.target.value as 'admin' | 'member' }),
                  }}
                >
                  <option value="member">Membre</option>
                  <option value="admin">Administrateur</option>
                </Select>
              ) : member.role === 'admin' ? (
                'Administrateur'
              ) : (
                'Membre'
              ),
              formatDate(member.joinedAt),
              ...(admin
                ? [
                    <Button key="remove" size="small" priority="tertiary" onClick={() => remove.mutate(member.userId)}>
                      {member.userId === me?.id ? 'Quitter l’organisation' : `Retirer ${member.firstName} ${member.lastName}`}
                    </Button>,
                  ]
                : []),
            ])}
          />
        )}
      </QueryState>
      {admin ? (
        <>
          <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Inviter une personne</h2>
          <InviteForm organizationId={organizationId} onInvited={refresh} />
          <QueryState query={invitations} isEmpty={(list) => list.length === 0} empty="Aucune invitation en attente.">
            {(list) => (
              <Table
                caption="Invitations en attente ou expirées"
                headers={['Adresse e-mail', 'Rôle', 'État', 'Valable jusqu’au', 'Actions']}
                data={list.map((invitation) => [
                  invitation.email,
                  invitation.role === 'admin' ? 'Administrateur' : 'Membre',
                  STATUS[invitation.status],
                  formatDate(invitation.expiresAt),
                  invitation.status === 'pending' ? (
                    <Button key="cancel" size="small" priority="tertiary" onClick={() => cancel.mutate(invitation.id)}>
                      Annuler l’invitation de {invitation.email}
                    </Button>
                  ) : (
                    '—'
                  ),
                ])}
              />
            )}
          </QueryState>
        </>
      ) : null}
    </Page>
  );
}

function InviteForm({ organizationId, onInvited }: { organizationId: string; onInvited: () => void }) {
  const write = useWriteHeaders();
  const form = useForm<{ email: string; firstName: string; lastName: string; role: 'admin' | 'member' }>({
    defaultValues: { email: '', firstName: '', lastName: '', role: 'member' },
  });
  const [sent, setSent] = useState<string | null>(null);
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    setSent(null);
    const body = {
      email: values.email,
      role: values.role,
      ...(values.firstName ? { firstName: values.firstName } : {}),
      ...(values.lastName ? { lastName: values.lastName } : {}),
    };
    await unwrap(api.POST('/api/organizations/{organizationId}/invitations', { params: { path: { organizationId }, header: write.key() }, body }));
    write.done();
    form.reset();
    setSent(values.email);
    onInvited();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Inviter une personne" className={fr.cx('fr-mb-3w')}>
      <FormFailure failure={failure} />
      {sent ? <Alert severity="success" small description={`Invitation envoyée à ${sent} (valable 14 jours).`} className={fr.cx('fr-mb-2w')} /> : null}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <TextField form={form} name="email" label="Adresse e-mail" type="email" required />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <TextField form={form} name="firstName" label="Prénom (facultatif)" />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <TextField form={form} name="lastName" label="Nom (facultatif)" />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-2')}>
          <Select label="Rôle" nativeSelectProps={form.register('role')}>
            <option value="member">Membre</option>
            <option value="admin">Administrateur</option>
          </Select>
        </div>
      </div>
      <SubmitButton busy={form.formState.isSubmitting} className={fr.cx('fr-mt-2w')}>
        Inviter
      </SubmitButton>
    </form>
  );
}
