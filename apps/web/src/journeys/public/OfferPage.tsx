import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../api/session';
import { formatDate } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { ApplyForm } from '../candidate/ApplyForm';

export function OfferPage() {
  const { jobDescriptionId = '' } = useParams();
  const { me, membership, status } = useSession();
  const query = useQuery({
    queryKey: ['job-description', jobDescriptionId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/job-descriptions/{jobDescriptionId}', { params: { path: { jobDescriptionId } }, signal })),
  });
  const title = query.data?.title ?? 'Offre';
  return (
    <Page title={title}>
      <Breadcrumb currentPageLabel={title} segments={[{ label: 'Recherche', linkProps: { to: '/' } }]} className={fr.cx('fr-mt-0')} />
      <QueryState query={query}>
        {(job) => (
          <>
            <dl className={fr.cx('fr-mb-3w')}>
              <dt className={fr.cx('fr-text--bold')}>Structure</dt>
              <dd>
                <Link to={`/structures/${job.employer.id}`}>{job.employer.brand || job.employer.name}</Link> ({job.employer.kindLabel})
              </dd>
              <dt className={fr.cx('fr-text--bold')}>Lieu</dt>
              <dd>
                {job.location.communeName} ({job.location.departementCode})
              </dd>
              <dt className={fr.cx('fr-text--bold')}>Contrat</dt>
              <dd>
                {job.contractTypeLabel}
                {job.hoursPerWeek ? `, ${job.hoursPerWeek} heures par semaine` : ''}
              </dd>
              <dt className={fr.cx('fr-text--bold')}>Postes ouverts</dt>
              <dd>{job.openPositions}</dd>
              <dt className={fr.cx('fr-text--bold')}>Métier</dt>
              <dd>
                {job.appellation.label} ({job.appellation.romeCode})
              </dd>
              <dt className={fr.cx('fr-text--bold')}>Mise à jour</dt>
              <dd>{formatDate(job.lastEmployerUpdateAt)}</dd>
            </dl>
            {job.description ? (
              <>
                <h2 className={fr.cx('fr-h4')}>Le poste</h2>
                <p>{job.description}</p>
              </>
            ) : null}
            {job.profileWanted ? (
              <>
                <h2 className={fr.cx('fr-h4')}>Le profil recherché</h2>
                <p>{job.profileWanted}</p>
              </>
            ) : null}
            {job.isResumeMandatory ? <p>Un CV est demandé pour candidater.</p> : null}
            {membership?.organization.family === 'prescriber' ? (
              <p>
                <Link className={fr.cx('fr-btn')} to={`/prescripteur/candidats?structure=${job.employer.id}&offre=${job.id}`}>
                  Proposer une personne pour cette offre
                </Link>
              </p>
            ) : me?.kind === 'candidate' ? (
              <ApplyForm job={job} />
            ) : status === 'anonymous' ? (
              <p className="iae-meta">
                Pour candidater vous-même, <Link to="/connexion">connectez-vous</Link> ou <Link to="/inscription">créez votre compte</Link>. Votre conseiller ou
                conseillère (France Travail, mission locale…) peut aussi vous orienter vers cette structure.
              </p>
            ) : (
              <p className="iae-meta">
                Pour candidater, adressez-vous à votre conseiller ou conseillère (France Travail, mission locale…), qui vous oriente vers cette structure.
              </p>
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
