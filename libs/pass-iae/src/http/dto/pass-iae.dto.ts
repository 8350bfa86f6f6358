import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, PageQuery, trim } from '@iae/core';
import { DENY_REASONS, PROPOSED_ACTIONS } from '../../pass-iae.entity';
import { DECLARED_REASONS, REQUEST_REASONS } from '../../rules/prolongation-rules';
import { SUSPENSION_REASONS } from '../../rules/suspension-rules';

const SUSPENSION_REASON_KEYS = Object.keys(SUSPENSION_REASONS);
const DENY_REASON_KEYS = Object.keys(DENY_REASONS);
const PROPOSED_ACTION_KEYS = Object.keys(PROPOSED_ACTIONS);

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'ACI' }) kind: string;
}

export class SuspensionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-11-02' }) startDate: string;
  @ApiProperty({ example: '2027-01-31', description: 'Dernier jour suspendu.' }) endDate: string;
  @ApiProperty({ example: 'CONTRACT_SUSPENDED' }) reason: string;
  @ApiProperty() reasonLabel: string;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty({ type: OrganizationRefDto, nullable: true, description: 'La structure qui l’a faite (elle seule la modifie).' })
  madeBy: OrganizationRefDto | null;
  @ApiProperty() createdAt: Date;
}

export class ProlongationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ example: 'COMPLETE_TRAINING' }) reason: string;
  @ApiProperty() reasonLabel: string;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) declaredBy: OrganizationRefDto | null;
  @ApiProperty({ type: OrganizationRefDto, nullable: true, description: 'Le prescripteur qui l’a accordée (motifs RQTH, SENIOR, PARTICULAR_DIFFICULTIES).' })
  prescriberOrganization: OrganizationRefDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) requestId: string | null;
  @ApiProperty() createdAt: Date;
}

export class RequestCandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ example: '1968-03-14' }) birthDate: string;
}

export class DenialDto {
  @ApiProperty({ enum: DENY_REASON_KEYS }) reason: string;
  @ApiProperty() reasonLabel: string;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty({ enum: PROPOSED_ACTION_KEYS, isArray: true }) proposedActions: string[];
  @ApiProperty({ nullable: true, type: String }) proposedActionsExplanation: string | null;
}

export class ProlongationRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '999990000042' }) passNumber: string;
  @ApiProperty({ type: RequestCandidateDto }) candidate: RequestCandidateDto;
  @ApiProperty({ type: OrganizationRefDto, description: 'La SIAE qui demande.' }) employer: OrganizationRefDto;
  @ApiProperty({ type: OrganizationRefDto }) prescriberOrganization: OrganizationRefDto;
  @ApiProperty({
    description:
      'L’organisation sollicitée est habilitée. false : son habilitation a pris fin ou a été retirée, elle ne décide plus ; une demande en attente s’adresse alors à un autre prescripteur habilité (POST /api/prolongation-requests/{id}/readdress).',
  })
  prescriberOrganizationHabilitated: boolean;
  @ApiProperty({ enum: REQUEST_REASONS }) reason: string;
  @ApiProperty() reasonLabel: string;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
  @ApiProperty({ enum: ['pending', 'granted', 'denied'] }) status: string;
  @ApiProperty({ description: 'Un bilan est joint (GET /api/prolongation-requests/{id}/report).' }) hasReport: boolean;
  @ApiProperty() requirePhoneInterview: boolean;
  @ApiProperty({ nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty() remindersSent: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty({
    example: '2026-12-01',
    description: 'Le jour où la demande a été adressée à son prescripteur : son envoi, ou son envoi à un autre prescripteur habilité.',
  })
  addressedOn: string;
  @ApiProperty({ nullable: true, type: Date }) processedAt: Date | null;
  @ApiProperty({ type: DenialDto, nullable: true }) denial: DenialDto | null;
}

export class PassHireDto {
  @ApiProperty({ format: 'uuid' }) candidatureId: string;
  @ApiProperty({ type: OrganizationRefDto }) employer: OrganizationRefDto;
  @ApiProperty() hiringStart: string;
  @ApiProperty({ nullable: true, type: String }) hiringEnd: string | null;
  @ApiProperty() cancelled: boolean;
}

export class PassDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '999990000042' }) number: string;
  @ApiProperty({ example: '99999 00 00042' }) numberDisplay: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ example: '2026-12-01' }) startDate: string;
  @ApiProperty({ example: '2028-11-29', description: 'Dernier jour de validité, suspensions et prolongations comprises.' }) endDate: string;
  @ApiProperty({ enum: ['future', 'valid', 'suspended', 'expired'], description: 'L’état aujourd’hui.' }) status: string;
  @ApiProperty({ description: 'Jours de parcours restants, jours suspendus exclus.' }) remainingDays: number;
  @ApiProperty({ example: 'default' }) origin: string;
  @ApiProperty({ type: [SuspensionDto] }) suspensions: SuspensionDto[];
  @ApiProperty({ type: [ProlongationDto] }) prolongations: ProlongationDto[];
  @ApiProperty({ type: ProlongationRequestDto, nullable: true }) pendingRequest: ProlongationRequestDto | null;
  @ApiProperty({ type: [PassHireDto] }) hires: PassHireDto[];
}

export class PassCheckQuery {
  @ApiProperty({ example: '999990000042', description: 'Le numéro du PASS IAE (les espaces sont ignorés).' })
  @IsString()
  @Matches(/^[0-9A-Za-z ]{12,16}$/, { message: 'number doit être un numéro de PASS IAE de 12 caractères' })
  number: string;

