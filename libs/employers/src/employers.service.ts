import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  Actor,
  Clock,
  DEFAULT_PAGE_SIZE,
  FieldError,
  IsoDate,
  Page,
  Problem,
  decodeCursor,
  isIsoDate,
  notFound,
  requireAccess,
  toPage,
  validationProblem,
} from '@iae/core';
import { AuditTrail } from '@iae/database';
import { EMPLOYER_KINDS, InvitationsService, OrganizationView, OrganizationsService, isSiaeKind } from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { AddressInput, CommunesService } from '@iae/territory';
import { Employer } from './employer.entity';
import { EmployersRepository } from './employers.repository';
import { EmployerProblems } from './problems';
import { PROGRAMMES, Programme, programmesAllowed } from './rules/contract-types';
import { antenneProblem, isEmployerActive, lastActiveDay } from './rules/employer-activity';
import { STAFF_ONLY_EMPLOYER_FIELDS, employerAccess } from './rules/employers-access';
import { employersChanged } from './events';

export interface EmployerProfileInput {
  brand?: string | null;
  naf?: string | null;
  address?: AddressInput;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  description?: string | null;
  providedSupport?: string | null;
  programmes?: Programme[];
  blockCandidatures?: boolean;
  spontaneousCandidaturesOpen?: boolean;
  locatedInPrison?: boolean;
}

export interface CreateEmployerInput extends EmployerProfileInput {
  kind: string;
  name: string;
  siret: string;
  address: AddressInput;
  conventionAspId?: string | null;
  /** Invites this address as the employer's first administrator. */
  adminEmail?: string;
}

/** An employer as sending a candidature checks it. */
export interface EmployerForSending {
  id: string;
  kind: string;
  name: string;
  active: boolean;
  blockCandidatures: boolean;
  spontaneousCandidaturesOpen: boolean;
  locatedInPrison: boolean;
}

