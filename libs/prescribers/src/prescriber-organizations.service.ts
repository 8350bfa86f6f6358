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
  notFound,
  requireAccess,
  toPage,
  validationProblem,
} from '@iae/core';
import { AuditTrail } from '@iae/database';
import {
  AuthorizationStatus,
  IdentityProblems,
  OrganizationsService,
  PRESCRIBER_KINDS,
  PrescriberKind,
  initialAuthorizationStatus,
  isHabilitated,
  isHabilitatedByLaw,
} from '@iae/identity';
import { Outbox } from '@iae/notifications';
import { AddressInput, CommunesService } from '@iae/territory';
import { PrescriberOrganization } from './prescriber-organization.entity';
import { PrescriberProblems } from './problems';
import { PrescribersRepository } from './prescribers.repository';
import { ORIENTEUR_KIND, authorizationAfterKindChange } from './rules/habilitation-rules';
import { prescriberOrganizationAccess } from './rules/prescribers-access';
import { authorizationDecided, organizationToCheck, prescriberKindChanged, prescriberOrganizationsChanged } from './events';

export interface PrescriberProfileInput {
  address?: AddressInput | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  description?: string | null;
  isBrsa?: boolean;
}

export interface CreatePrescriberOrganizationInput extends PrescriberProfileInput {
  kind: string;
  name: string;
  siret?: string;
  safirCode?: string;
}

export interface PrescriberOrganizationView {
  id: string;
  kind: string;
  kindLabel: string;
  name: string;
  siret: string | null;
  safirCode: string | null;
  authorizationStatus: AuthorizationStatus;
  habilitated: boolean;
  habilitation: { basis: 'law' | 'prefectoral' | null; departementCode: string | null; validUntil: string | null };
  /** The last staff decision on the authorisation, and the last change of kind: who and when. */
  authorizationDecision: { at: Date; byUserId: string | null; reason: string | null } | null;
  kindChange: { at: Date; byUserId: string | null } | null;
  address: {
    line: string;
    complement: string | null;
    postalCode: string;
    communeCode: string;
    communeName: string;
    departementCode: string;
    latitude: number;
    longitude: number;
  } | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  isBrsa: boolean;
  /** In the public directory: the description is filled. */
  listed: boolean;
  createdAt: Date;
}

