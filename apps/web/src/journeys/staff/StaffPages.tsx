import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../api/session';
import { ApiProblem } from '../../api/problems';
import { AddressFields } from '../../ui/AddressFields';
import { DataTable } from '../../ui/DataTable';
import { TextField } from '../../ui/fields';
import { formatDate, formatDateTime } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page, headingOf } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useLoadMore } from '../../ui/useLoadMore';
import { useWriteHeaders } from '../../api/writes';
import { useActionPanel } from '../siae/parts';

/** The platform's team: its tasks. */
export function StaffHomePage() {
  const { me } = useSession();
  // Reached by its address by someone else: the pages behind these links would refuse them one by one.
  if (!me?.isStaff) {
    return (
      <Page {...headingOf('/equipe')}>
        <Alert severity="info" small description="Ces pages sont réservées à l’équipe de la plateforme." />
      </Page>
    );
  }
  return (
    <Page {...headingOf('/equipe')}>
      <ul>
        <li>
          <Link to="/equipe/structures/nouvelle">Inscrire une structure et inviter son premier administrateur</Link>
        </li>
        <li>
          <Link to="/equipe/prescripteurs">Les organisations prescriptrices à vérifier</Link>
        </li>
        <li>
          <Link to="/equipe/corrections-nir">Les demandes de correction de NIR</Link>
        </li>
        <li>
          <Link to="/equipe/e-mails?statut=failed">Les e-mails en échec</Link>
        </li>
      </ul>
    </Page>
  );
}

