import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

/**
 * A DSFR table, its caption kept for screen readers only. It scrolls sideways when narrower than its columns: its box
 * then takes the focus, so that the keyboard scrolls it too.
 */
export function DataTable({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className={fr.cx('fr-table', 'fr-table--no-caption')}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
