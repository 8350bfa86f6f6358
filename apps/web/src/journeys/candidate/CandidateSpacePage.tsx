import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { useWriteHeaders } from '../../api/writes';
import { formatDate, formatDateTime, plural, toName } from '../../ui/format';
import { Page, headingOf } from '../../ui/Page';
import { ErrorAlert, QueryState } from '../../ui/QueryState';
import { StateBadge } from '../prescriber/SentCandidaturesPage';
import { useActionPanel } from '../siae/parts';
import { OwnFileForm } from './OwnFileForm';

type Candidature = Schemas['CandidatureDto'];
const TABS = [
  { tabId: 'candidatures', label: 'Mes candidatures' },
  { tabId: 'pass', label: 'Mon PASS IAE' },
  { tabId: 'consentements', label: 'Mes consentements' },
  { tabId: 'consultations', label: 'Qui a consulté mes données' },
];

/** The candidate's own space: candidatures (never the refusal reason nor the private comment: the API does not send them), PASS IAE, consents, NIR reads. */
export function CandidateSpacePage() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.some((t) => t.tabId === params.get('onglet')) ? params.get('onglet')! : 'candidatures';
  const me = useQuery({ queryKey: ['me-candidate'], queryFn: () => unwrap(api.GET('/api/me/candidate')) });
  const candidatures = useQuery({
    queryKey: ['me-candidatures'],
    queryFn: () => unwrap(api.GET('/api/me/candidatures', { params: { query: { limit: 100 } } })),
  });
  // Signed up alone: no file yet, which the person creates here before anything else.
  const noFile = me.error instanceof ApiProblem && me.error.status === 404;
  const [created, setCreated] = useState(false);
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created && me.data) createdRef.current?.focus();
  }, [created, me.data]);
  if (noFile) {
    return (
      <Page {...headingOf('/candidat')}>
        <OwnFileForm onCreated={() => setCreated(true)} />
      </Page>
    );
  }
  return (
    <Page {...headingOf('/candidat')}>
      {created && me.data ? (
        <div ref={createdRef} tabIndex={-1}>
          <Alert
            severity="success"
            small
            className={fr.cx('fr-mb-3w')}
            description={
              <>
                Votre fiche est créée. Vous pouvez candidater depuis une <Link to="/">offre</Link>.
              </>
            }
          />
        </div>
      ) : null}
      <QueryState query={me}>{(c) => <p>Bonjour {c.firstName}, voici où en sont vos démarches.</p>}</QueryState>
      <Tabs selectedTabId={tab} tabs={TABS} onTabChange={(id) => setParams(id === 'candidatures' ? {} : { onglet: id }, { replace: true })}>
        {tab === 'candidatures' ? <Candidatures query={candidatures} /> : null}
        {tab === 'pass' ? <Pass candidatures={candidatures.data?.items ?? []} loading={candidatures.isPending} /> : null}
        {tab === 'consentements' && me.data ? <Consents candidateId={me.data.id} candidatures={candidatures.data?.items ?? []} /> : null}
        {tab === 'consultations' ? <AccessLog /> : null}
      </Tabs>
    </Page>
  );
}

