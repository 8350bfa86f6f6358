import { Link, useRouteError } from 'react-router';
import { Page } from './Page';

export function NotFoundPage() {
  return (
    <Page title="Page introuvable">
      <p>La page que vous cherchez n’existe pas ou a été déplacée.</p>
      <p>
        <Link to="/">Revenir à la recherche</Link>
      </p>
    </Page>
  );
}

/** What a person sees when a page fails unexpectedly: words, a way out, never a stack trace. */
export function RouteError() {
  // Kept in the browser's console for whoever investigates.
  console.error(useRouteError());
  return (
    <main id="contenu" className="fr-container fr-py-6w">
      <h1>Une erreur est survenue</h1>
      <p>La page n’a pas pu s’afficher. Rechargez-la ; si l’erreur persiste, revenez à l’accueil.</p>
      <p>
        <a href="/">Revenir à l’accueil</a>
      </p>
    </main>
  );
}
