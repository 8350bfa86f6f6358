import { Link } from 'react-router';
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
