import { AccessDecision, allow, deny } from '@iae/core';
import { StatsReader, StatsTerritory, canReadStructureFigures } from './stats-territory';

/** Aggregates are public; figures that name structures are for the State services of the territory and the staff. */
export function statsAccess(reader: StatsReader | undefined, action: 'read-structure-figures', territory: StatsTerritory): AccessDecision {
  if (action === 'read-structure-figures' && !canReadStructureFigures(reader, territory)) {
    return deny(
      'Ces chiffres nomment des structures : ils sont réservés à la DDETS du département, à la DREETS de la région, à la DGEFP et à l’équipe de la plateforme.',
    );
  }
  return allow();
}
