import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { plural } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

export function StructurePage() {
  const { employerId = '' } = useParams();
  const query = useQuery({
    queryKey: ['employer', employerId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers/{employerId}', { params: { path: { employerId } }, signal })),
  });
  const name = query.data ? query.data.brand || query.data.name : 'Structure';
  return (
    <Page title={name}>
      <Breadcrumb currentPageLabel={name} segments={[{ label: 'Recherche', linkProps: { to: '/' } }]} className={fr.cx('fr-mt-0')} />
      <QueryState query={query}>
        {(employer) => (
          <>
            <p>
              <Badge severity="info" noIcon>
                {employer.kindLabel}
              </Badge>{' '}
              {employer.spontaneousCandidaturesOpen ? (
                <Badge severity="success" noIcon>
                  Candidatures spontanées ouvertes
                </Badge>
              ) : null}
            </p>
            <address className={fr.cx('fr-mb-2w')}>
              {employer.address.line}
              {employer.address.complement ? `, ${employer.address.complement}` : ''}, {employer.address.postalCode} {employer.address.communeName}
            </address>
            {employer.description ? <p>{employer.description}</p> : null}
            {employer.providedSupport ? (
              <>
                <h2 className={fr.cx('fr-h4')}>L’accompagnement proposé</h2>
                <p>{employer.providedSupport}</p>
              </>
            ) : null}
            <h2 className={fr.cx('fr-h4')}>
              {employer.openJobDescriptions.length ? plural(employer.openJobDescriptions.length, 'offre ouverte', 'offres ouvertes') : 'Offres'}
            </h2>
            {employer.openJobDescriptions.length === 0 ? (
              <p className="iae-empty">Cette structure n’a pas d’offre ouverte en ce moment.</p>
            ) : (
              <ul>
                {employer.openJobDescriptions.map((job) => (
                  <li key={job.id}>
                    <Link to={`/offres/${job.id}`}>{job.title}</Link> — {job.contractTypeLabel}, {job.location.communeName}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
