import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, notFound, requireAccess, validationProblem } from '@iae/core';
import { AuditTrail } from '@iae/database';
import { OrganizationsService } from '@iae/identity';
import { MetiersService } from '@iae/metiers';
import { CommunesService } from '@iae/territory';
import { DiagnosticVersion } from './candidate.entity';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { ConsentsService } from './consents.service';
import { CandidateAccess, candidateFileAccess, diagnosticVisibility } from './rules/candidate-access';
import { Barrier, DiagnosticChange, DiagnosticContent, EMPTY_DIAGNOSTIC, filterDiagnostic, isSensitiveBarrier, nextDiagnostic } from './rules/diagnostic';

export interface DiagnosticView extends DiagnosticContent {
  candidateId: string;
  version: number;
  author: { userId: string | null; organizationId: string | null; organizationName: string | null };
  changeSummary: string | null;
  updatedAt: Date;
  /** Parts held back from this reader (sensitive items or, for an employer, no consent). */
  restricted: boolean;
}

/**
 * The diagnostic d'accompagnement (guide §3.3-3.4): written by the prescribers and orienteurs who
 * accompany the candidate, one version per change, never redone from scratch.
 */
@Injectable()
export class DiagnosticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CandidatesRepository,
    private readonly candidates: CandidatesService,
    private readonly consents: ConsentsService,
    private readonly organizations: OrganizationsService,
    private readonly metiers: MetiersService,
    private readonly communes: CommunesService,
    private readonly audit: AuditTrail,
  ) {}

  async current(actor: Actor, candidateId: string): Promise<DiagnosticView | null> {
    const { access } = await this.candidates.requireAccess(actor, candidateId);
    const latest = await this.repository.latestDiagnostic(candidateId);
    return latest ? this.view(latest, actor, access, candidateId) : null;
  }

  async version(actor: Actor, candidateId: string, version: number): Promise<DiagnosticView> {
    const { access } = await this.candidates.requireAccess(actor, candidateId);
    const row = await this.repository.diagnosticVersion(candidateId, version);
    if (!row) throw notFound(`Le diagnostic n’a pas de version ${version}.`);
    return this.view(row, actor, access, candidateId);
  }

  async history(
    actor: Actor,
    candidateId: string,
  ): Promise<Array<{ version: number; author: DiagnosticView['author']; changeSummary: string | null; at: Date }>> {
    await this.candidates.requireAccess(actor, candidateId);
    const rows = await this.repository.diagnosticVersions(candidateId);
    const names = await this.names(rows);
    return rows.map((r) => ({
      version: r.version,
      author: { userId: r.authorUserId, organizationId: r.authorOrganizationId, organizationName: names.get(r.authorOrganizationId ?? '') ?? null },
      changeSummary: r.changeSummary,
      at: r.createdAt,
    }));
  }

  /** A new version from the latest one and this author's changes. */
  async update(actor: Actor, candidateId: string, change: DiagnosticChange & { changeSummary?: string | null }): Promise<DiagnosticView> {
    requireAccess(candidateFileAccess(actor, 'edit-diagnostic'));
    const organization = actor.organization!;
    await this.checkProject(change);
    return this.dataSource.transaction(async (manager) => {
      const { access } = await this.candidates.requireAccess(actor, candidateId, manager);
      // One writer at a time per candidate (the person's one lock): versions stay consecutive.
      await this.candidates.lock(manager, candidateId);
      const latest = await this.repository.latestDiagnostic(candidateId, manager);
      const previous = latest ? this.content(latest) : EMPTY_DIAGNOSTIC;
      const hidden = (barrier: Barrier) => isSensitiveBarrier(barrier.kind) && barrier.authorOrganizationId !== organization.id;
      const next = nextDiagnostic(previous, change, organization.id, hidden);
      const saved = await this.repository.insertDiagnosticVersion(manager, {
        candidateId,
        version: (latest?.version ?? 0) + 1,
        authorUserId: actor.userId,
        authorOrganizationId: organization.id,
        grid: next.grid,
        barriers: next.barriers,
        project: next.project as unknown as Record<string, unknown>,
        orientation: next.orientation,
        notes: next.notes,
        changeSummary: change.changeSummary?.trim() || null,
      });
      await this.candidates.link(manager, candidateId, organization.id, actor.userId, 'diagnosed');
      await this.audit.record(manager, {
        action: 'candidate.diagnostic_updated',
        subjectType: 'candidate',
        subjectId: candidateId,
        actorUserId: actor.userId,
        actorOrganizationId: organization.id,
        details: { version: saved.version },
      });
      return this.view(saved, actor, access, candidateId, manager);
    });
  }

  /** The project part, for matching offers (no personal or sensitive data). */
  async projectOf(candidateId: string): Promise<DiagnosticContent['project'] | null> {
    const latest = await this.repository.latestDiagnostic(candidateId);
    return latest ? this.content(latest).project : null;
  }

  private async checkProject(change: DiagnosticChange): Promise<void> {
    const codes = change.project?.targetAppellationCodes;
    if (codes?.length) {
      const found = new Set((await this.metiers.getAppellations(codes)).map((a) => a.code));
      const unknown = codes.filter((c) => !found.has(c));
      if (unknown.length) {
        throw validationProblem([
          { field: 'project.targetAppellationCodes', code: 'unknownAppellation', message: `Métiers inconnus : ${unknown.join(', ')}.` },
        ]);
      }
    }
    if (change.project?.communeCode && !(await this.communes.get(change.project.communeCode))) {
      throw validationProblem([
        { field: 'project.communeCode', code: 'unknownCommune', message: `Aucune commune n’a le code INSEE ${change.project.communeCode}.` },
      ]);
    }
    const hours = change.project?.hoursPerWeek;
    if (hours?.min && hours?.max && hours.min > hours.max) {
      throw validationProblem([{ field: 'project.hoursPerWeek', code: 'minBeforeMax', message: 'Le nombre d’heures minimum dépasse le maximum.' }]);
    }
  }

  private content(row: DiagnosticVersion): DiagnosticContent {
    return {
      grid: row.grid as DiagnosticContent['grid'],
      barriers: row.barriers as Barrier[],
      project: { ...EMPTY_DIAGNOSTIC.project, ...(row.project as Partial<DiagnosticContent['project']>) },
      orientation: row.orientation as DiagnosticContent['orientation'],
      notes: row.notes,
    };
  }

  private async view(row: DiagnosticVersion, actor: Actor, access: CandidateAccess, candidateId: string, manager?: EntityManager): Promise<DiagnosticView> {
    const isEmployer = access === 'professional' && actor.organization?.family === 'employer';
    const consents = isEmployer && actor.organization ? await this.consents.activeFor(candidateId, actor.organization.id) : [];
    const visibility = diagnosticVisibility({ access, organizationId: actor.organization?.id ?? null, consents, isEmployer });
    const names = await this.names([row], manager);
    const content = this.content(row);
    const shown: DiagnosticContent = visibility.general
      ? filterDiagnostic(content, visibility.sensitive, actor.organization?.id ?? null)
      : { ...EMPTY_DIAGNOSTIC };
    return {
      candidateId,
      version: row.version,
      author: { userId: row.authorUserId, organizationId: row.authorOrganizationId, organizationName: names.get(row.authorOrganizationId ?? '') ?? null },
      changeSummary: row.changeSummary,
      updatedAt: row.createdAt,
      restricted: JSON.stringify(shown) !== JSON.stringify(content),
      ...shown,
    };
  }

  private async names(rows: DiagnosticVersion[], manager?: EntityManager): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.authorOrganizationId).filter((x): x is string => !!x))];
    return new Map((await this.organizations.findByIds(ids, manager)).map((o) => [o.id, o.name]));
  }
}
