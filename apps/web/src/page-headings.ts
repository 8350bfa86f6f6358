/**
 * The headings of the public pages whose words never change. The API writes them into index.html's static shell, so
 * the page's title is painted with the stylesheet, before the application's script has arrived; the pages render the
 * same words (`<Page heading="…">`), in the same place.
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
} as const satisfies Record<string, PageHeading>;

export type HeadedPath = keyof typeof PAGE_HEADINGS;
