import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { AddressFields } from '../../ui/AddressFields';
import { DataTable } from '../../ui/DataTable';
import { TextField } from '../../ui/fields';
import { formatDate, formatDateTime } from '../../ui/format';
import { fieldState, FormFailure, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

/** The platform's team: its tasks. */
export function StaffHomePage() {
  const navigate = useNavigate();
  const form = useForm({ defaultValues: { organizationId: '' } });
  return (
    <Page title="Équipe de la plateforme">
      <ul>
        <li>
          <Link to="/equipe/structures/nouvelle">Inscrire une structure et inviter son premier administrateur</Link>
        </li>
        <li>
          <Link to="/equipe/e-mails?statut=failed">Les e-mails en échec</Link>
        </li>
      </ul>
      <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Vérifier une organisation prescriptrice</h2>
      <p>Le lien de l’e-mail « organisation à vérifier » porte son identifiant.</p>
      <form
        noValidate
        aria-label="Ouvrir une organisation prescriptrice"
        onSubmit={form.handleSubmit((v) => navigate(`/equipe/prescripteurs/${encodeURIComponent(v.organizationId.trim())}`))}
      >
        <TextField form={form} name="organizationId" label="Identifiant de l’organisation" required />
        <Button type="submit" priority="secondary">
          Ouvrir l’organisation
        </Button>
      </form>
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
  const key = useRef(crypto.randomUUID());
  const form = useForm<EmployerValues>({
    defaultValues: { kind: '', name: '', siret: '', conventionAspId: '', line: '', postalCode: '', communeCode: '', adminEmail: '' },
  });
  const submit = useSubmit(
    form,
    async (v) => {
      try {
        const employer = await unwrap(
          api.POST('/api/employers', {
            params: { header: { 'Idempotency-Key': key.current } },
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
        key.current = crypto.randomUUID();
      } catch (error) {
        // Refused: the corrected form is a new request.
        if (error instanceof ApiProblem && error.status < 500) key.current = crypto.randomUUID();
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
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Inscrire la structure
        </Button>
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
  const [refusing, setRefusing] = useState(false);
  const form = useForm({ defaultValues: { reason: '' } });
  const send = async (status: 'validated' | 'refused', reason: string) => {
    await unwrap(
      api.POST('/api/prescriber-organizations/{organizationId}/authorization', {
        params: { path: { organizationId } },
        body: status === 'refused' ? { status, reason } : { status },
      }),
    );
    setRefusing(false);
    await queryClient.invalidateQueries({ queryKey: ['prescriber-organization', organizationId] });
  };
  const validate = useSubmit(form, () => send('validated', ''));
  const refuse = useSubmit(form, (v) => send('refused', v.reason));
  return (
    <Page title={organization.data?.name ?? 'Organisation prescriptrice'}>
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
            <FormFailure failure={validate.failure ?? refuse.failure} />
            {o.authorizationStatus === 'not_set' ? (
              !refusing ? (
                <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
                  <li>
                    <Button onClick={() => void validate.onSubmit()} disabled={form.formState.isSubmitting}>
                      Valider l’habilitation
                    </Button>
                  </li>
                  <li>
                    <Button priority="secondary" onClick={() => setRefusing(true)}>
                      Refuser
                    </Button>
                  </li>
                </ul>
              ) : (
                <form onSubmit={refuse.onSubmit} noValidate aria-label="Refuser l’habilitation">
                  <Input
                    label="Motif du refus"
                    hintText="Il est envoyé aux membres de l’organisation."
                    textArea
                    nativeTextAreaProps={form.register('reason')}
                    {...fieldState(form, 'reason')}
                  />
                  <Button type="submit" disabled={form.formState.isSubmitting}>
                    Confirmer le refus
                  </Button>
                </form>
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
            {emails.hasNextPage ? (
              <Button priority="secondary" onClick={() => void emails.fetchNextPage()} disabled={emails.isFetchingNextPage}>
                Voir les e-mails suivants
              </Button>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function EmailRow({ email }: { email: Schemas['EmailDto'] }) {
  const [current, setCurrent] = useState(email);
  const form = useForm();
  const retry = useSubmit(form, async () => {
    setCurrent(await unwrap(api.POST('/api/emails/{id}/retry', { params: { path: { id: email.id } } })));
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
          <Button size="small" onClick={() => void retry.onSubmit()} disabled={form.formState.isSubmitting} title={`Relancer l’e-mail à ${current.recipient}`}>
            Relancer
          </Button>
        ) : (
          <Badge noIcon small severity={current.status === 'sent' ? 'success' : 'info'}>
            {current.status === 'queued' ? 'Relancé, en file d’attente' : (EMAIL_STATUS[current.status] ?? current.status)}
          </Badge>
        )}
      </td>
    </tr>
  );
}
