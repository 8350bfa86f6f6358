/** The 8-dimension grid of the Plateforme de l'inclusion (guide L747-762), each from 1 "vulnérable" to 4 "disponible". */
export const GRID_DIMENSIONS = {
  language: 'Maîtrise de la langue française',
  workCapacity: 'Capacité à occuper un poste de travail',
  housing: 'Logement',
  rightsAccess: 'Accès au droit',
  mobility: 'Mobilité',
  finances: 'Ressources financières',
  justice: 'Justice',
  availability: 'Disponibilité',
} as const;
export type GridDimension = keyof typeof GRID_DIMENSIONS;
export type GridLevel = 1 | 2 | 3 | 4;

/** The justice dimension is sensitive: it follows the rules of sensitive barriers. */
export const SENSITIVE_DIMENSIONS: readonly GridDimension[] = ['justice'];

export const BARRIER_KINDS = {
  mobility: 'Mobilité',
  housing: 'Logement',
  health: 'Santé',
  addiction: 'Addictions',
  childcare: 'Garde d’enfants, contraintes familiales',
  language: 'Langue française',
  basic_skills: 'Savoirs de base, illettrisme',
  digital: 'Numérique',
  finances: 'Ressources, endettement',
  rights_access: 'Accès aux droits, démarches administratives',
  justice: 'Situation judiciaire',
  confidence: 'Confiance en soi, isolement',
  other: 'Autre',
} as const;
export type BarrierKind = keyof typeof BARRIER_KINDS;

export const BARRIER_STATUSES = { identified: 'Repéré', in_progress: 'En cours de levée', resolved: 'Levé' } as const;
export type BarrierStatus = keyof typeof BARRIER_STATUSES;

export const ORIENTATIONS = { professional: 'Parcours professionnel', socio_professional: 'Parcours socio-professionnel', social: 'Parcours social' } as const;
export type Orientation = keyof typeof ORIENTATIONS;

export interface GridValue {
  level: GridLevel;
  /** Organisation that set this value: a sensitive dimension shows to it. */
  authorOrganizationId: string | null;
}

export interface Barrier {
  kind: BarrierKind;
  status: BarrierStatus;
  note: string | null;
  authorOrganizationId: string | null;
}

export interface Project {
  targetAppellationCodes: string[];
  communeCode: string | null;
  maxDistanceKm: number | null;
  hoursPerWeek: { min: number | null; max: number | null };
  constraints: string | null;
}

export interface DiagnosticContent {
  grid: Partial<Record<GridDimension, GridValue>>;
  barriers: Barrier[];
  project: Project;
  orientation: Orientation | null;
  notes: string | null;
}

export const EMPTY_DIAGNOSTIC: DiagnosticContent = {
  grid: {},
  barriers: [],
  project: { targetAppellationCodes: [], communeCode: null, maxDistanceKm: null, hoursPerWeek: { min: null, max: null }, constraints: null },
  orientation: null,
  notes: null,
};

export interface DiagnosticChange {
  grid?: Partial<Record<GridDimension, GridLevel | null>>;
  barriers?: Array<{ kind: BarrierKind; status: BarrierStatus; note?: string | null }>;
  project?: Partial<Project>;
  orientation?: Orientation | null;
  notes?: string | null;
}

export function isSensitiveBarrier(kind: BarrierKind): boolean {
  return kind === 'health' || kind === 'addiction' || kind === 'justice';
}

/**
 * The next version: the previous one with the author's changes, never redone from scratch. A grid
 * value or barrier keeps its author unless this change rewrites it; barriers are replaced per kind,
 * so another author's sensitive barriers survive an edit that does not see them.
 */
export function nextDiagnostic(
  previous: DiagnosticContent,
  change: DiagnosticChange,
  authorOrganizationId: string,
  hiddenFromAuthor: (barrier: Barrier) => boolean,
): DiagnosticContent {
  const grid = { ...previous.grid };
  for (const [dimension, level] of Object.entries(change.grid ?? {}) as Array<[GridDimension, GridLevel | null]>) {
    if (level === null) delete grid[dimension];
    else if (grid[dimension]?.level !== level) grid[dimension] = { level, authorOrganizationId };
  }
  let barriers = previous.barriers;
  if (change.barriers) {
    const kept = previous.barriers.filter(hiddenFromAuthor);
    const byKind = new Map(previous.barriers.map((b) => [b.kind, b]));
    const written = change.barriers.map((b) => {
      const before = byKind.get(b.kind);
      const unchanged = before && before.status === b.status && before.note === (b.note ?? null);
      return unchanged ? before : { kind: b.kind, status: b.status, note: b.note ?? null, authorOrganizationId };
    });
    barriers = [...kept.filter((k) => !written.some((w) => w.kind === k.kind)), ...written];
  }
  return {
    grid,
    barriers,
    project: { ...previous.project, ...(change.project ?? {}), hoursPerWeek: { ...previous.project.hoursPerWeek, ...(change.project?.hoursPerWeek ?? {}) } },
    orientation: change.orientation === undefined ? previous.orientation : change.orientation,
    notes: change.notes === undefined ? previous.notes : change.notes,
  };
}

/** What a reader may see of a version, given what it may see of sensitive items. */
export function filterDiagnostic(content: DiagnosticContent, sensitive: 'all' | 'own' | 'none', organizationId: string | null): DiagnosticContent {
  if (sensitive === 'all') return content;
  const visible = (authorOrganizationId: string | null) => sensitive === 'own' && !!organizationId && authorOrganizationId === organizationId;
  const grid = { ...content.grid };
  for (const dimension of SENSITIVE_DIMENSIONS) {
    const value = grid[dimension];
    if (value && !visible(value.authorOrganizationId)) delete grid[dimension];
  }
  return { ...content, grid, barriers: content.barriers.filter((b) => !isSensitiveBarrier(b.kind) || visible(b.authorOrganizationId)) };
}
