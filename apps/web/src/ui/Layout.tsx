import { fr } from '@codegouvfr/react-dsfr';
import { Display, headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession, type Me, type Membership } from '../api/session';
import { operator } from './operator';
import { Loading } from './QueryState';

function brandTop() {
  if (operator.brand !== 'state') return <>{operator.serviceName}</>;
  return (
    <>
      {operator.operatorName.split('\\n').map((line, i, all) => (
        <span key={i}>
          {line}
          {i < all.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  );
}

/** The menu of what this person does here: the public search for all, then their own tasks. */
function navigation(me: Me | null, membership: Membership | null, path: string): MainNavigationProps.Item[] {
  const item = (text: string, to: string, exact = false): MainNavigationProps.Item => ({
    text,
    linkProps: { to },
    isActive: exact ? path === to : path === to || path.startsWith(`${to}/`),
  });
  const items = [item('Rechercher un emploi inclusif', '/', true)];
  if (me?.kind === 'candidate') items.push(item('Mon espace candidat', '/candidat'));
  if (membership?.organization.family === 'prescriber') {
    items.push(item('Personnes accompagnées', '/prescripteur/candidats'));
    items.push(item('Candidatures envoyées', '/prescripteur/candidatures'));
    if (membership.organization.habilitated) items.push(item('Demandes de prolongation', '/prescripteur/prolongations'));
    else items.push(item('Habilitation', '/prescripteur/habilitation'));
  }
  if (membership?.organization.family === 'employer') {
    items.push(item('Candidatures reçues', '/siae/candidatures'));
    items.push(item('Auto-prescription', '/siae/auto-prescription'));
    items.push(item('Ma structure', '/siae/structure'));
    items.push(item('Contrôle a posteriori', '/siae/controles'));
  }
  if (membership?.organization.family === 'institution') {
    items.push(item('Habilitations', '/ddets/habilitations'));
    items.push(item('Pilotage', '/ddets/pilotage'));
    items.push(item('Contrôle a posteriori', '/ddets/controles'));
  }
  if (me?.isStaff) items.push(item('Équipe', '/equipe'));
  if (membership?.role === 'admin') items.push(item('Mon organisation', '/organisation/membres'));
  return items;
}

export function Layout() {
  const { me, membership, status, logout } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = status === 'authenticated';

  return (
    <>
      <SkipLinks
        links={[
          { anchor: '#contenu', label: 'Contenu' },
          { anchor: '#en-tete-main-navigation', label: 'Menu' },
          { anchor: '#pied-de-page', label: 'Pied de page' },
        ]}
      />
      <Header
        brandTop={brandTop()}
        homeLinkProps={{ to: '/', title: `Accueil — ${operator.serviceName}` }}
        serviceTitle={operator.brand === 'state' ? operator.serviceName : undefined}
        serviceTagline={operator.serviceTagline}
        quickAccessItems={
          signedIn
            ? [
                { iconId: 'fr-icon-account-circle-line', linkProps: { to: '/compte' }, text: me ? `${me.firstName} ${me.lastName}` : 'Mon compte' },
                {
                  iconId: 'fr-icon-logout-box-r-line',
                  buttonProps: {
                    onClick: () => {
                      void logout().then(() => navigate('/connexion', { state: { loggedOut: true } }));
                    },
                  },
                  text: 'Se déconnecter',
                },
                headerFooterDisplayItem,
              ]
            : [
                { iconId: 'fr-icon-lock-line', linkProps: { to: '/connexion' }, text: 'Se connecter' },
                { iconId: 'fr-icon-account-circle-line', linkProps: { to: '/inscription' }, text: 'Créer un compte' },
                headerFooterDisplayItem,
              ]
        }
        navigation={navigation(me, membership, location.pathname)}
        id="en-tete"
      />
      <main id="contenu" className="iae-main" tabIndex={-1} role="main">
        {signedIn && me && me.memberships.length > 1 ? <OrganizationSwitcher /> : null}
        <Suspense
          fallback={
            <div className={fr.cx('fr-container', 'fr-py-4w')}>
              <Loading />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop()}
        homeLinkProps={{ to: '/', title: `Accueil — ${operator.serviceName}` }}
        accessibility="partially compliant"
        accessibilityLinkProps={{ to: '/accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        contentDescription={`${operator.serviceName} : ${operator.serviceTagline}. Une place de marché ouverte qui relie les personnes éloignées de l’emploi, les prescripteurs et les structures de l’insertion par l’activité économique.`}
        bottomItems={[{ text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } }, headerFooterDisplayItem]}
        license={<>Code source sous licence AGPL-3.0-or-later.</>}
      />
      <Display />
    </>
  );
}

/** For a professional of several organisations: which one they act for (sent as X-Organization-Id). */
function OrganizationSwitcher() {
  const { me, membership, chooseOrganization } = useSession();
  if (!me) return null;
  return (
    <div className="iae-org-switcher">
      <div className={fr.cx('fr-container', 'fr-py-1w')}>
        <div className={fr.cx('fr-select-group', 'fr-mb-0')}>
          <label className={fr.cx('fr-label')} htmlFor="organisation-active">
            Vous agissez pour
          </label>
          <select
            id="organisation-active"
            className={fr.cx('fr-select')}
            value={membership?.organization.id ?? ''}
            onChange={(event) => chooseOrganization(event.target.value)}
          >
            {me.memberships.map((m) => (
              <option key={m.organization.id} value={m.organization.id}>
                {m.organization.name} ({m.organization.kindLabel})
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
