import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, asOrganization, fetchWithSession, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { useSession } from '../../api/session';
import { formatDate, formatNumber } from '../../ui/format';
import { Page, headingOf } from '../../ui/Page';
import { ErrorAlert, Loading } from '../../ui/QueryState';
import { useDebounced } from '../../ui/useDebounced';
import { useLoadMore } from '../../ui/useLoadMore';
import { StateBadge } from '../prescriber/SentCandidaturesPage';
import { RECEIVED_STATES, SENDER_KINDS, senderKindLabel } from './labels';

type State = Schemas['CandidatureDto']['state'];
type SenderKind = keyof typeof SENDER_KINDS;

/** The inbox's filters, read from and written to the address (a link to a filtered inbox can be shared). */
function useInboxFilters() {
  const [params, setParams] = useSearchParams();
  const filters = {
    state: (params.get('etat') ?? '') as State | '',
    senderKind: (params.get('emetteur') ?? '') as SenderKind | '',
    createdFrom: params.get('du') ?? '',
    createdTo: params.get('au') ?? '',
    jobDescriptionId: params.get('fiche') ?? '',
    q: params.get('nom') ?? '',
  };
  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      // Typed ones (a name, a date's digits) replace the entry: « Retour » does not step back through each keystroke.
      { replace: TYPED.includes(key) },
    );
  const query = {
    senderKind: filters.senderKind || undefined,
    createdFrom: filters.createdFrom || undefined,
    createdTo: filters.createdTo || undefined,
    jobDescriptionId: filters.jobDescriptionId || undefined,
    q: filters.q || undefined,
  };
  return { filters, set, query, search: params.toString() };
}

const TYPED = ['nom', 'du', 'au'];

/** A SIAE's received candidatures: counts per state, filters in the address, pages by the API's cursor, the CSV of a month. */
export function InboxPage() {
  const { membership } = useSession();
  const { filters, set, query, search } = useInboxFilters();
  const counts = useQuery({
    queryKey: ['inbox-counts', membership?.organization.id, query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidatures/received/counts', { params: { query, header: asOrganization() }, signal })),
  });
  const list = useInfiniteQuery({
    queryKey: ['inbox', membership?.organization.id, filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Schemas['CandidaturePageDto']) => last.nextCursor ?? undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/candidatures/received', {
          params: { query: { ...query, state: filters.state ? [filters.state] : undefined, cursor: pageParam, limit: 20 }, header: asOrganization() },
          signal,
        }),
      ),
  });
  const total = counts.data?.reduce((sum, c) => sum + c.count, 0);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const more = useLoadMore(list, items.length, { items: 'tbody tr', label: 'Voir plus de candidatures' });
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Page {...headingOf('/siae/candidatures')}>
      <nav aria-label="Candidatures par état" className={fr.cx('fr-mb-3w')}>
        {counts.isError ? <ErrorAlert error={counts.error} /> : null}
        <ul className={fr.cx('fr-tags-group')}>
          <li>
            <StateTag label="Toutes" count={total} selected={!filters.state} onSelect={() => set('etat', '')} />
          </li>
          {(counts.data ?? RECEIVED_STATES.map(([state, label]) => ({ state, label, count: undefined }))).map((c) => (
            <li key={c.state}>
              <StateTag label={c.label} count={c.count} selected={filters.state === c.state} onSelect={() => set('etat', c.state)} />
            </li>
          ))}
        </ul>
      </nav>
      <Filters filters={filters} set={set} />
      <Export />
      <h2 className={fr.cx('fr-h4', 'fr-mt-3w')} aria-live="polite">
        {list.isPending
          ? 'Candidatures'
          : `${formatNumber(items.length)}${list.hasNextPage ? '+' : ''} candidature${items.length > 1 ? 's' : ''} affichée${items.length > 1 ? 's' : ''}`}
      </h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <p className="iae-empty">Aucune candidature{filtered ? ' avec ces critères' : ''}.</p>
      ) : (
        <>
          <div ref={more.container}>
            <Table
              caption="Candidatures reçues, les plus récentes d’abord"
              headers={['Personne', 'Envoyée par', 'Fiches de poste', 'Reçue le', 'État']}
              data={items.map((c) => [
                <Link key="who" to={`/siae/candidatures/${c.id}${search ? `?retour=${encodeURIComponent(search)}` : ''}`}>
                  {c.candidate.firstName} {c.candidate.lastName}
                </Link>,
                senderOf(c),
                c.jobDescriptions.length ? c.jobDescriptions.map((j) => j.title).join(', ') : 'Candidature spontanée',
                formatDate(c.createdAt),
                <StateBadge key="state" candidature={c} />,
              ])}
            />
          </div>
          {more.button}
        </>
      )}
    </Page>
  );
}

