import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { api, asOrganization, unwrap } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { Combobox, type Option } from '../../ui/Combobox';
import { formatDateTime, ofName } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { searchCommunes, searchMetiers } from '../public/search-api';
import { useCandidate } from './CandidateFilePage';
import { useTarget } from './CandidatesPage';
import {
  BARRIER_KINDS,
  BARRIER_STATUSES,
  GRID_DIMENSIONS,
  GRID_LEVELS,
  ORIENTATIONS,
  type BarrierKind,
  type BarrierStatus,
  type GridDimension,
} from './labels';

interface Values {
  grid: Record<GridDimension, string>;
  barriers: { kind: BarrierKind; status: BarrierStatus; note: string }[];
  targets: Option[];
  communeCode: string;
  maxDistanceKm: string;
  hoursMin: string;
  hoursMax: string;
  orientation: string;
  notes: string;
  changeSummary: string;
}

type Stored = {
  grid: Partial<Record<GridDimension, { level: number | null } | null>>;
  barriers: { kind: BarrierKind; status: BarrierStatus; note?: string | null }[];
  project: {
    targetAppellationCodes?: string[];
    communeCode?: string | null;
    maxDistanceKm?: number | null;
    hoursPerWeek?: { min?: number | null; max?: number | null };
  };
};