/** Prescriber organisations: registered by their professionals, verified by staff or habilitated by the préfet. */
@Injectable()
export class PrescriberOrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly communes: CommunesService,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly repository: PrescribersRepository,
  ) {}

  /**
   * A professional registers their organisation and becomes its admin. Until staff validate it (or
   * the préfet habilitates it), its members are orienteurs; staff are told there is one to check.
   */
  async create(actor: Actor, input: CreatePrescriberOrganizationInput): Promise<PrescriberOrganizationView> {
    requireAccess(prescriberOrganizationAccess(actor, 'register'));
    const errors: FieldError[] = [];
    if (input.kind === 'FT' && !input.safirCode)
      errors.push({ field: 'safirCode', code: 'isDefined', message: 'Une agence France Travail est identifiée par son code SAFIR (5 chiffres).' });
    if (input.kind !== 'FT' && input.safirCode)
      errors.push({ field: 'safirCode', code: 'franceTravailOnly', message: 'Seule une agence France Travail a un code SAFIR.' });
    if (errors.length) throw validationProblem(errors);
    return this.dataSource.transaction(async (manager) => {
      const existing = input.safirCode ? await this.repository.withSafirCode(manager, input.safirCode) : null;
      if (existing) {
        throw new Problem(
          IdentityProblems.organizationExists,
          `L’agence France Travail de code SAFIR ${input.safirCode} est déjà inscrite ; demandez à son administrateur de vous inviter.`,
          { extensions: { existingOrganizationId: existing.id } },
        );
      }
      const organization = await this.organizations.createWithinTransaction(
        manager,
        actor,
        { family: 'prescriber', kind: input.kind, name: input.name, siret: input.siret },
        { creatorJoins: !actor.isStaff },
      );
      const profile = await this.profilePatch(input);
      await this.repository.insert(manager, {
        id: organization.id,
        kind: organization.kind,
        safirCode: input.safirCode ?? null,
        isBrsa: false,
        ...profile,
      } as PrescriberOrganization);
      if (initialAuthorizationStatus(input.kind as keyof typeof PRESCRIBER_KINDS) === 'not_set')
        await this.outbox.publish(manager, organizationToCheck({ organizationId: organization.id, kind: input.kind }));
      await this.outbox.publish(manager, prescriberOrganizationsChanged([organization.id]));
      return this.viewWithin(manager, organization.id);
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: PrescriberProfileInput & { name?: string; siret?: string; safirCode?: string | null; kind?: string },
  ): Promise<PrescriberOrganizationView> {
    const staffOnlyFields = (['name', 'siret', 'safirCode', 'kind'] as const).filter((field) => input[field] !== undefined);
    requireAccess(prescriberOrganizationAccess(actor, 'edit', { staffOnlyFields }));
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.findByIdForUpdate(manager, id);
      if (!current) throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
      const patch = await this.profilePatch(input);
      if (input.safirCode !== undefined) patch.safirCode = input.safirCode;
      const kind = input.kind !== undefined && input.kind !== current.kind ? (input.kind as PrescriberKind) : null;
      if (kind) {
        const safirCode = patch.safirCode !== undefined ? patch.safirCode : current.safirCode;
        if (kind === 'FT' && !safirCode)
          throw validationProblem([
            { field: 'safirCode', code: 'isDefined', message: 'Une agence France Travail est identifiée par son code SAFIR (5 chiffres).' },
          ]);
        if (kind !== 'FT' && safirCode) patch.safirCode = null;
      }
      if (Object.keys(patch).length) await this.repository.update(manager, id, patch);
      if (kind) await this.changeKindWithinTransaction(manager, current, kind, authorizationAfterKindChange(kind), actor.userId);
      await this.organizations.updateIdentityWithinTransaction(manager, actor, id, { name: input.name, siret: input.siret });
      await this.audit.record(manager, {
        action: 'prescriber_organization.updated',
        subjectType: 'organization',
        subjectId: id,
        actorUserId: actor.userId,
        details: { fields: Object.keys(input) },
      });
      await this.outbox.publish(manager, prescriberOrganizationsChanged([id]));
      return this.viewWithin(manager, id);
    });
  }

  /** Staff check that an organisation of a kind habilitated by law really is one (or is not). */
  async decideAuthorization(actor: Actor, id: string, input: { status: 'validated' | 'refused'; reason?: string }): Promise<PrescriberOrganizationView> {
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.repository.findByIdForUpdate(manager, id);
      if (!profile) throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
      if (!isHabilitatedByLaw(profile.kind)) {
        throw new Problem(
          PrescriberProblems.notHabilitatedByLaw,
          'Cette organisation doit demander une habilitation préfectorale à la DDETS de son département.',
        );
      }
      if (input.status === 'refused' && !input.reason?.trim()) {
        throw validationProblem([{ field: 'reason', code: 'isDefined', message: 'Expliquez le refus à l’organisation.' }]);
      }
      if (input.status === 'refused') {
        // Refused, it is no longer of a habilitated kind: an orienteur organisation.
        await this.changeKindWithinTransaction(manager, profile, ORIENTEUR_KIND, 'refused', actor.userId, { notify: false });
      } else {
        await this.organizations.setAuthorizationStatusWithinTransaction(manager, id, input.status);
      }
      await this.repository.update(manager, id, {
        habilitationBasis: input.status === 'validated' ? 'law' : null,
        authorizationDecidedAt: this.clock.now(),
        authorizationDecidedById: actor.userId,
        authorizationReason: input.reason?.trim() || null,
      });
      await this.audit.record(manager, {
        action: `prescriber_organization.authorization_${input.status}`,
        subjectType: 'organization',
        subjectId: id,
        actorUserId: actor.userId,
        details: { reason: input.reason ?? null },
      });
      await this.outbox.publish(manager, prescriberOrganizationsChanged([id]));
      await this.outbox.publish(manager, authorizationDecided(input.status === 'validated', { organizationId: id, reason: input.reason?.trim() || null }));
      return this.viewWithin(manager, id);
    });
  }

  /** Public when listed; members and staff always see their organisation. */
  async get(id: string, viewer?: Actor): Promise<PrescriberOrganizationView> {
    const view = await this.viewWithin(this.dataSource.manager, id).catch(() => null);
    if (!view) throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
    if (!view.listed && !(viewer && (viewer.isStaff || (await this.organizations.membershipRole(viewer.userId, id))))) {
      throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
    }
    return view;
  }

  /** The public directory: organisations with a description, habilitated ones by default. */
  async directory(filter: {
    departement?: string;
    kinds?: string[];
    habilitatedOnly?: boolean;
    cursor?: string;
    limit?: number;
  }): Promise<Page<PrescriberOrganizationView>> {
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(filter.cursor, ['text', 'uuid']);
    const rows = await this.repository.directoryPage({
      habilitatedOnly: filter.habilitatedOnly ?? true,
      departement: filter.departement ?? null,
      kinds: filter.kinds?.length ? filter.kinds : null,
      after,
      limit: limit + 1,
    });
    const views = new Map(
      (
        await this.viewsWithin(
          this.dataSource.manager,
          rows.map((r) => r.id),
        )
      ).map((v) => [v.id, v]),
    );
    return toPage(
      rows,
      limit,
      (r) => [r.sort_name, r.id],
      (r) => views.get(r.id) as PrescriberOrganizationView,
    );
  }

  /** Prefectoral habilitations ending on or before `until` in these départements (all when null), nearest end first (the DDETS's board). */
  async prefectoralEndingBy(filter: { until: IsoDate; departements: string[] | null; kind?: string }): Promise<PrescriberOrganizationView[]> {
    const ids = await this.repository.prefectoralEndingBy({ until: filter.until, departements: filter.departements, kind: filter.kind ?? null });
    const views = new Map((await this.viewsWithin(this.dataSource.manager, ids)).map((v) => [v.id, v]));
    return ids.map((id) => views.get(id)).filter((v): v is PrescriberOrganizationView => !!v);
  }

  async viewWithin(manager: EntityManager, id: string): Promise<PrescriberOrganizationView> {
    const [view] = await this.viewsWithin(manager, [id]);
    if (!view) throw notFound('Aucune organisation prescriptrice ne porte cet identifiant.');
    return view;
  }

  async viewsWithin(manager: EntityManager, ids: string[]): Promise<PrescriberOrganizationView[]> {
    if (ids.length === 0) return [];
    const profiles = await this.repository.findByIds(manager, ids);
    const organizations = new Map((await this.organizations.findByIds(ids, manager)).map((o) => [o.id, o]));
    const communeCodes = [...new Set(profiles.map((p) => p.communeCode).filter((c): c is string => !!c))];
    const communes = new Map((await this.communes.findByCodes(communeCodes)).map((c) => [c.code, c]));
    return profiles.map((p) => {
      const organization = organizations.get(p.id)!;
      const commune = p.communeCode ? communes.get(p.communeCode) : undefined;
      return {
        id: p.id,
        kind: p.kind,
        kindLabel: organization.kindLabel,
        name: organization.name,
        siret: organization.siret,
        safirCode: p.safirCode,
        authorizationStatus: organization.authorizationStatus as AuthorizationStatus,
        habilitated: isHabilitated('prescriber', organization.authorizationStatus),
        habilitation: { basis: p.habilitationBasis, departementCode: p.habilitationDepartementCode, validUntil: p.habilitationValidUntil },
        authorizationDecision: p.authorizationDecidedAt
          ? { at: p.authorizationDecidedAt, byUserId: p.authorizationDecidedById, reason: p.authorizationReason }
          : null,
        kindChange: p.kindChangedAt ? { at: p.kindChangedAt, byUserId: p.kindChangedById } : null,
        address:
          p.communeCode && p.addressLine && p.postalCode
            ? {
                line: p.addressLine,
                complement: p.addressComplement,
                postalCode: p.postalCode,
                communeCode: p.communeCode,
                communeName: commune?.name ?? '',
                departementCode: commune?.departementCode ?? '',
                latitude: p.latitude as number,
                longitude: p.longitude as number,
              }
            : null,
        phone: p.phone,
        email: p.email,
        website: p.website,
        description: p.description,
        isBrsa: p.isBrsa,
        listed: !!p.description,
        createdAt: organization.createdAt,
      };
    });
  }

  /**
   * Changes the kind of a prescriber organisation with its authorisation (a kind change re-opens the
   * validation, an organisation refused or no longer habilitated becomes an orienteur one): the
   * prefectoral habilitation it held ends, who changed it and when is recorded, the members are told
   * (unless the caller tells them itself) and staff are asked to check a kind to validate.
   */
  async changeKindWithinTransaction(
    manager: EntityManager,
    profile: PrescriberOrganization,
    kind: PrescriberKind,
    status: AuthorizationStatus,
    byUserId: string | null,
    options: { notify?: boolean; keepHabilitation?: boolean } = {},
  ): Promise<void> {
    const [before] = await this.organizations.findByIds([profile.id], manager);
    await this.organizations.setPrescriberKindWithinTransaction(manager, profile.id, kind, status);
    await this.repository.update(manager, profile.id, {
      kind,
      kindChangedAt: kind !== profile.kind ? this.clock.now() : profile.kindChangedAt,
      kindChangedById: kind !== profile.kind ? byUserId : profile.kindChangedById,
      ...(options.keepHabilitation
        ? {}
        : {
            habilitationBasis: null,
            habilitationDepartementCode: null,
            habilitationValidUntil: null,
            habilitationWarned90At: null,
            habilitationWarned30At: null,
          }),
    });
    if (kind !== profile.kind) {
      await this.audit.record(manager, {
        action: 'prescriber_organization.kind_changed',
        subjectType: 'organization',
        subjectId: profile.id,
        actorUserId: byUserId,
        details: { from: profile.kind, to: kind, authorizationFrom: before?.authorizationStatus ?? null, authorizationTo: status },
      });
    }
    if (status === 'not_set' && before?.authorizationStatus !== 'not_set') {
      await this.outbox.publish(manager, organizationToCheck({ organizationId: profile.id, kind }));
    }
    if (options.notify !== false && kind !== profile.kind) {
      await this.outbox.publish(
        manager,
        prescriberKindChanged({ organizationId: profile.id, fromKind: profile.kind, toKind: kind, authorizationStatus: status }),
      );
    }
    await this.outbox.publish(manager, prescriberOrganizationsChanged([profile.id]));
  }

  private async profilePatch(input: PrescriberProfileInput): Promise<Partial<PrescriberOrganization>> {
    const patch: Partial<PrescriberOrganization> = {};
    const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
    for (const field of ['phone', 'website', 'description'] as const) {
      const value = text(input[field]);
      if (value !== undefined) patch[field] = value;
    }
    if (input.email !== undefined) patch.email = input.email ? input.email.trim().toLowerCase() : null;
    if (input.isBrsa !== undefined) patch.isBrsa = input.isBrsa;
    if (input.address === null) {
      Object.assign(patch, { addressLine: null, addressComplement: null, postalCode: null, communeCode: null, latitude: null, longitude: null });
    } else if (input.address) {
      Object.assign(patch, await this.communes.resolveAddress(input.address));
    }
    return patch;
  }
}