function Candidatures({ query }: { query: ReturnType<typeof useQuery<Schemas['CandidaturePageDto']>> }) {
  return (
    <QueryState query={query} isEmpty={(page) => page.items.length === 0} empty="Vous n’avez pas encore de candidature.">
      {(page) => (
        <>
          <h2 className={fr.cx('fr-h4')}>{plural(page.items.length, 'candidature', 'candidatures')}</h2>
          <ul className="iae-result-list">
            {page.items.map((c) => (
              <li key={c.id}>
                <article className={fr.cx('fr-card', 'fr-card--sm')} aria-labelledby={`candidature-${c.id}`}>
                  <div className={fr.cx('fr-card__body')}>
                    <div className={fr.cx('fr-card__content')}>
                      <h3 id={`candidature-${c.id}`} className={fr.cx('fr-card__title')}>
                        {c.employer.name}
                      </h3>
                      <p className={fr.cx('fr-card__desc')}>
                        {c.jobDescriptions.length ? c.jobDescriptions.map((j) => j.title).join(', ') : 'Candidature spontanée'} — envoyée le{' '}
                        {formatDate(c.createdAt)} {c.sender.kind === 'candidate' ? 'par vous' : `par ${c.sender.organization?.name ?? 'votre accompagnateur'}`}
                      </p>
                      {c.answer ? <p className={fr.cx('fr-card__desc')}>Réponse de la structure : {c.answer}</p> : null}
                      <div className={fr.cx('fr-card__start')}>
                        <StateBadge candidature={c} />
                      </div>
                    </div>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryState>
  );
}

function Pass({ candidatures, loading }: { candidatures: Candidature[]; loading: boolean }) {
  const number = candidatures.find((c) => c.passIae?.number)?.passIae?.number;
  const pass = useQuery({
    queryKey: ['pass', number],
    enabled: !!number,
    queryFn: () => unwrap(api.GET('/api/pass-iae/{number}', { params: { path: { number: number! } } })),
  });
  if (loading) return null;
  if (!number) return <p className="iae-empty">Vous n’avez pas de PASS IAE : il est délivré lors d’une embauche dans une SIAE.</p>;
  return (
    <QueryState query={pass}>
      {(p) => (
        <div className={fr.cx('fr-card')}>
          <div className={fr.cx('fr-card__body')}>
            <div className={fr.cx('fr-card__content')}>
              <h2 className={fr.cx('fr-card__title', 'fr-h4')}>PASS IAE n° {p.numberDisplay}</h2>
              <p>
                <Badge noIcon severity={p.status === 'valid' ? 'success' : p.status === 'suspended' ? 'warning' : 'info'}>
                  {{ future: 'À venir', valid: 'Valide', suspended: 'Suspendu', expired: 'Expiré' }[p.status]}
                </Badge>
              </p>
              <p>
                Du {formatDate(p.startDate)} au {formatDate(p.endDate)}
                {p.status === 'valid' ? ` — ${plural(p.remainingDays, 'jour restant', 'jours restants')}` : ''}.
              </p>
            </div>
          </div>
        </div>
      )}
    </QueryState>
  );
}

function Consents({ candidateId, candidatures }: { candidateId: string; candidatures: Candidature[] }) {
  const queryClient = useQueryClient();
  const consents = useQuery({
    queryKey: ['consents', candidateId],
    queryFn: () => unwrap(api.GET('/api/candidates/{candidateId}/consents', { params: { path: { candidateId } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['consents', candidateId] });
  const employers = [...new Map(candidatures.map((c) => [c.employer.id, c.employer])).values()];
  const [employerId, setEmployerId] = useState('');
  const [sensitive, setSensitive] = useState(false);
  // One key per action, kept until it succeeds: a double click or a retried request acts once.
  const write = useWriteHeaders();
  // The outcome takes the focus: the row of an accord withdrawn is gone, with the button pressed.
  const panel = useActionPanel<never>();
  const done = async (message: string) => {
    write.done();
    await refresh();
    // The last refusal is old news once something succeeded; the structure is to choose again.
    give.reset();
    withdraw.reset();
    setEmployerId('');
    setSensitive(false);
    panel.finished(message);
  };
  const active = (consents.data ?? []).filter((c) => !c.revokedAt);
  const holds = (employer: string, purpose: string) => active.some((c) => c.employer.id === employer && c.purpose === purpose);
  // A structure that sees the diagnostic already can only be given the second accord.
  const sharedAlready = !!employerId && holds(employerId, 'share_diagnostic');
  const withSensitive = sensitive || sharedAlready;
  const give = useMutation({
    mutationFn: async () => {
      // Each accord its own write, each its own key (derived from the action's): sent again, each acts once.
      const key = write.key()['Idempotency-Key'];
      const wanted: Array<'share_diagnostic' | 'share_sensitive_diagnostic'> = withSensitive
        ? ['share_diagnostic', 'share_sensitive_diagnostic']
        : ['share_diagnostic'];
      const purposes = wanted.filter((p) => !holds(employerId, p));
      for (const purpose of purposes) {
        await unwrap(
          api.POST('/api/candidates/{candidateId}/consents', {
            params: { path: { candidateId }, header: { 'Idempotency-Key': `${key}.${purpose}` } },
            body: { purpose, employerId, method: 'by_candidate' },
          }),
        );
      }
    },
    onSuccess: () =>
      done(`Accord donné ${toName(employers.find((e) => e.id === employerId)?.name ?? 'la structure')}${withSensitive ? ', éléments sensibles compris' : ''}.`),
  });
  const withdraw = useMutation({
    mutationFn: (consentId: string) =>
      unwrap(api.DELETE('/api/candidates/{candidateId}/consents/{consentId}', { params: { path: { candidateId, consentId }, header: write.key() } })),
    onSuccess: () => done('Accord retiré.'),
  });
  // A structure that holds every accord already is not offered again.
  const choosable = employers.filter((e) => !holds(e.id, 'share_diagnostic') || !holds(e.id, 'share_sensitive_diagnostic'));
  const purposeLabel = (purpose: string) => (purpose === 'share_sensitive_diagnostic' ? 'Partager aussi les éléments sensibles' : 'Partager mon diagnostic');
  return (
    <>
      <p>
        Votre diagnostic d’accompagnement n’est montré à une structure qu’avec votre accord ; les éléments sensibles (santé, addictions, justice) demandent un
        second accord. Vous pouvez retirer un accord à tout moment.
      </p>
      {give.isError ? <ErrorAlert error={give.error} /> : null}
      {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
      {panel.doneAlert}
      <QueryState query={consents}>
        {() => {
          return active.length === 0 ? (
            <p className="iae-empty">Vous n’avez donné aucun consentement.</p>
          ) : (
            <Table
              caption="Consentements en cours"
              headers={['Structure', 'Accord', 'Donné le', 'Action']}
              data={active.map((c) => [
                c.employer.name,
                purposeLabel(c.purpose),
                formatDate(c.collectedAt),
                <Button
                  key="withdraw"
                  size="small"
                  priority="secondary"
                  onClick={() => !withdraw.isPending && withdraw.mutate(c.id)}
                  nativeButtonProps={{ 'aria-disabled': withdraw.isPending }}
                >
                  Retirer l’accord « {purposeLabel(c.purpose)} » donné {toName(c.employer.name)}
                </Button>,
              ])}
            />
          );
        }}
      </QueryState>
      {choosable.length > 0 ? (
        <form
          aria-label="Donner un consentement"
          onSubmit={(event) => {
            event.preventDefault();
            if (employerId && !give.isPending) give.mutate();
          }}
        >
          <Select
            label="Structure à qui montrer mon diagnostic"
            nativeSelectProps={{ value: employerId, onChange: (e) => setEmployerId(e.target.value), required: true }}
          >
            <option value="">Choisir une structure</option>
            {choosable.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
          <Checkbox
            options={[
              {
                label: 'Montrer aussi les éléments sensibles (santé, addictions, justice)',
                hintText: sharedAlready ? 'Cette structure voit déjà votre diagnostic : cet accord-ci porte sur les éléments sensibles.' : undefined,
                nativeInputProps: { checked: withSensitive, disabled: sharedAlready, onChange: (e) => setSensitive(e.target.checked) },
              },
            ]}
          />
          <Button type="submit" nativeButtonProps={{ 'aria-disabled': !employerId || give.isPending }}>
            {give.isPending ? 'Envoi en cours…' : 'Donner mon accord'}
          </Button>
        </form>
      ) : null}
    </>
  );
}

function AccessLog() {
  const log = useQuery({ queryKey: ['access-log'], queryFn: () => unwrap(api.GET('/api/me/candidate/access-log')) });
  return (
    <QueryState query={log} isEmpty={(list) => list.length === 0} empty="Personne n’a encore consulté votre NIR ni votre fiche.">
      {(list) => (
        <Table
          caption="Consultations de mon NIR et de ma fiche"
          headers={['Date', 'Organisation', 'Motif']}
          data={list.map((entry) => [
            entry.count > 1 ? `${formatDateTime(entry.at)} (${entry.count} fois ce jour-là)` : formatDateTime(entry.at),
            entry.organizationName ?? 'Équipe de la plateforme',
            entry.reason,
          ])}
        />
      )}
    </QueryState>
  );
}