/** The diagnostic d'accompagnement: the 8-dimension grid, the barriers, the project; each save is a new version with its author. */
export function DiagnosticPage() {
  const { candidateId = '' } = useParams();
  const target = useTarget();
  const queryClient = useQueryClient();
  const candidate = useCandidate(candidateId);
  const diagnostic = useQuery({
    queryKey: ['diagnostic', candidateId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/candidates/{candidateId}/diagnostic', { params: { path: { candidateId }, header: asOrganization() }, signal })),
  });
  const versions = useQuery({
    queryKey: ['diagnostic-versions', candidateId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/candidates/{candidateId}/diagnostic/versions', { params: { path: { candidateId }, header: asOrganization() }, signal })),
  });
  const form = useForm<Values>({
    defaultValues: {
      grid: {} as Record<GridDimension, string>,
      barriers: [],
      targets: [],
      communeCode: '',
      maxDistanceKm: '',
      hoursMin: '',
      hoursMax: '',
      orientation: '',
      notes: '',
      changeSummary: '',
    },
  });
  const barriers = useFieldArray({ control: form.control, name: 'barriers' });
  const [saved, setSaved] = useState<number | null>(null);
  const [commune, setCommune] = useState<Option | null>(null);

  useEffect(() => {
    if (!diagnostic.data) return;
    const d = diagnostic.data as unknown as Stored & { orientation: string | null; notes: string | null };
    form.reset({
      grid: Object.fromEntries(Object.keys(GRID_DIMENSIONS).map((k) => [k, String(d.grid[k as GridDimension]?.level ?? '')])) as Record<GridDimension, string>,
      barriers: d.barriers.map((b) => ({ kind: b.kind, status: b.status, note: b.note ?? '' })),
      targets: (d.project.targetAppellationCodes ?? []).map((code) => ({ value: code, label: `Appellation ${code}` })),
      communeCode: d.project.communeCode ?? '',
      maxDistanceKm: d.project.maxDistanceKm ? String(d.project.maxDistanceKm) : '',
      hoursMin: d.project.hoursPerWeek?.min ? String(d.project.hoursPerWeek.min) : '',
      hoursMax: d.project.hoursPerWeek?.max ? String(d.project.hoursPerWeek.max) : '',
      orientation: d.orientation ?? '',
      notes: d.notes ?? '',
      changeSummary: '',
    });
  }, [diagnostic.data, form]);

  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (v) => {
    const number = (s: string) => (s ? Number(s) : null);
    const result = await unwrap(
      api.PUT('/api/candidates/{candidateId}/diagnostic', {
        params: { path: { candidateId }, header: write.headers() },
        body: {
          grid: Object.fromEntries(Object.entries(v.grid).map(([k, level]) => [k, number(level)])),
          barriers: v.barriers.map((b) => ({ kind: b.kind, status: b.status, note: b.note || null })),
          project: {
            targetAppellationCodes: v.targets.map((t) => t.value.split(':').pop()!),
            communeCode: v.communeCode || null,
            maxDistanceKm: number(v.maxDistanceKm),
            hoursPerWeek: { min: number(v.hoursMin), max: number(v.hoursMax) },
          },
          orientation: (v.orientation || null) as never,
          notes: v.notes || null,
          changeSummary: v.changeSummary || null,
        },
      }),
    );
    write.done();
    setSaved(result.version);
    await queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('diagnostic') });
  });
  const targets = form.watch('targets');
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : '';

  return (
    <Page title={`Diagnostic d’accompagnement${name ? ` ${ofName(name)}` : ''}`}>
      <p>
        <Link to={`/prescripteur/candidats/${candidateId}${target}`}>Retour à la fiche</Link>
      </p>
      {saved ? <Alert severity="success" small description={`Version ${saved} enregistrée.`} className={fr.cx('fr-mb-3w')} /> : null}
      <QueryState query={diagnostic}>
        {(d) => (
          <>
            {d?.restricted ? (
              <Alert
                severity="info"
                small
                description="Des éléments sensibles écrits par une autre organisation vous sont masqués."
                className={fr.cx('fr-mb-3w')}
              />
            ) : null}
            <FormFailure failure={failure} />
            <form onSubmit={onSubmit} noValidate aria-label="Diagnostic d’accompagnement">
              <h2 className={fr.cx('fr-h4')}>Les 8 dimensions</h2>
              <p className="iae-meta">De 1 (vulnérable) à 4 (disponible).</p>
              {(Object.keys(GRID_DIMENSIONS) as GridDimension[]).map((dimension) => (
                <RadioButtons
                  key={dimension}
                  legend={GRID_DIMENSIONS[dimension]}
                  orientation="horizontal"
                  small
                  options={[
                    ...Object.entries(GRID_LEVELS).map(([level, label]) => ({
                      label: `${level} — ${label}`,
                      nativeInputProps: { ...form.register(`grid.${dimension}`), value: level },
                    })),
                    { label: 'Non évalué', nativeInputProps: { ...form.register(`grid.${dimension}`), value: '' } },
                  ]}
                />
              ))}

              <h2 className={fr.cx('fr-h4')}>Freins</h2>
              {barriers.fields.length === 0 ? <p className="iae-empty">Aucun frein repéré.</p> : null}
              {barriers.fields.map((field, i) => (
                <fieldset key={field.id} className={fr.cx('fr-fieldset')} aria-label={`Frein ${i + 1}`}>
                  <div className={fr.cx('fr-fieldset__element', 'fr-grid-row', 'fr-grid-row--gutters')}>
                    <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
                      <Select label={`Type du frein ${i + 1}`} nativeSelectProps={form.register(`barriers.${i}.kind`)}>
                        {Object.entries(BARRIER_KINDS).map(([k, label]) => (
                          <option key={k} value={k}>
                            {label}
                          </option>
                        ))}
                      </Select>
                    </div>
                    <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
                      <Select label={`État du frein ${i + 1}`} nativeSelectProps={form.register(`barriers.${i}.status`)}>
                        {Object.entries(BARRIER_STATUSES).map(([k, label]) => (
                          <option key={k} value={k}>
                            {label}
                          </option>
                        ))}
                      </Select>
                    </div>
                    <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
                      <Input
                        label={`Précision sur le frein ${i + 1}`}
                        nativeInputProps={form.register(`barriers.${i}.note`)}
                        {...fieldState(form, `barriers.${i}.note`)}
                      />
                    </div>
                    <div className={fr.cx('fr-col-12', 'fr-col-md-1')}>
                      <Button
                        type="button"
                        priority="tertiary"
                        size="small"
                        iconId="fr-icon-delete-line"
                        title={`Retirer le frein ${i + 1}`}
                        onClick={() => barriers.remove(i)}
                      />
                    </div>
                  </div>
                </fieldset>
              ))}
              <Button type="button" priority="secondary" size="small" onClick={() => barriers.append({ kind: 'mobility', status: 'identified', note: '' })}>
                Ajouter un frein
              </Button>

              <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Projet professionnel</h2>
              <Combobox
                label="Ajouter un métier visé"
                name="metier"
                queryKey="metiers"
                selected={null}
                search={searchMetiers}
                onSelect={(option) => {
                  if (option && !targets.some((t) => t.value === option.value)) form.setValue('targets', [...targets, option]);
                }}
              />
              {targets.length > 0 ? (
                <ul aria-label="Métiers visés">
                  {targets.map((t) => (
                    <li key={t.value}>
                      {t.label}{' '}
                      <Button
                        type="button"
                        priority="tertiary no outline"
                        size="small"
                        onClick={() =>
                          form.setValue(
                            'targets',
                            targets.filter((x) => x.value !== t.value),
                          )
                        }
                      >
                        Retirer {t.label}
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
              <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
                <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
                  <Combobox
                    label="Commune de recherche"
                    name="communeProjet"
                    queryKey="communes"
                    selected={
                      commune ?? (form.getValues('communeCode') ? { value: form.getValues('communeCode'), label: form.getValues('communeCode') } : null)
                    }
                    search={searchCommunes}
                    onSelect={(option) => {
                      setCommune(option);
                      form.setValue('communeCode', option?.value ?? '');
                    }}
                  />
                </div>
                <div className={fr.cx('fr-col-12', 'fr-col-md-2')}>
                  <Input
                    label="Distance maximale (km)"
                    nativeInputProps={{ ...form.register('maxDistanceKm'), inputMode: 'numeric' }}
                    {...fieldState(form, 'project.maxDistanceKm')}
                  />
                </div>
                <div className={fr.cx('fr-col-6', 'fr-col-md-2')}>
                  <Input label="Heures par semaine, au moins" nativeInputProps={{ ...form.register('hoursMin'), inputMode: 'numeric' }} />
                </div>
                <div className={fr.cx('fr-col-6', 'fr-col-md-2')}>
                  <Input label="Heures par semaine, au plus" nativeInputProps={{ ...form.register('hoursMax'), inputMode: 'numeric' }} />
                </div>
              </div>
              <Select label="Orientation" nativeSelectProps={form.register('orientation')}>
                <option value="">Non décidée</option>
                {Object.entries(ORIENTATIONS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </Select>
              <Input label="Notes" textArea nativeTextAreaProps={form.register('notes')} {...fieldState(form, 'notes')} />
              <Input label="Ce qui change dans cette version" nativeInputProps={form.register('changeSummary')} {...fieldState(form, 'changeSummary')} />
              <SubmitButton busy={form.formState.isSubmitting}>Enregistrer une nouvelle version</SubmitButton>
            </form>
          </>
        )}
      </QueryState>
      <h2 className={fr.cx('fr-h4', 'fr-mt-6w')}>Versions</h2>
      <QueryState query={versions} isEmpty={(list) => list.length === 0} empty="Aucune version enregistrée.">
        {(list) => (
          <Table
            caption="Historique du diagnostic"
            headers={['Version', 'Date', 'Organisation', 'Ce qui change']}
            data={list.map((v) => [String(v.version), formatDateTime(v.at), v.author.organizationName ?? '—', v.changeSummary ?? '—'])}
          />
        )}
      </QueryState>
    </Page>
  );
}
