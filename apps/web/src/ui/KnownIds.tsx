import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An address whose identifier cannot name anything (« /offres/abc », a link cut short) is a page that does not exist:
 * the person reads « Page introuvable », not the API's refusal of a malformed parameter.
 */
export function KnownIds({ children }: { children: ReactNode }) {
  const params = useParams();
  const malformed = Object.entries(params).some(([name, value]) => name.endsWith('Id') && value !== undefined && !UUID.test(value));
  return malformed ? <NotFoundPage /> : <>{children}</>;
}