  @ApiProperty({ example: '1990-04-12', description: 'La date de naissance de la personne.' }) @IsCalendarDate() birthDate: string;
}

export class PassCheckDto {
  @ApiProperty({ description: 'Vrai si ce numéro est un PASS IAE en cours ou à venir de la personne née ce jour-là.' }) valid: boolean;
  @ApiPropertyOptional({ example: '2028-11-29', description: 'Dernier jour de validité, quand il est valide.' }) endDate?: string;
}

export class CreateSuspensionDto {
  @ApiProperty({ example: '2026-11-02', description: 'Au plus tard aujourd’hui, au plus tôt il y a 365 jours, dans le PASS.' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ example: '2027-01-31', description: 'Dernier jour suspendu ; 36 mois au plus.' }) @IsCalendarDate() endDate: string;

  @ApiProperty({
    enum: SUSPENSION_REASON_KEYS,
    description: 'Un prescripteur habilité : CONTRACT_BROKEN ou FINISHED_CONTRACT. CONTRAT_PASSERELLE : EI et ACI.',
  })
  @IsIn(SUSPENSION_REASON_KEYS)
  reason: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) explanation?:
    string | null;
}

export class EditSuspensionDto {
  @ApiPropertyOptional({ example: '2026-11-02' }) @IsOptional() @IsCalendarDate() startDate?: string;
  @ApiPropertyOptional({ example: '2027-02-28' }) @IsOptional() @IsCalendarDate() endDate?: string;
  @ApiPropertyOptional({ enum: SUSPENSION_REASON_KEYS }) @IsOptional() @IsIn(SUSPENSION_REASON_KEYS) reason?: string;
  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) explanation?:
    string | null;
}

export class DeclareProlongationDto {
  @ApiProperty({ enum: DECLARED_REASONS, description: 'SENIOR_CDI (10 ans au plus) ou COMPLETE_TRAINING (12 mois au plus).' })
  @IsIn([...DECLARED_REASONS, ...REQUEST_REASONS])
  reason: string;

  @ApiProperty({ example: '2028-06-30', description: 'Dernier jour de la prolongation, qui commence le lendemain de la fin du PASS.' })
  @IsCalendarDate()
  endDate: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) explanation?:
    string | null;
}

export class RequestProlongationDto {
  @ApiProperty({
    enum: REQUEST_REASONS,
    description: 'RQTH (3 ans en tout), SENIOR (5 ans en tout), PARTICULAR_DIFFICULTIES (AI et ACI, 3 ans en tout) ; 12 mois par demande.',
  })
  @IsIn([...DECLARED_REASONS, ...REQUEST_REASONS])
  reason: string;

  @ApiProperty({ example: '2028-06-30' }) @IsCalendarDate() endDate: string;

  @ApiProperty({ format: 'uuid', description: 'L’organisation de prescripteurs habilitée qui décidera.' }) @IsUUID() prescriberOrganizationId: string;

  @ApiProperty({ maxLength: 2000, description: 'Pourquoi prolonger : la situation de la personne, ce que le parcours doit encore apporter.' })
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  explanation: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Le bilan envoyé par POST /api/prolongation-reports (PDF).' })
  @IsOptional()
  @IsUUID()
  reportFileId?: string | null;

  @ApiPropertyOptional({ description: 'La structure souhaite un entretien téléphonique (contactEmail et contactPhone requis).' })
  @IsOptional()
  @IsBoolean()
  requirePhoneInterview?: boolean;
  @ApiPropertyOptional({ maxLength: 254, nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(254) contactEmail?: string | null;

  @ApiPropertyOptional({ maxLength: 30, nullable: true, type: String, example: '04 72 00 00 00' })
  @IsOptional()
  @Matches(/^[0-9 +().-]{6,30}$/, { message: 'contactPhone doit être un numéro de téléphone' })
  contactPhone?: string | null;
}

export class ReaddressProlongationRequestDto {
  @ApiProperty({ format: 'uuid', description: 'L’organisation de prescripteurs habilitée qui décidera désormais.' }) @IsUUID() prescriberOrganizationId: string;
}

export class DenyProlongationDto {
  @ApiProperty({
    enum: DENY_REASON_KEYS,
    description: 'IAE : l’IAE ne convient plus ; SIAE : ce type de structure ne convient plus ; DURATION : durée inadaptée ; REASON : motif inadapté.',
  })
  @IsIn(DENY_REASON_KEYS)
  reason: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) explanation?:
    string | null;

  @ApiPropertyOptional({ enum: PROPOSED_ACTION_KEYS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(PROPOSED_ACTION_KEYS, { each: true })
  proposedActions?: string[];

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  proposedActionsExplanation?: string | null;
}

export class ProlongationRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'granted', 'denied'] }) @IsOptional() @IsIn(['pending', 'granted', 'denied']) status?: string;
}

export class ProlongationRequestPageDto {
  @ApiProperty({ type: [ProlongationRequestDto] }) items: ProlongationRequestDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() size: number;
}

export class CorrectPassDatesDto {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'Le premier jour corrigé (absent : inchangé).' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2028-11-30', description: 'Le dernier jour corrigé (absent : inchangé) ; après le début.' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiProperty({ maxLength: 2000, description: 'Pourquoi corriger : gardé dans l’historique du PASS.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class PassHistoryEntryDto {
  @ApiProperty({ example: 'pass_iae.dates_corrected' }) action: string;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorOrganizationId: string | null;
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
}
