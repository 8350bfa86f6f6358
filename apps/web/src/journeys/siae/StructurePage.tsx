import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../api/session';
import { AddressFields } from '../../ui/AddressFields';
import { Combobox, type Option } from '../../ui/Combobox';
import { TextField } from '../../ui/fields';
import { formatDate, plural } from '../../ui/format';
import { fieldState } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { ErrorAlert, QueryState } from '../../ui/QueryState';
import { searchMetiers } from '../public/search-api';
import { Section, useActionPanel, useWriteForm, WriteForm } from './parts';
import { useWriteHeaders } from '../../api/writes';

type Employer = Schemas['EmployerWithJobsDto'];
type JobDescription = Schemas['JobDescriptionDto'];

/** « Ma structure »: the profile its admins edit, its job descriptions (create, open, close), a link to its members. */
export function SiaeStructurePage() {
  const { membership } = useSession();
  const employerId = membership?.organization.id ?? '';
  const employer = useQuery({
    queryKey: ['employer', employerId],
    enabled: !!employerId && membership?.organization.family === 'employer',
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers/{employerId}', { params: { path: { employerId } }, signal })),
  });
  if (!membership || membership.organization.family !== 'employer') {
    return (
      <Page title="Ma structure">
        <p className="iae-empty">Vous n’agissez pour aucune structure employeuse.</p>
      </Page>
    );
  }
  return (
    <Page title={`Ma structure : ${membership.organization.name}`}>
      <QueryState query={employer}>
        {(e) => (
          <>
            <ProfileSection employer={e} admin={membership.role === 'admin'} />
            <JobDescriptionsSection employer={e} />
            <AntennesSection employer={e} admin={membership.role === 'admin'} />
            <Section id="titre-membres" title="Membres et invitations">
              <p>
                {membership.role === 'admin' ? (
                  <Link to="/organisation/membres" className={fr.cx('fr-link')}>
                    Gérer les membres et les invitations de la structure
                  </Link>
                ) : (
                  'Les administrateurs de la structure gèrent ses membres et ses invitations.'
                )}
              </p>
            </Section>
          </>
        )}
      </QueryState>
    </Page>
  );
}

type ProfileValues = {
  brand: string;
  phone: string;
  email: string;
  website: string;
  description: string;
  providedSupport: string;
  spontaneousCandidaturesOpen: boolean;
  blockCandidatures: boolean;
};

