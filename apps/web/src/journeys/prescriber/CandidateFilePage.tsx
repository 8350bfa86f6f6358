import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../api/session';
import { formatDate, formatDistance } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useTarget } from './CandidatesPage';

export function useCandidate(candidateId: string) {
  return useQuery({
    queryKey: ['candidate', candidateId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidates/{candidateId}', { params: { path: { candidateId }, header: asOrganization() }, signal })),
  });
}

export function CandidateFilePage() {
  const { candidateId = '' } = useParams();
  const target = useTarget();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const candidate = useCandidate(candidateId);
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : 'Fiche de la personne';
  return (
    <Page title={name}>
      {created ? <Alert severity="success" small description="La personne est inscrite." className={fr.cx('fr-mb-3w')} /> : null}
      <QueryState query={candidate}>
        {(c) => (
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
              <h2 className={fr.cx('fr-h4')}>Identité</h2>
              <dl>
                <dt className={fr.cx('fr-text--bold')}>Date de naissance</dt>
                <dd>{formatDate(c.birthDate)}</dd>
                <dt className={fr.cx('fr-text--bold')}>NIR</dt>
                <dd>{c.nir ?? `Aucun (${c.nirMissingReason === 'no_nir' ? 'la personne n’en a pas' : 'attribué à une autre personne'})`}</dd>
                <dt className={fr.cx('fr-text--bold')}>Identifiant France Travail</dt>
                <dd>{c.franceTravailId ?? 'Aucun'}</dd>
                <dt className={fr.cx('fr-text--bold')}>Contact</dt>
                <dd>{[c.email, c.phone].filter(Boolean).join(' · ') || 'Aucun'}</dd>
                <dt className={fr.cx('fr-text--bold')}>Adresse</dt>
                <dd>{c.address ? `${c.address.line}, ${c.address.postalCode} ${c.address.communeName}` : 'Non renseignée'}</dd>
                <dt className={fr.cx('fr-text--bold')}>Espace candidat</dt>
                <dd>{c.hasAccount ? 'Créé' : c.email ? 'Invitation envoyée par e-mail' : 'Pas d’adresse e-mail'}</dd>
              </dl>
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
              <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
                <li>
                  <Link className={fr.cx('fr-btn')} to={`/prescripteur/candidats/${c.id}/candidature${target}`}>
                    Envoyer une candidature
                  </Link>
                </li>
                <li>
                  <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to={`/prescripteur/candidats/${c.id}/diagnostic${target}`}>
                    Diagnostic d’accompagnement
                  </Link>
                </li>
              </ul>
              <Eligibility candidate={c} />
            </div>
          </div>
        )}
      </QueryState>
    </Page>
  );
}

function Eligibility({ candidate }: { candidate: Schemas['CandidateDto'] }) {
  const { membership } = useSession();
  // The offer the person is proposed for, if any, follows to the validation and back to the file.
  const target = useTarget();
  const habilitated = !!membership?.organization.habilitated;
  const diagnoses = useQuery({
    queryKey: ['eligibility-diagnoses', candidate.id],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/candidates/{candidateId}/eligibility-diagnoses', { params: { path: { candidateId: candidate.id }, header: asOrganization() }, signal }),
      ),
  });
  return (
    <section aria-labelledby="eligibilite">
      <h2 id="eligibilite" className={fr.cx('fr-h4')}>
        Éligibilité à l’IAE
      </h2>
      <QueryState query={diagnoses}>
        {(list) => {
          const valid = list.find((d) => d.valid && d.authorKind === 'prescriber');
          return (
            <>
              {valid ? (
                <p>
                  <Badge as="span" severity="success">
                    Éligibilité validée
                  </Badge>{' '}
                  par {valid.author.organizationName} le {formatDate(valid.createdOn)}, valable jusqu’au {formatDate(valid.validUntil)} pour toutes les SIAE.
                </p>
              ) : (
                <p>
                  <Badge as="span" severity="warning">
                    Éligibilité non validée
                  </Badge>
                </p>
              )}
              {habilitated ? (
                <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to={`/prescripteur/candidats/${candidate.id}/eligibilite${target}`}>
                  {valid ? 'Valider de nouveau l’éligibilité' : 'Valider l’éligibilité'}
                </Link>
              ) : (
                <OrienteurNotice communeCode={candidate.address?.communeCode ?? null} />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

/** An orienteur does not validate eligibility: the page says so, and who nearby can. */
export function OrienteurNotice({ communeCode }: { communeCode: string | null }) {
  const { membership } = useSession();
  const nearby = useQuery({
    queryKey: ['prescribers-near', communeCode ?? membership?.organization.departmentCode],
    enabled: !!communeCode,
    queryFn: ({ signal }) => unwrap(api.GET('/api/search/prescribers', { params: { query: { commune: communeCode!, radius: 10, limit: 5 } }, signal })),
  });
  return (
    <CallOut title="Pourquoi vous ne pouvez pas valider l’éligibilité" iconId="fr-icon-information-line">
      {membership?.organization.name} n’est pas un prescripteur habilité : un orienteur peut accompagner la personne, compléter son diagnostic et envoyer des
      candidatures, mais l’éligibilité à l’IAE est validée par un prescripteur habilité (France Travail, mission locale, Cap emploi, conseil départemental…) ou
      par la SIAE qui recrute. Votre organisation peut demander une <Link to="/prescripteur/habilitation">habilitation préfectorale</Link>.
      {nearby.data && nearby.data.items.length > 0 ? (
        <>
          <span className={fr.cx('fr-mt-2w')} style={{ display: 'block' }}>
            Prescripteurs habilités près de chez la personne :
          </span>
          <span style={{ display: 'block' }}>
            {nearby.data.items.map((p) => `${p.name} (${p.kindLabel}, ${formatDistance(p.location.distanceKm)})`).join(' ; ')}
          </span>
        </>
      ) : null}
    </CallOut>
  );
}