/** Organisations of kinds habilitated by law whose habilitation is still to check, oldest first, paginated by the API's cursor. */
export function StaffPrescribersToCheckPage() {
  const organizations = useInfiniteQuery({
    queryKey: ['prescriber-organizations', 'awaiting-authorization'],
    initialPageParam: null as string | null,
    getNextPageParam: (page: Schemas['PrescriberOrganizationPageDto']) => page.nextCursor,
    queryFn: ({ pageParam, signal }): Promise<Schemas['PrescriberOrganizationPageDto']> =>
      unwrap(
        api.GET('/api/prescriber-organizations/awaiting-authorization', {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
  });
  const more = useLoadMore(organizations, organizations.data?.pages.reduce((sum, p) => sum + p.items.length, 0) ?? 0, {
    items: 'tbody tr',
    label: 'Voir les organisations suivantes',
  });
  return (
    <Page title="Organisations prescriptrices à vérifier" wide>
      <p>
        Les organisations d’un type habilité par la loi (France Travail, mission locale, CCAS…) qui attendent votre vérification, les plus anciennes d’abord.
      </p>
      <QueryState query={organizations} isEmpty={(data) => data.pages[0]!.items.length === 0} empty="Aucune organisation à vérifier.">
        {(data) => (
          <>
            <div ref={more.container}>
              <DataTable caption="Organisations à vérifier" head={['Organisation', 'Type', 'SIRET', 'Commune']}>
                {data.pages
                  .flatMap((p) => p.items)
                  .map((o) => (
                    <tr key={o.id}>
                      <td>
                        <Link to={`/equipe/prescripteurs/${o.id}`}>{o.name}</Link>
                      </td>
                      <td>{o.kindLabel}</td>
                      <td>{o.siret ?? '—'}</td>
                      <td>{o.address ? `${o.address.communeName} (${o.address.postalCode})` : '—'}</td>
                    </tr>
                  ))}
              </DataTable>
            </div>
            {more.button}
          </>
        )}
      </QueryState>
    </Page>
  );
}

const EMPLOYER_KINDS: Record<string, string> = {
  ACI: 'Atelier et chantier d’insertion (ACI)',
  AI: 'Association intermédiaire (AI)',
  EI: 'Entreprise d’insertion (EI)',
  ETTI: 'Entreprise de travail temporaire d’insertion (ETTI)',
  EITI: 'Entreprise d’insertion par le travail indépendant (EITI)',
  GEIQ: 'Groupement d’employeurs pour l’insertion et la qualification (GEIQ)',
  EA: 'Entreprise adaptée (EA)',
  EATT: 'Entreprise adaptée de travail temporaire (EATT)',
  OPCS: 'Organisation porteuse de la clause sociale (OPCS)',
};

interface EmployerValues {
  kind: string;
  name: string;
  siret: string;
  conventionAspId: string;
  line: string;
  postalCode: string;
  communeCode: string;
  adminEmail: string;
}

/** Staff set up an employer (a SIAE with its convention, or another employer) and invite its first administrator. */
export function StaffEmployerPage() {
  const [created, setCreated] = useState<Schemas['EmployerDto'] | null>(null);
  // One key per creation: a double click or a retried request creates once.
  const write = useWriteHeaders();
  const form = useForm<EmployerValues>({
    defaultValues: { kind: '', name: '', siret: '', conventionAspId: '', line: '', postalCode: '', communeCode: '', adminEmail: '' },
  });
  const submit = useSubmit(
    form,
    async (v) => {
      try {
        const employer = await unwrap(
          api.POST('/api/employers', {
            params: { header: write.key() },
            body: {
              kind: v.kind as 'ACI',
              name: v.name,
              siret: v.siret.replace(/\s/g, ''),
              address: { line: v.line, postalCode: v.postalCode, communeCode: v.communeCode },
              ...(v.conventionAspId ? { conventionAspId: v.conventionAspId } : {}),
              ...(v.adminEmail ? { adminEmail: v.adminEmail } : {}),
            },
          }),
        );
        setCreated(employer);
        write.done();
      } catch (error) {
        // Refused: the corrected form is a new request.
        if (error instanceof ApiProblem && error.status < 500) write.done();
        throw error;
      }
    },
    { 'address.line': 'line', 'address.postalCode': 'postalCode', 'address.communeCode': 'communeCode' },
  );
  if (created) {
    return (
      <Page title="Structure inscrite">
        <Alert
          severity="success"
          title={`${created.name} est inscrite.`}
          description={
            form.getValues('adminEmail')
              ? `Une invitation à administrer la structure est envoyée à ${form.getValues('adminEmail')}.`
              : 'Aucun administrateur invité.'
          }
          className={fr.cx('fr-mb-3w')}
        />
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to={`/structures/${created.id}`}>
              Voir sa fiche publique
            </Link>
          </li>
          <li>
            <Button
              onClick={() => {
                form.reset();
                setCreated(null);
              }}
            >
              Inscrire une autre structure
            </Button>
          </li>
        </ul>
      </Page>
    );
  }
  return (
    <Page title="Inscrire une structure">
      <form onSubmit={submit.onSubmit} noValidate aria-label="Inscrire une structure" className="iae-narrow">
        <FormFailure failure={submit.failure} />
        <Select label="Type de structure" nativeSelectProps={form.register('kind')} {...fieldState(form, 'kind')}>
          <option value="">Choisir un type</option>
          {Object.entries(EMPLOYER_KINDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <TextField form={form} name="name" label="Nom" />
        <TextField form={form} name="siret" label="SIRET" hint="14 chiffres." inputMode="numeric" />
        <TextField form={form} name="conventionAspId" label="Identifiant ASP de la convention (SIAE)" />
        <AddressFields form={form} />
        <TextField
          form={form}
          name="adminEmail"
          label="Adresse e-mail de son premier administrateur"
          hint="Cette personne reçoit une invitation à créer son compte et à administrer la structure."
          type="email"
        />
        <SubmitButton busy={form.formState.isSubmitting}>Inscrire la structure</SubmitButton>
      </form>
    </Page>
  );
}

const AUTHORIZATION: Record<string, string> = {
  not_set: 'À vérifier',
  validated: 'Habilitation vérifiée',
  refused: 'Habilitation refusée',
  not_required: 'Sans vérification',
};

/** Staff check an organisation of a kind habilitated by law (France Travail, CAF, SPIP…): validate, or refuse with a reason. */
export function StaffPrescriberPage() {
  const { organizationId = '' } = useParams();
  const queryClient = useQueryClient();
  const organization = useQuery({
    queryKey: ['prescriber-organization', organizationId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/prescriber-organizations/{organizationId}', { params: { path: { organizationId } }, signal })),
  });
  // « Refuser » opens the reason's field (focused; « Annuler » goes back); a decision is said with the focus.
  const panel = useActionPanel<'refuse'>();
  const refusing = panel.open === 'refuse';
  const form = useForm({ defaultValues: { reason: '' } });
  const write = useWriteHeaders();
  const send = async (status: 'validated' | 'refused', reason: string) => {
    await unwrap(
      api.POST('/api/prescriber-organizations/{organizationId}/authorization', {
        params: { path: { organizationId }, header: write.key() },
        body: status === 'refused' ? { status, reason } : { status },
      }),
    );
    write.done();
    await queryClient.invalidateQueries({ queryKey: ['prescriber-organization', organizationId] });
    // The queue is read anew when next opened, never shown stale with the organisation just decided.
    queryClient.removeQueries({ queryKey: ['prescriber-organizations', 'awaiting-authorization'] });
    panel.finished(status === 'validated' ? 'Habilitation vérifiée : l’organisation est habilitée.' : 'Habilitation refusée ; ses membres en sont prévenus.');
  };
  const validate = useSubmit(form, () => send('validated', ''));
  const refuse = useSubmit(form, (v) => send('refused', v.reason));
  return (
    <Page title={organization.data?.name ?? 'Organisation prescriptrice'}>
      <p>
        <Link to="/equipe/prescripteurs">Retour aux organisations à vérifier</Link>
      </p>
      <QueryState query={organization}>
        {(o) => (
          <>
            <p>
              <Badge noIcon severity={o.authorizationStatus === 'validated' ? 'success' : o.authorizationStatus === 'refused' ? 'error' : 'warning'}>
                {AUTHORIZATION[o.authorizationStatus] ?? o.authorizationStatus}
              </Badge>
            </p>
            <ul>
              <li>{o.kindLabel}</li>
              <li>SIRET : {o.siret ?? 'non renseigné'}</li>
              {o.safirCode ? <li>Code SAFIR : {o.safirCode}</li> : null}
              {o.address ? (
                <li>
                  {o.address.line}, {o.address.postalCode} {o.address.communeName}
                </li>
              ) : null}
              {o.authorizationDecision ? (
                <li>
                  Décision du {formatDate(o.authorizationDecision.at as unknown as string)}
                  {o.authorizationDecision.reason ? ` : ${o.authorizationDecision.reason}` : ''}
                </li>
              ) : null}
            </ul>
            {panel.doneAlert}
            <FormFailure failure={validate.failure ?? refuse.failure} />
            {o.authorizationStatus === 'not_set' ? (
              !refusing ? (
                <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
                  <li>
                    <Button onClick={() => void validate.onSubmit()} nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}>
                      Valider l’habilitation
                    </Button>
                  </li>
                  <li>
                    <Button priority="secondary" {...panel.trigger('refuse')}>
                      Refuser
                    </Button>
                  </li>
                </ul>
              ) : (
                <div ref={panel.formRef}>
                  <form onSubmit={refuse.onSubmit} noValidate aria-label="Refuser l’habilitation">
                    <Input
                      label="Motif du refus"
                      hintText="Il est envoyé aux membres de l’organisation."
                      textArea
                      nativeTextAreaProps={form.register('reason')}
                      {...fieldState(form, 'reason')}
                    />
                    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
                      <li>
                        <Button type="submit" nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}>
                          Confirmer le refus
                        </Button>
                      </li>
                      <li>
                        <Button type="button" priority="tertiary" onClick={() => panel.setOpen(null)}>
                          Annuler
                        </Button>
                      </li>
                    </ul>
                  </form>
                </div>
              )
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}

const EMAIL_STATUSES = ['failed', 'queued', 'sent'] as const;
const EMAIL_STATUS: Record<string, string> = { failed: 'En échec', queued: 'En file d’attente', sent: 'Envoyé' };

/** The e-mails that failed (or wait), the most recent first, paginated by the API's cursor; staff send one again. */
export function StaffEmailsPage() {
  const [params, setParams] = useSearchParams();
  const status = EMAIL_STATUSES.find((s) => s === params.get('statut')) ?? 'failed';
  const recipient = params.get('destinataire') ?? '';
  const emails = useInfiniteQuery({
    queryKey: ['emails', status, recipient],
    initialPageParam: null as string | null,
    getNextPageParam: (page: Schemas['EmailPageDto']) => page.nextCursor,
    queryFn: ({ pageParam, signal }): Promise<Schemas['EmailPageDto']> =>
      unwrap(
        api.GET('/api/emails', {
          params: { query: { status, limit: 50, ...(recipient ? { recipient } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
  });
  const filter = useForm({ values: { recipient } });
  const more = useLoadMore(emails, emails.data?.pages.reduce((sum, p) => sum + p.items.length, 0) ?? 0, {
    items: 'tbody tr',
    label: 'Voir les e-mails suivants',
  });
  return (
    <Page title="E-mails" wide>
      <form
        noValidate
        aria-label="Filtrer les e-mails"
        onSubmit={filter.handleSubmit((v) => {
          const next = new URLSearchParams(params);
          if (v.recipient.trim()) next.set('destinataire', v.recipient.trim());
          else next.delete('destinataire');
          setParams(next, { replace: true });
        })}
        className={fr.cx('fr-mb-3w')}
      >
        <Select
          label="État"
          nativeSelectProps={{
            value: status,
            onChange: (e) => {
              const next = new URLSearchParams(params);
              next.set('statut', e.target.value);
              setParams(next, { replace: true });
            },
          }}
        >
          <option value="failed">En échec</option>
          <option value="queued">En file d’attente</option>
          <option value="sent">Envoyés</option>
        </Select>
        <Input label="Destinataire" nativeInputProps={{ ...filter.register('recipient'), type: 'email' }} />
        <Button type="submit" priority="secondary">
          Filtrer
        </Button>
      </form>
      <QueryState query={emails} isEmpty={(data) => data.pages[0]!.items.length === 0} empty="Aucun e-mail.">
        {(data) => (
          <>
            <div ref={more.container}>
              <DataTable
                caption={`E-mails ${EMAIL_STATUS[status]?.toLowerCase() ?? ''}`}
                head={['Destinataire', 'Modèle et objet', 'Créé le', 'Tentatives et dernière erreur', 'Action']}
              >
                {data.pages
                  .flatMap((p) => p.items)
                  .map((email) => (
                    <EmailRow key={email.id} email={email} />
                  ))}
              </DataTable>
            </div>
            {more.button}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function EmailRow({ email }: { email: Schemas['EmailDto'] }) {
  const [current, setCurrent] = useState(email);
  const form = useForm();
  const write = useWriteHeaders();
  // The button pressed gives way to the e-mail's new status, which takes the focus (else lost to the page).
  const statusRef = useRef<HTMLSpanElement>(null);
  const [retried, setRetried] = useState(false);
  useEffect(() => {
    if (retried) statusRef.current?.focus();
  }, [retried]);
  const retry = useSubmit(form, async () => {
    setCurrent(await unwrap(api.POST('/api/emails/{id}/retry', { params: { path: { id: email.id }, header: write.key() } })));
    write.done();
    setRetried(true);
  });
  return (
    <tr>
      <td>{current.recipient}</td>
      <td>
        {current.template}
        {current.subject ? (
          <>
            <br />« {current.subject} »
          </>
        ) : null}
      </td>
      <td>{formatDateTime(current.createdAt)}</td>
      <td>
        {current.attempts} {current.attempts > 1 ? 'tentatives' : 'tentative'}
        {current.lastError ? (
          <>
            <br />
            <span className={fr.cx('fr-text--sm')}>{current.lastError}</span>
          </>
        ) : null}
      </td>
      <td>
        <FormFailure failure={retry.failure} />
        {current.status === 'failed' ? (
          <Button size="small" onClick={() => void retry.onSubmit()} nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}>
            Relancer<span className={fr.cx('fr-sr-only')}> l’e-mail à {current.recipient}</span>
          </Button>
        ) : (
          <span ref={statusRef} tabIndex={-1}>
            <Badge noIcon small severity={current.status === 'sent' ? 'success' : 'info'}>
              {current.status === 'queued' ? 'Relancé, en file d’attente' : (EMAIL_STATUS[current.status] ?? current.status)}
            </Badge>
          </span>
        )}
      </td>
    </tr>
  );
}

const NIR_STATUSES = ['pending', 'approved', 'rejected'] as const;

/** NIR corrections asked by the professionals who follow a person: staff accept or refuse, with a note. */
export function StaffNirCorrectionsPage() {
  const [params, setParams] = useSearchParams();
  const status = NIR_STATUSES.find((s) => s === params.get('statut')) ?? 'pending';
  const requests = useQuery({
    queryKey: ['nir-corrections', status],
    queryFn: ({ signal }) => unwrap(api.GET('/api/nir-correction-requests', { params: { query: { status } }, signal })),
  });
  // A decided request leaves the list with its buttons: the outcome, above it, takes the focus.
  const panel = useActionPanel<never>();
  return (
    <Page title="Corrections de NIR">
      {panel.doneAlert}
      <Select
        label="Demandes"
        nativeSelectProps={{ value: status, onChange: (e) => setParams(e.target.value === 'pending' ? {} : { statut: e.target.value }, { replace: true }) }}
      >
        <option value="pending">À examiner</option>
        <option value="approved">Acceptées</option>
        <option value="rejected">Refusées</option>
      </Select>
      <QueryState query={requests} isEmpty={(list) => list.length === 0} empty="Aucune demande.">
        {(list) => list.map((request) => <NirCorrectionCard key={request.id} request={request} finished={panel.finished} />)}
      </QueryState>
    </Page>
  );
}

function NirCorrectionCard({ request, finished }: { request: Schemas['NirCorrectionDto']; finished: (message: string) => void }) {
  const queryClient = useQueryClient();
  const form = useForm({ defaultValues: { note: '' } });
  const write = useWriteHeaders();
  const decide = (approve: boolean) => async (v: { note: string }) => {
    const body = v.note.trim() ? { note: v.note.trim() } : {};
    await unwrap(
      approve
        ? api.POST('/api/nir-correction-requests/{requestId}/approval', { params: { path: { requestId: request.id }, header: write.key() }, body })
        : api.POST('/api/nir-correction-requests/{requestId}/rejection', { params: { path: { requestId: request.id }, header: write.key() }, body }),
    );
    write.done();
    await queryClient.invalidateQueries({ queryKey: ['nir-corrections'] });
    finished(approve ? 'Correction du NIR acceptée : la fiche porte le nouveau NIR.' : 'Correction du NIR refusée.');
  };
  const approve = useSubmit(form, decide(true));
  const reject = useSubmit(form, decide(false));
  return (
    <article className={fr.cx('fr-card', 'fr-mb-3w')} aria-labelledby={`nir-${request.id}`}>
      <div className={fr.cx('fr-card__body')}>
        <div className={fr.cx('fr-card__content')}>
          <h2 id={`nir-${request.id}`} className={fr.cx('fr-card__title', 'fr-h5')}>
            {request.currentNir ?? 'Sans NIR'} → {request.requestedNir}
          </h2>
          <div className={fr.cx('fr-card__desc')}>
            <p>
              Demandée le {formatDateTime(request.requestedAt)} : {request.reason}
            </p>
            {request.conflictingCandidateId ? (
              <Alert
                severity="warning"
                small
                className={fr.cx('fr-mb-2w')}
                description={
                  <>
                    Une autre fiche porte déjà ce NIR : <Link to={`/equipe/personnes/${request.conflictingCandidateId}`}>lire l’autre fiche</Link>.
                  </>
                }
              />
            ) : null}
            <p>
              <Link to={`/equipe/personnes/${request.candidateId}`}>Lire la fiche de la personne</Link>
            </p>
            {request.status === 'pending' ? (
              <form noValidate aria-label={`Décider de la correction vers ${request.requestedNir}`} onSubmit={(e) => e.preventDefault()}>
                <FormFailure failure={approve.failure ?? reject.failure} />
                <Input label="Note" hintText="Gardée avec la décision." nativeInputProps={form.register('note')} {...fieldState(form, 'note')} />
                <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline')}>
                  <li>
                    <Button type="button" onClick={() => void approve.onSubmit()} nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}>
                      Accepter la correction
                    </Button>
                  </li>
                  <li>
                    <Button
                      type="button"
                      priority="secondary"
                      onClick={() => void reject.onSubmit()}
                      nativeButtonProps={{ 'aria-disabled': form.formState.isSubmitting }}
                    >
                      Refuser la correction
                    </Button>
                  </li>
                </ul>
              </form>
            ) : (
              <Badge noIcon severity={request.status === 'approved' ? 'success' : 'warning'}>
                {request.status === 'approved' ? 'Acceptée' : 'Refusée'} le {formatDateTime(request.decidedAt)}
                {request.decisionNote ? ` : ${request.decisionNote}` : ''}
              </Badge>
            )}
          </div>
        </div>
      </div>
    </article>
  );
}

/** A person's file, which staff open only with a stated reason (sent as X-Access-Reason, never in the address; recorded). */
export function StaffPersonPage() {
  const { candidateId = '' } = useParams();
  const [reason, setReason] = useState<string | null>(null);
  const form = useForm({ defaultValues: { reason: '' } });
  const file = useQuery({
    queryKey: ['staff-candidate', candidateId, reason],
    enabled: reason !== null,
    // Read once per stated reason: each reading is recorded with it.
    staleTime: Infinity,
    gcTime: 0,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/candidates/{candidateId}', {
          params: { path: { candidateId }, header: { 'X-Access-Reason': encodeURIComponent(reason ?? '') } as never },
          signal,
        }),
      ),
  });
  return (
    <Page title={file.data ? `${file.data.firstName} ${file.data.lastName}` : 'Fiche d’une personne'}>
      {reason === null ? (
        <form noValidate aria-label="Consulter la fiche" className="iae-narrow" onSubmit={form.handleSubmit((v) => setReason(v.reason.trim()))}>
          <p>Les données d’une personne ne s’ouvrent qu’avec un motif, enregistré avec la consultation et visible de la personne.</p>
          <TextField form={form} name="reason" label="Motif de la consultation" hint="Par exemple : demande de correction de NIR n° …" required />
          <Button type="submit">Lire la fiche</Button>
        </form>
      ) : (
        <QueryState query={file}>
          {(c) => (
            <>
              <p>
                <Badge noIcon severity="info">
                  Consultée pour : {reason}
                </Badge>
              </p>
              <dl>
                <dt>Née ou né le</dt>
                <dd>{formatDate(c.birthDate)}</dd>
                <dt>NIR</dt>
                <dd>{c.nir ?? 'non renseigné'}</dd>
                <dt>Identifiant France Travail</dt>
                <dd>{c.franceTravailId ?? 'non renseigné'}</dd>
                <dt>Adresse e-mail</dt>
                <dd>{c.email ?? 'non renseignée'}</dd>
                <dt>Téléphone</dt>
                <dd>{c.phone ?? 'non renseigné'}</dd>
                <dt>Adresse</dt>
                <dd>{c.address ? `${c.address.line}, ${c.address.postalCode} ${c.address.communeName ?? ''}` : 'non renseignée'}</dd>
                <dt>Espace candidat</dt>
                <dd>{c.hasAccount ? 'Créé' : 'Pas encore créé'}</dd>
              </dl>
              <Button priority="secondary" onClick={() => setReason(null)}>
                Consulter pour un autre motif
              </Button>
            </>
          )}
        </QueryState>
      )}
    </Page>
  );
}
