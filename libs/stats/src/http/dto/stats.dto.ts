import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { OptionalDateField } from '@iae/core';

export class StatsQuery {
  @ApiPropertyOptional({ example: '13', description: 'Un département (par défaut : celui de la DDETS qui lit).' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/, { message: 'departement doit être un code de département (13, 2A, 974…)' })
  departement?: string;

  @ApiPropertyOptional({ example: '93', description: 'Une région (par défaut : celle de la DREETS qui lit).' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2,3}$/, { message: 'region doit être un code de région (11, 93…)' })
  region?: string;

  @OptionalDateField('Premier jour de la période (par défaut : il y a 12 mois).')
  from?: string;

  @OptionalDateField('Dernier jour de la période, inclus (par défaut : aujourd’hui).')
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv : le même contenu en CSV (séparateur « ; », UTF-8).' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class PrescriberOrganizationsQuery extends StatsQuery {
  @ApiPropertyOptional({ description: 'Inclure les organisations non habilitées (orienteurs).', default: false })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeOrienteurs?: boolean;
}

class TerritoryDto {
  @ApiProperty({ enum: ['national', 'region', 'departement'] }) level: string;
  @ApiProperty({ nullable: true, type: String, example: '13' }) code: string | null;
  @ApiProperty({ example: 'Bouches-du-Rhône' }) name: string;
}

class PeriodDto {
  @ApiProperty({ example: '2025-11-24' }) from: string;
  @ApiProperty({ example: '2026-11-23' }) to: string;
}

class FigureSetDto {
  @ApiProperty() territory: TerritoryDto;
  @ApiProperty({ description: 'Les flux (envoyées, délivrés…) sont comptés sur ces jours, inclus.' }) period: PeriodDto;
  @ApiProperty({ description: 'Le jour où les stocks (en attente, en cours) sont comptés.' }) today: string;
  @ApiProperty({
    description:
      'Quand les données ont été lues : les chiffres des 12 derniers mois sont recalculés chaque heure, ceux des trois dernières années civiles chaque jour, ceux d’une autre période à la demande.',
    example: '2026-11-23T08:41:00.000Z',
  })
  computedAt: string;
}

class FlowsDto {
  @ApiProperty({ description: 'Candidatures envoyées dans la période.' }) sent: number;
  @ApiProperty({ description: 'Parmi elles, acceptées (embauche).' }) accepted: number;
  @ApiProperty({ description: 'Parmi elles, déclinées.' }) refused: number;
  @ApiProperty({ description: 'Parmi elles, encore sans réponse (nouvelle, à l’étude, en attente).' }) pending: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Acceptées / envoyées, en %.' }) transformationRate: number | null;
}

class RefusalReasonFigureDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() refused: number;
}

class SenderFigureDto extends FlowsDto {
  @ApiProperty({ example: 'prescriber:FT:habilitated' }) key: string;
  @ApiProperty({ enum: ['candidate', 'employer', 'prescriber'] }) sender: string;
  @ApiProperty({ nullable: true, type: String }) organizationKind: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) habilitated: boolean | null;
}

