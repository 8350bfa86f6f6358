import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, asOrganization, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { DataTable } from '../../ui/DataTable';
import { formatDate, formatDateTime, formatNumber, plural } from '../../ui/format';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// The DSFR's illustrative colours (blue France, green emerald, red marianne, grey): legible in light and dark.
const COLOURS = ['#000091', '#00A95F', '#E1000F', '#929292'];

interface Series {
  label: string;
  values: number[];
}

/** A bar chart drawn from the same figures as the table beside it; the table is what screen readers read. */
function BarChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length] })) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        locale: 'fr-FR',
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className="iae-chart">
      <canvas ref={canvas} role="img" aria-label={`${title} : graphique, les mêmes chiffres sont dans le tableau.`} />
    </div>
  );
}

/** Downloads the same figures as CSV (the API's ?format=csv), with the session's token. */
function CsvButton({ path, fileName, period }: { path: string; fileName: string; period: Period }) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // Through the client: the token, the organisation, and a renewal when it expired.
      const { data, response } = await api.GET(path as '/api/stats/candidatures', {
        params: { query: { ...period, format: 'csv' }, header: asOrganization() } as never,
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw new ApiProblem(response.status, null);
      const url = URL.createObjectURL(data as unknown as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {failed ? <Alert severity="error" small description="Le fichier n’a pas pu être téléchargé." className={fr.cx('fr-mb-2w')} /> : null}
      <Button priority="secondary" size="small" iconId="fr-icon-download-line" onClick={() => void download()} disabled={busy}>
        Télécharger en CSV ({fileName})
      </Button>
    </>
  );
}

const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);

/** A period the API counts over; none is its default, the last 12 months. */
type Period = { from?: string; to?: string };