function StateTag({ label, count, selected, onSelect }: { label: string; count: number | undefined; selected: boolean; onSelect: () => void }) {
  return (
    <button type="button" className={fr.cx('fr-tag')} aria-pressed={selected} onClick={onSelect}>
      {label} ({count === undefined ? '…' : formatNumber(count)})
    </button>
  );
}

function Filters({ filters, set }: { filters: ReturnType<typeof useInboxFilters>['filters']; set: (key: string, value: string) => void }) {
  const { membership } = useSession();
  const employerId = membership?.organization.id ?? '';
  const jobs = useQuery({
    queryKey: ['job-descriptions', employerId],
    enabled: !!employerId,
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers/{employerId}/job-descriptions', { params: { path: { employerId } }, signal })),
  });
  const [name, setName] = useState(filters.q);
  const settled = useDebounced(name.trim(), 300);
  useEffect(() => {
    if (settled !== filters.q) set('nom', settled);
    // Only the typed name drives this; the address follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  return (
    <form role="search" aria-label="Filtrer les candidatures" onSubmit={(event) => event.preventDefault()}>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input label="Nom ou prénom" nativeInputProps={{ type: 'search', value: name, onChange: (e) => setName(e.target.value), autoComplete: 'off' }} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select label="Envoyée par" nativeSelectProps={{ value: filters.senderKind, onChange: (e) => set('emetteur', e.target.value) }}>
            <option value="">Tous</option>
            {Object.entries(SENDER_KINDS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select label="Fiche de poste" nativeSelectProps={{ value: filters.jobDescriptionId, onChange: (e) => set('fiche', e.target.value) }}>
            <option value="">Toutes</option>
            {(jobs.data ?? []).map((j) => (
              <option key={j.id} value={j.id}>
                {j.title}
                {j.isActive ? '' : ' (fermée)'}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input label="Reçues depuis le" nativeInputProps={{ type: 'date', value: filters.createdFrom, onChange: (e) => set('du', e.target.value) }} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Input label="Reçues jusqu’au" nativeInputProps={{ type: 'date', value: filters.createdTo, onChange: (e) => set('au', e.target.value) }} />
        </div>
      </div>
    </form>
  );
}

/** The CSV of a month: fetched with the session (a bare link would carry no token), then saved as a file. */
function Export() {
  const [month, setMonth] = useState(() => new Date().toISOString().slice(0, 7));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const response = await fetchWithSession(`/api/candidatures/export?month=${encodeURIComponent(month)}`);
      if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => null));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `candidatures-${month}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <Input
          label="Mois à exporter"
          hintText="Format : AAAA-MM"
          nativeInputProps={{ type: 'month', value: month, onChange: (e) => setMonth(e.target.value) }}
        />
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-mb-3w')}>
        <Button priority="tertiary" iconId="fr-icon-download-line" onClick={() => void download()} disabled={busy || !month}>
          {busy ? 'Export en cours…' : 'Télécharger les candidatures du mois (CSV)'}
        </Button>
      </div>
      {failure ? (
        <div className={fr.cx('fr-col-12')}>
          <ErrorAlert error={failure} />
        </div>
      ) : null}
    </div>
  );
}

/** « Mission locale de Lyon — Camille Martin (Prescripteur habilité) », or the kind alone (« Candidat »). */
function senderOf(c: Schemas['CandidatureDto']): string {
  const who = [c.sender.organization?.name, c.sender.userName].filter(Boolean).join(' — ');
  return who ? `${who} (${senderKindLabel(c.sender)})` : senderKindLabel(c.sender);
}
