/**
 * The headings of the pages whose words never change: the public pages, and the first page of each kind of user. The
 * API writes them into index.html's static shell, so the page's title is painted with the stylesheet, before the
 * application's script has arrived; the pages render the same words (`<Page {...headingOf(path)}>`), in the same place,
 * and so does a page behind a login while the session opens (a visitor without one then goes to the login page).
 */
export interface PageHeading {
  title: string;
  intro?: string;
  /** The page spans the container's whole width (else at most 72rem, as `<Page>`). */
  wide?: boolean;
}

export const PAGE_HEADINGS = {
  '/': {
    title: 'Rechercher un emploi inclusif',
    intro: 'Les offres et les structures de l’insertion par l’activité économique près de chez vous.',
    wide: true,
  },
  '/connexion': { title: 'Se connecter' },
  '/inscription': { title: 'Créer un compte' },
  '/mot-de-passe-oublie': { title: 'Mot de passe oublié' },
  '/mentions-legales': { title: 'Mentions légales' },
  '/accessibilite': { title: 'Accessibilité' },
  '/donnees-personnelles': { title: 'Données personnelles' },
  '/candidat': { title: 'Mon espace candidat' },
  '/prescripteur/candidatures': { title: 'Candidatures envoyées', wide: true },
  '/siae/candidatures': { title: 'Candidatures reçues', wide: true },
  '/ddets/habilitations': {
    title: 'Habilitations préfectorales',
    intro:
      'Les demandes d’habilitation des organisations de votre département, les plus anciennes d’abord, et les habilitations qui finissent dans les 6 mois. Le délai d’instruction court depuis la transmission de la demande.',
    wide: true,
  },
  '/equipe': { title: 'Équipe de la plateforme' },
} as const satisfies Record<string, PageHeading>;

export type HeadedPath = keyof typeof PAGE_HEADINGS;