export interface EmployerView {
  id: string;
  kind: string;
  kindLabel: string;
  isSiae: boolean;
  name: string;
  brand: string | null;
  siret: string | null;
  naf: string | null;
  address: {
    line: string;
    complement: string | null;
    postalCode: string;
    communeCode: string;
    communeName: string;
    departementCode: string;
    latitude: number;
    longitude: number;
  };
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  providedSupport: string | null;
  programmes: Programme[];
  conventionAspId: string | null;
  active: boolean;
  deactivatedOn: string | null;
  lastActiveDay: string | null;
  /** Out of every listing and search for good, after the grace of its ended convention (it kept data). */
  unlistedAt: Date | null;
  blockCandidatures: boolean;
  spontaneousCandidaturesOpen: boolean;
  locatedInPrison: boolean;
  parentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Employers (SIAE and others): created by staff, kept up to date by their admins, readable by all while active. */
@Injectable()
export class EmployersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationsService,
    private readonly communes: CommunesService,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
    private readonly repository: EmployersRepository,
  ) {}

  async create(actor: Actor, input: CreateEmployerInput): Promise<EmployerView> {
    requireAccess(employerAccess(actor, 'register'));
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.createWithinTransaction(
        manager,
        actor,
        { family: 'employer', kind: input.kind, name: input.name, siret: input.siret },
        { creatorJoins: false },
      );
      await this.insertProfile(manager, organization, input, { source: 'staff', parentId: null });
      if (input.adminEmail) await this.invitations.inviteWithinTransaction(manager, actor, organization.id, { email: input.adminEmail, role: 'admin' });
      await this.outbox.publish(manager, employersChanged([organization.id]));
      return this.viewWithin(manager, organization.id);
    });
  }

  /** An admin declares a secondary establishment of their structure; they become its admin. */
  async createAntenne(actor: Actor, parentId: string, input: Omit<CreateEmployerInput, 'kind' | 'conventionAspId' | 'adminEmail'>): Promise<EmployerView> {
    requireAccess(employerAccess(actor, 'declare-antenne', { staffOnlyFields: input.locatedInPrison !== undefined ? ['locatedInPrison'] : [] }));
    return this.dataSource.transaction(async (manager) => {
      const parent = await this.viewWithin(manager, parentId);
      const refusal = antenneProblem({ siret: input.siret, kind: parent.kind }, { siret: parent.siret, kind: parent.kind, parentId: parent.parentId });
      if (refusal === 'parent_is_antenne')
        throw new Problem(EmployerProblems.invalidAntenne, 'Une antenne ne peut pas avoir d’antenne ; déclarez-la sur la structure mère.');
      if (refusal === 'different_siren') {
        throw validationProblem([
          { field: 'siret', code: 'sameSiren', message: `Une antenne a le même SIREN que sa structure mère (${parent.siret?.slice(0, 9)}).` },
        ]);
      }
      const organization = await this.organizations.createWithinTransaction(
        manager,
        actor,
        { family: 'employer', kind: parent.kind, name: input.name, siret: input.siret },
        { creatorJoins: !actor.isStaff },
      );
      await this.insertProfile(manager, organization, { ...input, conventionAspId: parent.conventionAspId }, { source: 'antenne', parentId });
      await this.outbox.publish(manager, employersChanged([organization.id]));
      return this.viewWithin(manager, organization.id);
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: EmployerProfileInput & { name?: string; siret?: string; conventionAspId?: string | null },
  ): Promise<EmployerView> {
    const staffOnly = STAFF_ONLY_EMPLOYER_FIELDS.filter((field) => input[field] !== undefined);
    requireAccess(employerAccess(actor, 'edit', { staffOnlyFields: staffOnly }));
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.repository.findByIdForUpdate(manager, id);
      if (!employer) throw notFound('Aucune structure ne porte cet identifiant.');
      const patch = await this.profilePatch(employer.kind, input, employer);
      if (input.conventionAspId !== undefined) patch.conventionAspId = input.conventionAspId;
      if (Object.keys(patch).length) await this.repository.update(manager, id, patch);
      await this.organizations.updateIdentityWithinTransaction(manager, actor, id, { name: input.name, siret: input.siret });
      await this.audit.record(manager, {
        action: 'employer.updated',
        subjectType: 'organization',
        subjectId: id,
        actorUserId: actor.userId,
        actorOrganizationId: actor.organization?.id ?? null,
        details: { fields: [...Object.keys(patch), ...staffOnly] },
      });
      await this.outbox.publish(manager, employersChanged([id]));
      return this.viewWithin(manager, id);
    });
  }

  /** Ends a convention (SIAE: 30 days of grace follow) or closes another employer. */
  async deactivate(actor: Actor, id: string, input: { on?: IsoDate; reason: string }): Promise<EmployerView> {
    const on = input.on ?? this.clock.today();
    if (!isIsoDate(on)) throw validationProblem([{ field: 'on', code: 'isDate', message: 'La date doit être au format AAAA-MM-JJ.' }]);
    return this.dataSource.transaction(async (manager) => {
      const employer = await this.repository.findByIdForUpdate(manager, id);
      if (!employer) throw notFound('Aucune structure ne porte cet identifiant.');
      await this.repository.update(manager, id, { deactivatedOn: on, deactivationReason: input.reason.trim() });
      await this.audit.record(manager, {
        action: 'employer.deactivated',
        subjectType: 'organization',
        subjectId: id,
        actorUserId: actor.userId,
        details: { on, reason: input.reason },
      });
      await this.outbox.publish(manager, employersChanged([id]));
      return this.viewWithin(manager, id);
    });
  }

  async reactivate(actor: Actor, id: string): Promise<EmployerView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.update(manager, id, { deactivatedOn: null, deactivationReason: null, unlistedAt: null });
      if (!found) throw notFound('Aucune structure ne porte cet identifiant.');
      await this.audit.record(manager, { action: 'employer.reactivated', subjectType: 'organization', subjectId: id, actorUserId: actor.userId });
      await this.outbox.publish(manager, employersChanged([id]));
      return this.viewWithin(manager, id);
    });
  }

  /**
   * An employer as its reader may see it: an inactive one only to its members and staff
   * (404 to everyone else, who need not know it exists).
   */
  async get(id: string, viewer?: Actor): Promise<EmployerView> {
    const view = await this.viewWithin(this.dataSource.manager, id).catch(() => null);
    if (!view || (!view.active && !(await this.isMemberOrStaff(id, viewer)))) throw notFound('Aucune structure active ne porte cet identifiant.');
    return view;
  }

  /** Whether the employer takes candidatures today (for the candidatures context). */
  async isActive(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const employer = await this.repository.findById(id, manager);
    return !!employer && isEmployerActive({ isSiae: isSiaeKind(employer.kind), deactivatedOn: employer.deactivatedOn }, this.clock.today());
  }

  /** Active employers, by name, optionally in one département or of some kinds. */
  async list(filter: { departement?: string; kinds?: string[]; cursor?: string; limit?: number }): Promise<Page<EmployerView>> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(filter.cursor, ['text', 'uuid']);
    const today = this.clock.today();
    const ids = await this.repository.listedPage({
      today,
      departement: filter.departement ?? null,
      kinds: filter.kinds?.length ? filter.kinds : null,
      after,
      limit: limit + 1,
    });
    const views = new Map(
      (
        await this.viewsWithin(
          this.dataSource.manager,
          ids.map((r) => r.id),
        )
      ).map((v) => [v.id, v]),
    );
    return toPage(
      ids,
      limit,
      (r) => [r.sort_name, r.id],
      (r) => views.get(r.id) as EmployerView,
    );
  }

  async isMemberOrStaff(employerId: string, viewer?: Actor): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.isStaff) return true;
    return (await this.organizations.membershipRole(viewer.userId, employerId)) !== null;
  }

  async viewWithin(manager: EntityManager, id: string): Promise<EmployerView> {
    const [view] = await this.viewsWithin(manager, [id]);
    if (!view) throw notFound('Aucune structure ne porte cet identifiant.');
    return view;
  }

  async viewsWithin(manager: EntityManager, ids: string[]): Promise<EmployerView[]> {
    if (ids.length === 0) return [];
    const employers = await this.repository.findByIds(manager, ids);
    const organizations = new Map((await this.organizations.findByIds(ids, manager)).map((o) => [o.id, o]));
    const rows = employers.map((e) => ({ ...e, name: organizations.get(e.id)?.name ?? '', siret: organizations.get(e.id)?.siret ?? null }));
    const communes = new Map((await this.communes.findByCodes([...new Set(rows.map((r) => r.communeCode))])).map((c) => [c.code, c]));
    const today = this.clock.today();
    return rows.map((e) => {
      const commune = communes.get(e.communeCode);
      const activity = { isSiae: isSiaeKind(e.kind), deactivatedOn: e.deactivatedOn };
      return {
        id: e.id,
        kind: e.kind,
        kindLabel: EMPLOYER_KINDS[e.kind as keyof typeof EMPLOYER_KINDS],
        isSiae: isSiaeKind(e.kind),
        name: e.name,
        brand: e.brand,
        siret: e.siret,
        naf: e.naf,
        address: {
          line: e.addressLine,
          complement: e.addressComplement,
          postalCode: e.postalCode,
          communeCode: e.communeCode,
          communeName: commune?.name ?? '',
          departementCode: commune?.departementCode ?? '',
          latitude: e.latitude,
          longitude: e.longitude,
        },
        phone: e.phone,
        email: e.email,
        website: e.website,
        description: e.description,
        providedSupport: e.providedSupport,
        programmes: e.programmes,
        conventionAspId: e.conventionAspId,
        active: isEmployerActive(activity, today),
        deactivatedOn: e.deactivatedOn,
        lastActiveDay: lastActiveDay(activity),
        unlistedAt: e.unlistedAt,
        blockCandidatures: e.blockCandidatures,
        spontaneousCandidaturesOpen: e.spontaneousCandidaturesOpen,
        locatedInPrison: e.locatedInPrison,
        parentId: e.parentId,
        createdAt: e.createdAt,
        updatedAt: e.updatedAt,
      };
    });
  }

  private async insertProfile(
    manager: EntityManager,
    organization: OrganizationView,
    input: EmployerProfileInput & { address: AddressInput; conventionAspId?: string | null },
    origin: { source: Employer['source']; parentId: string | null },
  ): Promise<void> {
    const patch = await this.profilePatch(organization.kind, input);
    await this.repository.insert(manager, {
      id: organization.id,
      kind: organization.kind,
      programmes: [],
      blockCandidatures: false,
      spontaneousCandidaturesOpen: true,
      locatedInPrison: false,
      conventionAspId: input.conventionAspId ?? null,
      source: origin.source,
      parentId: origin.parentId,
      ...patch,
    } as Employer);
  }

  /** Checks the profile fields and turns them into columns; the commune gives the coordinates. */
  private async profilePatch(kind: string, input: EmployerProfileInput, current?: Employer): Promise<Partial<Employer>> {
    const errors: FieldError[] = [];
    const patch: Partial<Employer> = {};
    const text = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : value.trim() || null);
    for (const field of ['brand', 'phone', 'website', 'description', 'providedSupport'] as const) {
      const value = text(input[field]);
      if (value !== undefined) patch[field] = value;
    }
    if (input.email !== undefined) patch.email = input.email ? input.email.trim().toLowerCase() : null;
    if (input.naf !== undefined) patch.naf = input.naf ? input.naf.replace('.', '').toUpperCase() : null;
    if (input.programmes !== undefined) {
      const programmes = [...new Set(input.programmes)];
      if (!programmesAllowed(kind, programmes)) {
        errors.push({ field: 'programmes', code: 'aciOnly', message: `Seul un ACI porte les programmes ${Object.values(PROGRAMMES).join(' et ')}.` });
      }
      patch.programmes = programmes;
    }
    if (input.blockCandidatures !== undefined) {
      patch.blockCandidatures = input.blockCandidatures;
      if (input.blockCandidatures !== current?.blockCandidatures) patch.candidaturesBlockedAt = input.blockCandidatures ? this.clock.now() : null;
    }
    if (input.spontaneousCandidaturesOpen !== undefined) patch.spontaneousCandidaturesOpen = input.spontaneousCandidaturesOpen;
    if (input.locatedInPrison !== undefined) patch.locatedInPrison = input.locatedInPrison;
    if (errors.length) throw validationProblem(errors);
    if (input.address) Object.assign(patch, await this.communes.resolveAddress(input.address));
    return patch;
  }

  /** What sending a candidature checks of its employer (kind, name, whether active and open), in one statement; null: no such employer. */
  async forSending(id: string, manager: EntityManager = this.dataSource.manager): Promise<EmployerForSending | null> {
    const row = await this.repository.candidatureFactsOf(manager, id);
    if (!row) return null;
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      active: isEmployerActive({ isSiae: isSiaeKind(row.kind), deactivatedOn: row.deactivatedOn }, this.clock.today()),
      blockCandidatures: row.blockCandidatures,
      spontaneousCandidaturesOpen: row.spontaneousCandidaturesOpen,
      locatedInPrison: row.locatedInPrison,
    };
  }

  /**
   * What a candidature's move and a hire need of its employer: its name, kind, and whether it sits in a prison, in one
   * statement; null when there is no such employer. All in the caller's transaction (a hire holds its connection: asking
   * the pool for another one could wait for ever under load).
   */
  async forCandidatureMove(id: string, manager: EntityManager): Promise<{ name: string; kind: string; locatedInPrison: boolean } | null> {
    const row = await this.repository.candidatureFactsOf(manager, id);
    return row && { name: row.name, kind: row.kind, locatedInPrison: row.locatedInPrison };
  }
}
