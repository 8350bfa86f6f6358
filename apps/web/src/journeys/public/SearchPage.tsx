import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Combobox, type Option } from '../../ui/Combobox';
import { formatDistance, formatNumber, ofName, plural } from '../../ui/format';
import { Page, headingOf } from '../../ui/Page';
import { ErrorAlert, Loading } from '../../ui/QueryState';
import { useLoadMore } from '../../ui/useLoadMore';
import { searchCommunes, searchMetiers, type JobOfferPage, type StructurePage } from './search-api';

const RADII = [2, 5, 10, 15, 25, 50, 100] as const;
type Radius = (typeof RADII)[number];
type Tab = 'offres' | 'structures';

/** Everything the search shows is in the address: a search can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const radius = Number(params.get('rayon'));
  const filters = {
    commune: params.get('commune'),
    communeLabel: params.get('communeLabel') ?? '',
    metier: params.get('metier'),
    metierLabel: params.get('metierLabel') ?? '',
    radius: (RADII as readonly number[]).includes(radius) ? (radius as Radius) : 25,
    kinds: params.getAll('type'),
    contracts: params.getAll('contrat'),
    tab: (params.get('onglet') === 'structures' ? 'structures' : 'offres') as Tab,
  };
  const update = (change: Record<string, string | string[] | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          next.delete(key);
          if (Array.isArray(value)) value.forEach((v) => next.append(key, v));
          else if (value !== null && value !== '') next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };
  return { filters, update };
}

export function SearchPage() {
  const { filters, update } = useFilters();
  const romeCode = filters.metier?.split(':')[0];
  const query = {
    commune: filters.commune ?? '',
    radius: filters.radius,
    kind: filters.kinds as never,
    contractType: filters.tab === 'offres' ? (filters.contracts as never) : undefined,
    rome: romeCode ? [romeCode] : undefined,
    limit: 20,
  };
  const results = useInfiniteQuery({
    queryKey: ['search', filters.tab, query],
    enabled: !!filters.commune,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: JobOfferPage | StructurePage) => last.nextCursor ?? undefined,
    queryFn: ({ pageParam, signal }) =>
      filters.tab === 'offres'
        ? unwrap(api.GET('/api/search/job-offers', { params: { query: { ...query, cursor: pageParam } }, signal }))
        : unwrap(api.GET('/api/search/structures', { params: { query: { ...query, cursor: pageParam } }, signal })),
    placeholderData: (previous) => previous,
  });
  const first = results.data?.pages[0];
  const communeOption: Option | null = filters.commune ? { value: filters.commune, label: filters.communeLabel } : null;
  const metierOption: Option | null = filters.metier ? { value: filters.metier, label: filters.metierLabel } : null;
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  return (
    <Page {...headingOf('/')}>
      <form role="search" aria-label="Recherche d’offres et de structures" onSubmit={(event) => event.preventDefault()}>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
            <Combobox
              label="Commune"
              hint="Nom ou code postal"
              name="commune"
              queryKey="communes"
              selected={communeOption}
              search={searchCommunes}
              onSelect={(option) => update({ commune: option?.value ?? null, communeLabel: option?.label ?? null })}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-2')}>
            <Select
              label="Rayon"
              nativeSelectProps={{ name: 'rayon', value: String(filters.radius), onChange: (event) => update({ rayon: event.target.value }) }}
            >
              {RADII.map((r) => (
                <option key={r} value={r}>
                  {r} km
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
            <Combobox
              label="Métier (facultatif)"
              hint="Par exemple : maraîcher, agent d’entretien"
              name="metier"
              queryKey="metiers"
              selected={metierOption}
              search={searchMetiers}
              onSelect={(option) => update({ metier: option?.value ?? null, metierLabel: option?.label ?? null })}
            />
          </div>
        </div>
      </form>

      <Tabs
        className={fr.cx('fr-mt-2w')}
        label="Type de résultats"
        selectedTabId={filters.tab}
        tabs={[
          { tabId: 'offres', label: 'Offres d’emploi' },
          { tabId: 'structures', label: 'Structures' },
        ]}
        onTabChange={(tab) => update({ onglet: tab === 'offres' ? null : tab })}
      >
        <div id="resultats">
          {!filters.commune ? (
            <p className="iae-empty">Choisissez une commune pour voir les offres et les structures autour d’elle.</p>
          ) : (
            <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
              <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
                {first ? (
                  <>
                    <Checkbox
                      legend="Type de structure"
                      small
                      options={first.facets.kinds.map((facet) => ({
                        label: `${facet.label} (${formatNumber(facet.count)})`,
                        nativeInputProps: {
                          name: 'type',
                          value: facet.value,
                          checked: filters.kinds.includes(facet.value),
                          onChange: (event) => update({ type: toggle(filters.kinds, facet.value, event.target.checked) }),
                        },
                      }))}
                    />
                    {filters.tab === 'offres' ? (
                      <Checkbox
                        legend="Type de contrat"
                        small
                        options={first.facets.contractTypes.map((facet) => ({
                          label: `${facet.label} (${formatNumber(facet.count)})`,
                          nativeInputProps: {
                            name: 'contrat',
                            value: facet.value,
                            checked: filters.contracts.includes(facet.value),
                            onChange: (event) => update({ contrat: toggle(filters.contracts, facet.value, event.target.checked) }),
                          },
                        }))}
                      />
                    ) : null}
                  </>
                ) : null}
              </div>
              <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
                <Results results={results} tab={filters.tab} />
              </div>
            </div>
          )}
        </div>
      </Tabs>
    </Page>
  );
}

function Results({ results, tab }: { results: ReturnType<typeof useInfiniteQuery<JobOfferPage | StructurePage>>; tab: Tab }) {
  const count = (results.data?.pages ?? []).reduce((sum, page) => sum + page.items.length, 0);
  const more = useLoadMore(results, count, { items: '.iae-result-list > li', label: 'Voir plus de résultats' });
  if (results.isPending) return <Loading label="Recherche en cours…" />;
  if (results.isError && !results.data) return <ErrorAlert error={results.error} />;
  const pages = results.data?.pages ?? [];
  const first = pages[0];
  if (!first) return null;
  const what = tab === 'offres' ? plural(first.total, 'offre', 'offres') : plural(first.total, 'structure', 'structures');
  return (
    <>
      <p role="status" aria-live="polite" className={fr.cx('fr-text--lead')}>
        {first.total === 0 ? 'Aucun résultat' : what} à {first.origin.radiusKm} km {ofName(first.origin.communeName)}
        {results.isFetching && !results.isFetchingNextPage ? ' (mise à jour…)' : ''}
      </p>
      {first.total === 0 ? <p className="iae-empty">Élargissez le rayon ou retirez un filtre.</p> : null}
      <div ref={more.container}>
        <ul className="iae-result-list">
          {tab === 'offres'
            ? pages
                .flatMap((page) => (page as JobOfferPage).items)
                .map((offer) => (
                  <li key={offer.id}>
                    <div className={fr.cx('fr-card', 'fr-card--horizontal', 'fr-enlarge-link')}>
                      <div className={fr.cx('fr-card__body')}>
                        <div className={fr.cx('fr-card__content')}>
                          <h2 className={fr.cx('fr-card__title', 'fr-h5')}>
                            <Link to={`/offres/${offer.id}`}>{offer.title}</Link>
                          </h2>
                          <p className={fr.cx('fr-card__desc')}>
                            {offer.employer.name} · {offer.location.communeName} ({offer.location.departementCode}) ·{' '}
                            {formatDistance(offer.location.distanceKm)}
                          </p>
                          <div className={fr.cx('fr-card__start')}>
                            <ul className={fr.cx('fr-tags-group')}>
                              <li>
                                <Tag small>{offer.employer.kind}</Tag>
                              </li>
                              <li>
                                <Tag small>{offer.contractTypeLabel}</Tag>
                              </li>
                              {offer.hoursPerWeek ? (
                                <li>
                                  <Tag small>{offer.hoursPerWeek} h / semaine</Tag>
                                </li>
                              ) : null}
                            </ul>
                          </div>
                        </div>
                      </div>
                    </div>
                  </li>
                ))
            : pages
                .flatMap((page) => (page as StructurePage).items)
                .map((structure) => (
                  <li key={structure.id}>
                    <div className={fr.cx('fr-card', 'fr-enlarge-link')}>
                      <div className={fr.cx('fr-card__body')}>
                        <div className={fr.cx('fr-card__content')}>
                          <h2 className={fr.cx('fr-card__title', 'fr-h5')}>
                            <Link to={`/structures/${structure.id}`}>{structure.brand || structure.name}</Link>
                          </h2>
                          <p className={fr.cx('fr-card__desc')}>
                            {structure.kindLabel} · {structure.location.communeName} ({structure.location.departementCode}) ·{' '}
                            {formatDistance(structure.location.distanceKm)}
                          </p>
                          <div className={fr.cx('fr-card__start')}>
                            <ul className={fr.cx('fr-badges-group')}>
                              <li>
                                <Badge small severity="info" noIcon>
                                  {plural(structure.openOffers, 'offre ouverte', 'offres ouvertes')}
                                </Badge>
                              </li>
                              {structure.openToSpontaneousCandidatures ? (
                                <li>
                                  <Badge small severity="success" noIcon>
                                    Candidatures spontanées
                                  </Badge>
                                </li>
                              ) : null}
                            </ul>
                          </div>
                        </div>
                      </div>
                    </div>
                  </li>
                ))}
        </ul>
      </div>
      {results.isError ? <ErrorAlert error={results.error} /> : null}
      {more.button}
    </>
  );
}