/** A period the page offers, named in the address (`?annee=2025`, `?trimestre=2026-T2`) to share it. */
interface NamedPeriod {
  param: 'annee' | 'trimestre';
  value: string;
  label: string;
  period: Required<Period>;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/**
 * The last three calendar years (the API reads them back from a daily snapshot) and the quarters of this year and the
 * last (summed over their days): what yearly reviews and quarterly dialogues compare. A quarter under way ends today.
 */
function offeredPeriods(today: string): { years: NamedPeriod[]; quarters: NamedPeriod[] } {
  const thisYear = Number(today.slice(0, 4));
  const years = [1, 2, 3].map((i): NamedPeriod => {
    const y = thisYear - i;
    return { param: 'annee', value: String(y), label: `L’année ${y}`, period: { from: `${y}-01-01`, to: `${y}-12-31` } };
  });
  const quarters: NamedPeriod[] = [];
  for (const y of [thisYear, thisYear - 1]) {
    for (let q = 4; q >= 1; q--) {
      const from = `${y}-${String(3 * q - 2).padStart(2, '0')}-01`;
      const end = `${y}-${QUARTER_ENDS[q - 1]}`;
      if (from > today) continue;
      const ongoing = end > today;
      quarters.push({
        param: 'trimestre',
        value: `${y}-T${q}`,
        label: `${q === 1 ? '1er' : `${q}e`} trimestre ${y}${ongoing ? ' (en cours)' : ''}`,
        period: { from, to: ongoing ? today : end },
      });
    }
  }
  return { years, quarters };
}

const optionValue = (p: NamedPeriod) => `${p.param}:${p.value}`;

/** Today in Paris as `YYYY-MM-DD`, the API's days (read part by part: no locale's order is relied on). */
function parisToday(): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The DDETS's pilotage figures of its territory: charts with their data tables, and the CSV files. */
export function PilotagePage() {
  const [params, setParams] = useSearchParams();
  const { years, quarters } = offeredPeriods(parisToday());
  const chosen = [...years, ...quarters].find((p) => params.get(p.param) === p.value) ?? null;
  const period: Period = chosen ? chosen.period : {};
  const suffix = chosen ? `-${chosen.value}` : '';
  const named = ['annee', 'trimestre'].filter((param) => params.has(param)).length;
  const chosenParam = chosen ? optionValue(chosen) : null;
  // A bookmarked period no longer offered shows the last 12 months, and the address says so (as it names only the
  // period shown when it named two).
  useEffect(() => {
    if (named === 0 || (chosenParam && named === 1)) return;
    const [param = '', value] = chosenParam?.split(':') ?? [];
    setParams(value ? { [param]: value } : {}, { replace: true });
  }, [named, chosenParam, setParams]);
  const candidatures = useQuery({
    queryKey: ['stats', 'candidatures', period],
    queryFn: ({ signal }) => unwrap(api.GET('/api/stats/candidatures', { params: { query: period, header: asOrganization() } as never, signal })),
  });
  const passes = useQuery({
    queryKey: ['stats', 'pass-iae', period],
    queryFn: ({ signal }) => unwrap(api.GET('/api/stats/pass-iae', { params: { query: period, header: asOrganization() } as never, signal })),
  });
  return (
    <Page title="Pilotage" wide>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <Select
            label="Période"
            nativeSelectProps={{
              value: chosen ? optionValue(chosen) : '',
              onChange: (e) => {
                const [param = '', value] = e.target.value.split(':');
                setParams(value ? { [param]: value } : {}, { replace: true });
              },
            }}
          >
            <option value="">Les 12 derniers mois</option>
            {years.map((p) => (
              <option key={optionValue(p)} value={optionValue(p)}>
                {p.label}
              </option>
            ))}
            <optgroup label="Trimestres">
              {quarters.map((p) => (
                <option key={optionValue(p)} value={optionValue(p)}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          </Select>
        </div>
      </div>
      <QueryState query={candidatures}>
        {(c) => {
          const kinds = c.byEmployerKind;
          const labels = kinds.map((k) => k.key);
          return (
            <section aria-labelledby="candidatures">
              <p>
                {c.territory.name}, du {formatDate(c.period.from)} au {formatDate(c.period.to)}. Chiffres calculés le {formatDateTime(c.computedAt)}.
              </p>
              <h2 id="candidatures" className={fr.cx('fr-h4')}>
                Candidatures par type de structure
              </h2>
              <p>
                {plural(c.sent, 'envoyée', 'envoyées')}, {plural(c.accepted, 'acceptée', 'acceptées')} (taux de transformation : {percent(c.transformationRate)}
                ), {formatNumber(c.pendingOver30Days)} sans réponse depuis plus de 30 jours.
              </p>
              {kinds.length === 0 ? <p className="iae-empty">Aucune candidature sur ce territoire dans la période.</p> : null}
              <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')} hidden={kinds.length === 0}>
                <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
                  <BarChart
                    title="Candidatures par type de structure"
                    labels={labels}
                    series={[
                      { label: 'Envoyées', values: kinds.map((k) => k.sent) },
                      { label: 'Acceptées', values: kinds.map((k) => k.accepted) },
                      { label: 'Déclinées', values: kinds.map((k) => k.refused) },
                      { label: 'Sans réponse', values: kinds.map((k) => k.pending) },
                    ]}
                  />
                </div>
                <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
                  <DataTable
                    caption="Candidatures par type de structure"
                    head={['Type', 'Envoyées', 'Acceptées', 'Déclinées', 'Sans réponse', 'Transformation', 'Délai médian de réponse']}
                  >
                    {kinds.map((k) => (
                      <tr key={k.key}>
                        <th scope="row">
                          <abbr title={k.label}>{k.key}</abbr>
                        </th>
                        <td>{formatNumber(k.sent)}</td>
                        <td>{formatNumber(k.accepted)}</td>
                        <td>{formatNumber(k.refused)}</td>
                        <td>{formatNumber(k.pending)}</td>
                        <td>{percent(k.transformationRate)}</td>
                        <td>{k.medianDaysToFirstAnswer === null ? '—' : `${formatNumber(k.medianDaysToFirstAnswer)} j`}</td>
                      </tr>
                    ))}
                  </DataTable>
                </div>
              </div>
              <CsvButton path="/api/stats/candidatures" fileName={`candidatures${suffix}.csv`} period={period} />
            </section>
          );
        }}
      </QueryState>
      <QueryState query={passes}>
        {(p) => {
          const kinds = p.byEmployerKind;
          return (
            <section aria-labelledby="pass-iae" className={fr.cx('fr-mt-6w')}>
              <h2 id="pass-iae" className={fr.cx('fr-h4')}>
                PASS IAE par type de structure
              </h2>
              <p>
                {plural(p.issued, 'délivré', 'délivrés')} dans la période ; au {formatDate(p.today)} : {formatNumber(p.running)} en cours, dont{' '}
                {plural(p.suspended, 'suspendu', 'suspendus')} et {plural(p.runningProlonged, 'prolongé', 'prolongés')} ;{' '}
                {plural(p.endingWithin90Days, 'finit', 'finissent')} dans les 90 jours.
              </p>
              {kinds.length === 0 ? <p className="iae-empty">Aucun PASS IAE sur ce territoire dans la période.</p> : null}
              <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')} hidden={kinds.length === 0}>
                <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
                  <BarChart
                    title="PASS IAE par type de structure"
                    labels={kinds.map((k) => k.key)}
                    series={[
                      { label: 'Délivrés', values: kinds.map((k) => k.issued) },
                      { label: 'En cours', values: kinds.map((k) => k.running) },
                      { label: 'Suspendus', values: kinds.map((k) => k.suspended) },
                      { label: 'Finissant dans 90 jours', values: kinds.map((k) => k.endingWithin90Days) },
                    ]}
                  />
                </div>
                <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
                  <DataTable
                    caption="PASS IAE par type de structure"
                    head={['Type', 'Délivrés', 'En cours', 'Suspendus', 'Prolongés', 'Finissant dans 90 jours']}
                  >
                    {kinds.map((k) => (
                      <tr key={k.key}>
                        <th scope="row">
                          <abbr title={k.label}>{k.key}</abbr>
                        </th>
                        <td>{formatNumber(k.issued)}</td>
                        <td>{formatNumber(k.running)}</td>
                        <td>{formatNumber(k.suspended)}</td>
                        <td>{formatNumber(k.runningProlonged)}</td>
                        <td>{formatNumber(k.endingWithin90Days)}</td>
                      </tr>
                    ))}
                  </DataTable>
                </div>
              </div>
              <CsvButton path="/api/stats/pass-iae" fileName={`pass-iae${suffix}.csv`} period={period} />
            </section>
          );
        }}
      </QueryState>
    </Page>
  );
}
