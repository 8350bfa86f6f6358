import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeError, isTransient } from '../api/problems';

/** Loading, error and empty states of anything read from the API, the same everywhere. */
export function QueryState<T>({
  query,
  empty,
  isEmpty,
  loadingLabel = 'Chargement…',
  children,
}: {
  query: UseQueryResult<T>;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    // A 503 or a lost connection is retried: the person is told, rather than left with a spinner.
    if (query.failureCount > 0 && isTransient(query.failureReason)) {
      return (
        <Alert
          severity="warning"
          small
          role="status"
          description="Le service est momentanément indisponible ; nouvelle tentative en cours…"
          className="fr-mb-3w"
        />
      );
    }
    return <Loading label={loadingLabel} />;
  }
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (isEmpty?.(query.data)) return <p className="iae-empty">{empty ?? 'Aucun élément.'}</p>;
  return <>{children(query.data)}</>;
}

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="iae-loading">
      {label}
    </p>
  );
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const described = describeError(error);
  return <Alert severity="error" title={title ?? described.title} description={described.detail} small={false} className="fr-mb-3w" role="alert" />;
}