class EmployerKindFigureDto extends FlowsDto {
  @ApiProperty({ example: 'ACI' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty() pendingOver30Days: number;
  @ApiProperty({ nullable: true, type: Number }) medianDaysToFirstAnswer: number | null;
}

export class CandidatureFiguresDto extends FlowsDto {
  @ApiProperty() territory: TerritoryDto;
  @ApiProperty() period: PeriodDto;
  @ApiProperty() today: string;
  @ApiProperty() computedAt: string;
  @ApiProperty({ description: 'Sans réponse, envoyées il y a plus de 30 jours (toutes périodes).' }) pendingOver30Days: number;
  @ApiProperty({ description: 'Envoyées dans la période et ayant reçu une première réponse de l’employeur.' }) answered: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Médiane du délai entre l’envoi et la première réponse, en jours.' }) medianDaysToFirstAnswer:
    number | null;
  @ApiProperty({ type: [RefusalReasonFigureDto] }) refusedByReason: RefusalReasonFigureDto[];
  @ApiProperty({ type: [SenderFigureDto], description: 'Par émetteur : le candidat, la SIAE elle-même (auto-prescription), un prescripteur par type.' })
  bySender: SenderFigureDto[];
  @ApiProperty({ type: [EmployerKindFigureDto] }) byEmployerKind: EmployerKindFigureDto[];
}

class PassCountsDto {
  @ApiProperty({ description: 'PASS IAE dont le parcours commence dans la période.' }) issued: number;
  @ApiProperty({ description: 'En cours aujourd’hui (suspendus compris).' }) running: number;
  @ApiProperty({ description: 'Suspendus aujourd’hui.' }) suspended: number;
  @ApiProperty({ description: 'En cours et prolongés au moins une fois.' }) runningProlonged: number;
  @ApiProperty({ description: 'Finissant dans les 90 prochains jours.' }) endingWithin90Days: number;
}

class PassKindFigureDto extends PassCountsDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
}

class ProlongationReasonFigureDto {
  @ApiProperty() key: string;
  @ApiProperty() prolongations: number;
}

export class PassIaeFiguresDto extends PassCountsDto {
  @ApiProperty() territory: TerritoryDto;
  @ApiProperty() period: PeriodDto;
  @ApiProperty() today: string;
  @ApiProperty() computedAt: string;
  @ApiProperty({ description: 'Prolongations commençant dans la période.' }) prolongationsStarted: number;
  @ApiProperty({ type: [ProlongationReasonFigureDto] }) prolongationsByReason: ProlongationReasonFigureDto[];
  @ApiProperty({ type: [PassKindFigureDto], description: 'Par type de la SIAE qui a obtenu le PASS.' }) byEmployerKind: PassKindFigureDto[];
}

class SiaeAutoPrescriptionDto {
  @ApiProperty({ format: 'uuid', description: 'La SIAE.' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() departementCode: string;
  @ApiProperty({ description: 'Embauches commençant dans la période.' }) hires: number;
  @ApiProperty({ description: 'Dont l’éligibilité a été validée par la SIAE elle-même.' }) autoPrescribed: number;
  @ApiProperty({ nullable: true, type: Number, description: 'En %.' }) share: number | null;
}

export class AutoPrescriptionFiguresDto extends FigureSetDto {
  @ApiProperty() hires: number;
  @ApiProperty() autoPrescribed: number;
  @ApiProperty({ nullable: true, type: Number }) share: number | null;
  @ApiProperty({ type: [SiaeAutoPrescriptionDto], description: 'La part la plus haute d’abord.' }) siae: SiaeAutoPrescriptionDto[];
}

class PrescriberCountsDto {
  @ApiProperty() organizations: number;
  @ApiProperty() habilitated: number;
  @ApiProperty({ description: 'Ayant envoyé une candidature ou fait un diagnostic dans la période.' }) active: number;
  @ApiProperty() activeHabilitated: number;
  @ApiProperty() candidaturesSent: number;
  @ApiProperty() candidaturesAccepted: number;
  @ApiProperty({ nullable: true, type: Number }) transformationRate: number | null;
  @ApiProperty({ description: 'Diagnostics d’éligibilité faits dans la période.' }) diagnoses: number;
}

class PrescriberKindFigureDto extends PrescriberCountsDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
}

export class PrescriberFiguresDto extends PrescriberCountsDto {
  @ApiProperty() territory: TerritoryDto;
  @ApiProperty() period: PeriodDto;
  @ApiProperty() today: string;
  @ApiProperty() computedAt: string;
  @ApiProperty({ type: [PrescriberKindFigureDto] }) byKind: PrescriberKindFigureDto[];
}

class PrescriberOrganizationFigureDto {
  @ApiProperty({ format: 'uuid', description: 'L’organisation.' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() habilitated: boolean;
  @ApiProperty({ nullable: true, type: String }) departementCode: string | null;
  @ApiProperty() candidaturesSent: number;
  @ApiProperty() candidaturesAccepted: number;
  @ApiProperty({ nullable: true, type: Number }) transformationRate: number | null;
  @ApiProperty() diagnoses: number;
  @ApiProperty({ nullable: true, type: Date }) lastActivityAt: Date | null;
}

export class PrescriberOrganizationFiguresDto extends FigureSetDto {
  @ApiProperty({ type: [PrescriberOrganizationFigureDto], description: 'Les plus actives d’abord.' }) organizations: PrescriberOrganizationFigureDto[];
}