function ProfileSection({ employer, admin }: { employer: Employer; admin: boolean }) {
  const panel = useActionPanel<'edit'>();
  const a = employer.address;
  return (
    <Section id="titre-fiche" title="Fiche de la structure">
      {panel.doneAlert}
      <dl className={fr.cx('fr-mb-3w')}>
        <dt className={fr.cx('fr-text--bold')}>Type</dt>
        <dd>{employer.kindLabel}</dd>
        <dt className={fr.cx('fr-text--bold')}>Enseigne</dt>
        <dd>{employer.brand ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>SIRET</dt>
        <dd>{employer.siret ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Adresse</dt>
        <dd>
          {a.line}
          {a.complement ? `, ${a.complement}` : ''}, {a.postalCode} {a.communeName}
        </dd>
        <dt className={fr.cx('fr-text--bold')}>Téléphone</dt>
        <dd>{employer.phone ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Adresse e-mail</dt>
        <dd>{employer.email ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Site internet</dt>
        <dd>{employer.website ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Présentation</dt>
        <dd>{employer.description ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Accompagnement proposé</dt>
        <dd>{employer.providedSupport ?? '—'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Candidatures spontanées</dt>
        <dd>{employer.spontaneousCandidaturesOpen ? 'Acceptées' : 'Non acceptées'}</dd>
        <dt className={fr.cx('fr-text--bold')}>Réception des candidatures</dt>
        <dd>{employer.blockCandidatures ? 'Bloquée : la structure ne reçoit plus aucune candidature' : 'Ouverte'}</dd>
      </dl>
      <p className={fr.cx('fr-text--sm')}>
        Le nom, le SIRET et la convention ne sont modifiables que par l’équipe de la plateforme.{' '}
        <Link to={`/structures/${employer.id}`} className={fr.cx('fr-link')}>
          Voir la fiche publique
        </Link>
      </p>
      {admin ? (
        panel.open === 'edit' ? (
          <div ref={panel.formRef}>
            <ProfileForm employer={employer} onDone={() => panel.finished('La fiche de la structure est enregistrée.')} />
            <Button priority="tertiary" className={fr.cx('fr-mt-2w')} onClick={() => panel.setOpen(null)}>
              Annuler
            </Button>
          </div>
        ) : (
          <Button priority="secondary" {...panel.trigger('edit')}>
            Modifier la fiche
          </Button>
        )
      ) : (
        <p className={fr.cx('fr-text--sm')}>Seuls les administrateurs de la structure modifient sa fiche.</p>
      )}
    </Section>
  );
}

function ProfileForm({ employer, onDone }: { employer: Employer; onDone: () => void }) {
  const queryClient = useQueryClient();
  const write = useWriteForm<ProfileValues, Schemas['EmployerDto']>(
    {
      brand: employer.brand ?? '',
      phone: employer.phone ?? '',
      email: employer.email ?? '',
      website: employer.website ?? '',
      description: employer.description ?? '',
      providedSupport: employer.providedSupport ?? '',
      spontaneousCandidaturesOpen: employer.spontaneousCandidaturesOpen,
      blockCandidatures: employer.blockCandidatures,
    },
    (v, header) =>
      api.PATCH('/api/employers/{employerId}', {
        params: { path: { employerId: employer.id }, header },
        body: {
          brand: v.brand.trim() || null,
          phone: v.phone.trim() || null,
          email: v.email.trim() || null,
          website: v.website.trim() || null,
          description: v.description.trim() || null,
          providedSupport: v.providedSupport.trim() || null,
          spontaneousCandidaturesOpen: v.spontaneousCandidaturesOpen,
          blockCandidatures: v.blockCandidatures,
        },
      }),
    async () => {
      await queryClient.invalidateQueries({ queryKey: ['employer', employer.id] });
      onDone();
    },
  );
  return (
    <WriteForm id="titre-modifier-fiche" title="Modifier la fiche" write={write} submitLabel="Enregistrer la fiche">
      <TextField form={write.form} name="brand" label="Enseigne" />
      <TextField form={write.form} name="phone" label="Téléphone" type="tel" autoComplete="tel" hint="Par exemple 04 78 00 00 00" />
      <TextField form={write.form} name="email" label="Adresse e-mail de contact" type="email" autoComplete="email" />
      <TextField form={write.form} name="website" label="Site internet" type="url" hint="Avec https://" />
      <TextField form={write.form} name="description" label="Présentation" textArea />
      <TextField form={write.form} name="providedSupport" label="Accompagnement proposé aux salariés en parcours" textArea />
      <Checkbox
        legend="Candidatures"
        options={[
          { label: 'Accepter les candidatures spontanées (sans fiche de poste)', nativeInputProps: write.form.register('spontaneousCandidaturesOpen') },
          { label: 'Ne plus recevoir aucune candidature', nativeInputProps: write.form.register('blockCandidatures') },
        ]}
      />
    </WriteForm>
  );
}

function JobDescriptionsSection({ employer }: { employer: Employer }) {
  const queryClient = useQueryClient();
  const panel = useActionPanel<'create'>();
  const jobs = useQuery({
    queryKey: ['job-descriptions', employer.id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers/{employerId}/job-descriptions', { params: { path: { employerId: employer.id } }, signal })),
  });
  // Closing, reopening or confirming (an empty change): any write by the employer restarts the freshness count.
  const write = useWriteHeaders();
  const toggle = useMutation({
    mutationFn: ({ job, change }: { job: JobDescription; change: 'toggle' | 'confirm' }) =>
      unwrap(
        api.PATCH('/api/employers/{employerId}/job-descriptions/{jobDescriptionId}', {
          params: { path: { employerId: employer.id, jobDescriptionId: job.id }, header: write.headers() },
          body: change === 'toggle' ? { isActive: !job.isActive } : {},
        }),
      ),
    onSuccess: async (job, { change }) => {
      write.done();
      await queryClient.invalidateQueries({ queryKey: ['job-descriptions', employer.id] });
      if (change === 'confirm') panel.finished(`La fiche de poste « ${job.title} » est confirmée à jour.`);
      else panel.finished(job.isActive ? `Le recrutement est rouvert : « ${job.title} ».` : `Le recrutement est fermé : « ${job.title} ».`);
    },
  });
  return (
    <Section id="titre-fiches" title="Fiches de poste">
      <p className={fr.cx('fr-text--sm')}>
        Une fiche de poste non mise à jour depuis 60 jours vous est signalée par e-mail ; au bout de 90 jours sans mise à jour, elle est fermée automatiquement.
        Fermer puis rouvrir une fiche, ou la modifier, la remet à jour.
      </p>
      {panel.doneAlert}
      {toggle.isError ? <ErrorAlert error={toggle.error} /> : null}
      {panel.open === 'create' ? (
        <div ref={panel.formRef}>
          <CreateJobForm employer={employer} onDone={(job) => panel.finished(`La fiche de poste « ${job.title} » est publiée.`)} />
          <Button priority="tertiary" className={fr.cx('fr-mt-2w', 'fr-mb-3w')} onClick={() => panel.setOpen(null)}>
            Annuler
          </Button>
        </div>
      ) : (
        <Button className={fr.cx('fr-mb-3w')} {...panel.trigger('create')}>
          Créer une fiche de poste
        </Button>
      )}
      <QueryState query={jobs} isEmpty={(list) => list.length === 0} empty="Aucune fiche de poste pour le moment.">
        {(list) => (
          <Table
            caption={`${plural(list.length, 'fiche de poste', 'fiches de poste')}, dont ${plural(
              list.filter((j) => j.isActive).length,
              'ouverte',
              'ouvertes',
            )}`}
            headers={['Poste', 'Contrat', 'Postes', 'Lieu', 'Recrutement', 'Mise à jour', 'Action']}
            data={list.map((job) => [
              <span key="title">
                {job.title}
                <span className="iae-meta"> — {job.customTitle ? `${job.appellation.romeCode} · ${job.appellation.label}` : job.appellation.romeCode}</span>
              </span>,
              job.contractTypeLabel,
              String(job.openPositions),
              job.location.communeName,
              <Badge key="state" small noIcon severity={job.isActive ? 'success' : undefined}>
                {job.isActive ? 'Ouvert' : 'Fermé'}
              </Badge>,
              <span key="fresh">
                {formatDate(job.lastEmployerUpdateAt)}
                {job.isActive ? <span className="iae-meta"> — fermeture automatique le {formatDate(closesOn(job))} sans mise à jour</span> : null}
              </span>,
              <span key="actions">
                <Button size="small" priority="secondary" disabled={toggle.isPending} onClick={() => toggle.mutate({ job, change: 'toggle' })}>
                  {job.isActive ? `Fermer le recrutement : ${job.title}` : `Rouvrir le recrutement : ${job.title}`}
                </Button>
                {job.isActive ? (
                  <Button
                    size="small"
                    priority="tertiary"
                    className={fr.cx('fr-mt-1w')}
                    disabled={toggle.isPending}
                    onClick={() => toggle.mutate({ job, change: 'confirm' })}
                  >
                    Confirmer que la fiche est à jour : {job.title}
                  </Button>
                ) : null}
              </span>,
            ])}
          />
        )}
      </QueryState>
    </Section>
  );
}

/** The day an open job description is closed if nobody updates it: 90 days after its last update (the API's rule). */
function closesOn(job: JobDescription): string {
  return new Date(Date.parse(job.lastEmployerUpdateAt) + 90 * 86_400_000).toISOString();
}

type JobValues = {
  appellationCode: string;
  contractType: string;
  customTitle: string;
  openPositions: string;
  hoursPerWeek: string;
  description: string;
  profileWanted: string;
};

function CreateJobForm({ employer, onDone }: { employer: Employer; onDone: (job: JobDescription) => void }) {
  const queryClient = useQueryClient();
  const [metier, setMetier] = useState<Option | null>(null);
  const write = useWriteForm<JobValues, JobDescription>(
    { appellationCode: '', contractType: '', customTitle: '', openPositions: '1', hoursPerWeek: '', description: '', profileWanted: '' },
    (v, header) =>
      api.POST('/api/employers/{employerId}/job-descriptions', {
        params: { path: { employerId: employer.id }, header: { 'Idempotency-Key': header['Idempotency-Key'] } },
        body: {
          appellationCode: v.appellationCode,
          contractType: v.contractType as never,
          customTitle: v.customTitle.trim() || null,
          openPositions: v.openPositions ? Number(v.openPositions) : undefined,
          hoursPerWeek: v.hoursPerWeek ? Number(v.hoursPerWeek) : null,
          description: v.description.trim() || null,
          profileWanted: v.profileWanted.trim() || null,
        },
      }),
    async (job) => {
      await queryClient.invalidateQueries({ queryKey: ['job-descriptions', employer.id] });
      onDone(job);
    },
  );
  const { form } = write;
  // The métier field stands for appellationCode: a refused sending focuses it, the first field in error (not the next one).
  const appellation = useController({ control: form.control, name: 'appellationCode', rules: { required: 'Choisissez un métier dans les suggestions.' } });
  return (
    <WriteForm id="titre-nouvelle-fiche" marksRequired title="Nouvelle fiche de poste" write={write} submitLabel="Publier la fiche de poste">
      <Combobox
        label="Métier *"
        required
        hint="Tapez au moins deux lettres puis choisissez une appellation ROME."
        name="metier"
        queryKey="metiers"
        selected={metier}
        search={searchMetiers}
        inputRef={appellation.field.ref}
        error={fieldState(form, 'appellationCode').stateRelatedMessage}
        onSelect={(option) => {
          setMetier(option);
          form.clearErrors('appellationCode');
          form.setValue('appellationCode', option?.value.split(':')[1] ?? '');
        }}
      />
      <Select
        label="Type de contrat *"
        nativeSelectProps={{ ...form.register('contractType', { required: 'Choisissez un type de contrat.' }), required: true }}
        {...fieldState(form, 'contractType')}
      >
        <option value="">Choisir un type de contrat</option>
        {employer.allowedContractTypes.map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </Select>
      <TextField form={form} name="customTitle" label="Intitulé du poste (facultatif)" hint="Par défaut, le nom du métier." />
      <TextField form={form} name="openPositions" label="Nombre de postes ouverts" type="number" inputMode="numeric" />
      <TextField form={form} name="hoursPerWeek" label="Heures par semaine (facultatif)" hint="De 1 à 48." type="number" inputMode="numeric" />
      <TextField form={form} name="description" label="Description du poste (facultatif)" textArea />
      <TextField form={form} name="profileWanted" label="Profil recherché (facultatif)" textArea />
    </WriteForm>
  );
}

type AntenneValues = { name: string; siret: string; line: string; communeCode: string; postalCode: string };

/**
 * The antennes: a structure declares its secondary establishments (same SIREN, same kind); whoever declares one
 * becomes its admin and acts for it by choosing it in « Vous agissez pour ». An antenne has none of its own.
 */
function AntennesSection({ employer, admin }: { employer: Employer; admin: boolean }) {
  const panel = useActionPanel<'create'>();
  const antennes = useQuery({
    queryKey: ['antennes', employer.id],
    enabled: !employer.parentId,
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers/{employerId}/antennes', { params: { path: { employerId: employer.id } }, signal })),
  });
  if (employer.parentId) {
    return (
      <Section id="titre-antennes" title="Antenne">
        <p>
          Cette structure est une antenne.{' '}
          <Link to={`/structures/${employer.parentId}`} className={fr.cx('fr-link')}>
            Voir la fiche de la structure mère
          </Link>
        </p>
      </Section>
    );
  }
  return (
    <Section id="titre-antennes" title="Antennes">
      <p className={fr.cx('fr-text--sm')}>
        Une antenne est un établissement secondaire de la structure : même SIREN, même type. Vous en devenez administrateur et la choisissez dans « Vous agissez
        pour » pour gérer ses candidatures et ses fiches de poste.
      </p>
      {panel.doneAlert}
      <QueryState query={antennes} isEmpty={(list) => list.length === 0} empty="Aucune antenne déclarée.">
        {(list) => (
          <Table
            caption={plural(list.length, 'antenne', 'antennes')}
            headers={['Antenne', 'SIRET', 'Commune', 'État']}
            data={list.map((a) => [
              a.name,
              a.siret ?? '—',
              `${a.address.communeName} (${a.address.postalCode})`,
              <Badge key="state" small noIcon severity={a.active ? 'success' : undefined}>
                {a.active ? 'Active' : 'Inactive'}
              </Badge>,
            ])}
          />
        )}
      </QueryState>
      {!admin ? (
        <p className={fr.cx('fr-text--sm')}>Seuls les administrateurs de la structure déclarent une antenne.</p>
      ) : panel.open === 'create' ? (
        <div ref={panel.formRef}>
          <AntenneForm employer={employer} onDone={(name) => panel.finished(`L’antenne « ${name} » est déclarée ; vous en êtes administrateur.`)} />
          <Button priority="tertiary" className={fr.cx('fr-mt-2w')} onClick={() => panel.setOpen(null)}>
            Annuler
          </Button>
        </div>
      ) : (
        <Button priority="secondary" {...panel.trigger('create')}>
          Déclarer une antenne
        </Button>
      )}
    </Section>
  );
}

function AntenneForm({ employer, onDone }: { employer: Employer; onDone: (name: string) => void }) {
  const { refreshMe } = useSession();
  const queryClient = useQueryClient();
  const write = useWriteForm<AntenneValues, Schemas['EmployerDto']>(
    { name: '', siret: '', line: '', communeCode: '', postalCode: '' },
    (v, header) =>
      api.POST('/api/employers/{employerId}/antennes', {
        params: { path: { employerId: employer.id }, header: { 'Idempotency-Key': header['Idempotency-Key'] } },
        body: { name: v.name, siret: v.siret.replace(/\s/g, ''), address: { line: v.line, communeCode: v.communeCode, postalCode: v.postalCode } },
      }),
    async (antenne) => {
      await queryClient.invalidateQueries({ queryKey: ['antennes', employer.id] });
      await refreshMe();
      onDone(antenne.name);
    },
  );
  return (
    <WriteForm id="titre-nouvelle-antenne" marksRequired title="Déclarer une antenne" write={write} submitLabel="Déclarer l’antenne">
      <TextField form={write.form} name="name" label="Nom de l’antenne *" required />
      <TextField
        form={write.form}
        name="siret"
        label="SIRET de l’établissement *"
        hint={employer.siret ? `14 chiffres, commençant par le SIREN de la structure (${employer.siret.slice(0, 9)}).` : '14 chiffres.'}
        inputMode="numeric"
        required
      />
      <AddressFields form={write.form} legend="Adresse de l’antenne" />
    </WriteForm>
  );
}
