import { Barrier, DiagnosticContent, EMPTY_DIAGNOSTIC, filterDiagnostic, nextDiagnostic } from './diagnostic';

describe('the socio-professional diagnostic, a living record', () => {
  const first = nextDiagnostic(
    EMPTY_DIAGNOSTIC,
    {
      grid: { housing: 2, justice: 1, mobility: 3 },
      barriers: [
        { kind: 'housing', status: 'identified', note: 'Hébergé en CHRS' },
        { kind: 'health', status: 'in_progress', note: 'Suivi CSAPA' },
      ],
      project: { targetAppellationCodes: ['11573'], communeCode: '69123', maxDistanceKm: 15 },
      orientation: 'socio_professional',
    },
    'ml',
    () => false,
  );

  it('records who wrote each value', () => {
    expect(first.grid.housing).toEqual({ level: 2, authorOrganizationId: 'ml' });
    expect(first.barriers.map((b) => b.authorOrganizationId)).toEqual(['ml', 'ml']);
  });

  it('keeps what another author does not change, and their authorship of it', () => {
    const second = nextDiagnostic(first, { grid: { mobility: 4 }, project: { maxDistanceKm: 25 } }, 'asso', () => false);
    expect(second.grid.housing).toEqual({ level: 2, authorOrganizationId: 'ml' });
    expect(second.grid.mobility).toEqual({ level: 4, authorOrganizationId: 'asso' });
    expect(second.project).toMatchObject({ targetAppellationCodes: ['11573'], maxDistanceKm: 25, communeCode: '69123' });
    expect(second.orientation).toBe('socio_professional');
  });

  it('keeps sensitive barriers an author cannot see when that author rewrites the list', () => {
    const hidden = (b: Barrier) => b.kind === 'health';
    const second = nextDiagnostic(first, { barriers: [{ kind: 'housing', status: 'resolved' }] }, 'asso', hidden);
    expect(second.barriers.map((b) => [b.kind, b.status, b.authorOrganizationId])).toEqual([
      ['health', 'in_progress', 'ml'],
      ['housing', 'resolved', 'asso'],
    ]);
  });

  it('shows sensitive items only to those allowed', () => {
    const content: DiagnosticContent = first;
    expect(filterDiagnostic(content, 'all', null).barriers).toHaveLength(2);
    const forAnother = filterDiagnostic(content, 'own', 'asso');
    expect(forAnother.grid.justice).toBeUndefined();
    expect(forAnother.barriers.map((b) => b.kind)).toEqual(['housing']);
    const forAuthor = filterDiagnostic(content, 'own', 'ml');
    expect(forAuthor.grid.justice?.level).toBe(1);
    expect(forAuthor.barriers).toHaveLength(2);
    expect(filterDiagnostic(content, 'none', 'ml').barriers.map((b) => b.kind)).toEqual(['housing']);
  });

  it('removes a grid value set to null', () => expect(nextDiagnostic(first, { grid: { housing: null } }, 'ml', () => false).grid.housing).toBeUndefined());
});
