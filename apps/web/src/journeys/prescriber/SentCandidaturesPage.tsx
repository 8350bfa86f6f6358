import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../ui/format';
import { Page, headingOf } from '../../ui/Page';
import { ErrorAlert, Loading } from '../../ui/QueryState';
import { useLoadMore } from '../../ui/useLoadMore';
import { STATE_SEVERITY } from './labels';

type Candidature = Schemas['CandidatureDto'];
const STATES: Record<Candidature['state'], string> = {
  new: 'Nouvelle',
  processing: 'À l’étude',
  postponed: 'En attente',
  prior_to_hire: 'Action préalable à l’embauche',
  accepted: 'Embauche acceptée',
  refused: 'Déclinée',
  cancelled: 'Embauche annulée',
  obsolete: 'Embauché ailleurs',
  pool: 'Dans le vivier',
};

export function StateBadge({ candidature }: { candidature: Pick<Candidature, 'state' | 'stateLabel'> }) {
  const severity = STATE_SEVERITY[candidature.state];
  return (
    <Badge as="span" small noIcon severity={severity === 'new' ? 'new' : severity}>
      {candidature.stateLabel}
    </Badge>
  );
}

/** What I or my organisation sent, with each state and the employer's answer; filters in the address. */
export function SentCandidaturesPage() {
  const [params, setParams] = useSearchParams();
  const scope = params.get('perimetre') === 'organisation' ? 'organization' : 'mine';
  const state = params.get('etat') ?? '';
  const list = useInfiniteQuery({
    queryKey: ['sent', scope, state],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Schemas['CandidaturePageDto']) => last.nextCursor ?? undefined,
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/candidatures/sent', {
          params: { query: { scope, state: state ? [state] : undefined, cursor: pageParam, limit: 20 }, header: asOrganization() },
          signal,
        }),
      ),
  });
  const set = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const more = useLoadMore(list, items.length, { items: 'tbody tr', label: 'Voir plus de candidatures' });
  return (
    <Page {...headingOf('/prescripteur/candidatures')}>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select
            label="Envoyées par"
            nativeSelectProps={{ value: scope === 'organization' ? 'organisation' : '', onChange: (e) => set('perimetre', e.target.value) }}
          >
            <option value="">Moi</option>
            <option value="organisation">Mon organisation</option>
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select label="État" nativeSelectProps={{ value: state, onChange: (e) => set('etat', e.target.value) }}>
            <option value="">Tous</option>
            {Object.entries(STATES).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <p className="iae-empty">Aucune candidature{state ? ' dans cet état' : ''}.</p>
      ) : (
        <>
          <div ref={more.container}>
            <Table
              caption="Candidatures"
              headers={['Personne', 'Structure', 'Offres', 'Envoyée le', 'État', 'Réponse de la structure']}
              data={items.map((c) => [
                `${c.candidate.firstName} ${c.candidate.lastName}`,
                c.employer.name,
                c.jobDescriptions.length ? c.jobDescriptions.map((j) => j.title).join(', ') : 'Candidature spontanée',
                formatDate(c.createdAt),
                <StateBadge key="state" candidature={c} />,
                [c.answer, c.answerToPrescriber].filter(Boolean).join(' — ') || '—',
              ])}
            />
          </div>
          {more.button}
        </>
      )}
    </Page>
  );
}
