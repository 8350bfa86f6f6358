import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { DataTable } from '../../ui/DataTable';
import { habilitationRuns } from './HabilitationRequestPage';
import { formatDate, plural } from '../../ui/format';
import { Page, headingOf } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

type Item = Schemas['BoardItemDto'];
const TYPES = ['request', 'expiry'] as const;

/** The DDETS's habilitation board: pending requests (oldest first, with their age) and habilitations ending soon. */
export function HabilitationBoardPage() {
  // The filter lives in the address, so that a link to « les fins d’habilitation » can be shared.
  const [params, setParams] = useSearchParams();
  const type = TYPES.find((t) => t === params.get('type'));
  const board = useQuery({
    queryKey: ['habilitation-board', type ?? 'all'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/habilitation-board', {
          params: { query: type ? { type, expiringWithinDays: 180 } : { expiringWithinDays: 180 }, header: asOrganization() },
          signal,
        }),
      ),
  });
  const granted = useQuery({
    queryKey: ['habilitation-requests', 'granted'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/habilitation-requests', { params: { query: { status: 'granted' as never }, header: asOrganization() }, signal })),
  });
  return (
    <Page {...headingOf('/ddets/habilitations')}>
      <Select
        label="Afficher"
        nativeSelectProps={{
          value: type ?? '',
          onChange: (e) => setParams(e.target.value ? { type: e.target.value } : {}, { replace: true }),
        }}
      >
        <option value="">Les demandes et les fins d’habilitation</option>
        <option value="request">Les demandes en attente</option>
        <option value="expiry">Les fins d’habilitation</option>
      </Select>
      <QueryState query={board}>
        {(data) => (
          <>
            <p role="status">
              {plural(data.counts.requests, 'demande en attente', 'demandes en attente')},{' '}
              {plural(data.counts.expiries, 'habilitation qui finit', 'habilitations qui finissent')} bientôt.
            </p>
            {data.items.length === 0 ? <p className="iae-empty">Rien à traiter.</p> : <BoardTable items={data.items} />}
          </>
        )}
      </QueryState>
      <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Habilitations accordées</h2>
      <QueryState query={granted} isEmpty={(list) => list.length === 0} empty="Aucune habilitation accordée.">
        {(list) => (
          <ul>
            {list.map((r) => (
              <li key={r.id}>
                <Link to={`/ddets/habilitations/${r.id}`}>{r.organization.name}</Link> — {r.organization.kindLabel},{' '}
                {habilitationRuns(r) ? `jusqu’au ${formatDate(r.decision?.validUntil)}` : 'ne court plus (retirée ou finie)'}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Page>
  );
}

function BoardTable({ items }: { items: Item[] }) {
  return (
    <DataTable caption="Demandes et fins d’habilitation" head={['Organisation', 'Objet', 'Date', 'Délai', 'Avis du CDIAE']}>
      {items.map((item) => (
        <tr key={`${item.type}-${item.id}`}>
          <td>
            {item.type === 'request' ? <Link to={`/ddets/habilitations/${item.id}`}>{item.organization.name}</Link> : item.organization.name}
            <br />
            <span className={fr.cx('fr-text--sm')}>{item.organization.kindLabel}</span>
          </td>
          <td>
            {item.type === 'request' ? (
              <>
                {item.request?.isRenewal ? 'Renouvellement' : 'Demande d’habilitation'}{' '}
                <Badge noIcon small severity={item.request?.status === 'information_requested' ? 'warning' : 'info'}>
                  {item.request?.status === 'information_requested' ? 'Informations demandées' : 'À instruire'}
                </Badge>
              </>
            ) : (
              <>
                Fin d’habilitation{' '}
                {item.expiry?.renewalRequested ? (
                  <Badge noIcon small severity="info">
                    Renouvellement demandé
                  </Badge>
                ) : null}
              </>
            )}
          </td>
          <td>{item.type === 'request' ? `Transmise le ${formatDate(item.date)}` : `Finit le ${formatDate(item.date)}`}</td>
          <td>
            {item.type === 'request'
              ? item.request?.ageInDays
                ? `Depuis ${plural(item.request.ageInDays, 'jour', 'jours')}`
                : 'Depuis aujourd’hui'
              : (item.expiry?.daysLeft ?? 0) < 0
                ? `Finie depuis ${plural(-(item.expiry?.daysLeft ?? 0), 'jour', 'jours')}`
                : `Reste ${plural(item.expiry?.daysLeft ?? 0, 'jour', 'jours')}`}
          </td>
          <td>{item.request?.cdiaeOpinionOn ? `Rendu le ${formatDate(item.request.cdiaeOpinionOn)}` : item.type === 'request' ? 'À recueillir' : '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
