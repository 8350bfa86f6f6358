import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim } from '@iae/core';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEPARTEMENT = /^(\d{2,3}|2[AB])$/;
const STATES = ['draft', 'selected', 'submission', 'adversarial', 'closed'];

/** An optional field: left out, it takes its default; null is not a value for it (400 naming it). */
const Omissible = () => ValidateIf((_: object, value: unknown) => value !== undefined);

const DateField = (description: string, example: string) => (target: object, key: string) => {
  ApiProperty({ description, example, format: 'date', maxLength: 10 })(target, key);
  IsString()(target, key);
  Matches(DATE, { message: `${key} doit être une date AAAA-MM-JJ` })(target, key);
};

export class CreateCampaignDto {
  @ApiProperty({ maxLength: 200, example: 'Contrôle a posteriori 2026 — Nord' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @DateField('Premier jour de la période contrôlée (début d’embauche).', '2026-01-01') periodStart: string;
  @DateField('Dernier jour de la période contrôlée ; avant la notification.', '2026-06-30') periodEnd: string;
  @DateField('Jour où les SIAE tirées au sort sont prévenues (le tirage se fait ce jour-là si la DDETS ne l’a pas confirmé).', '2026-12-01') notifyOn: string;
  @DateField('Dernier jour pour transmettre les justificatifs.', '2027-01-31') submissionDeadline: string;
  @DateField('Début de la phase contradictoire (seconde chance pour les justificatifs refusés).', '2027-02-15') adversarialStart: string;

  @ApiPropertyOptional({
    description:
      'Dernier jour pour transmettre de nouveaux justificatifs en phase contradictoire, après son début et avant la fin de la campagne (la DDETS examine entre les deux). Par défaut : 14 jours avant la fin, au plus tôt le lendemain du début de la phase. Une modification des autres dates ne la change pas.',
    example: '2027-03-17',
    format: 'date',
    maxLength: 10,
  })
  @Omissible()
  @IsString()
  @Matches(DATE, { message: 'adversarialDeadline doit être une date AAAA-MM-JJ' })
  adversarialDeadline?: string;

  @DateField(
    'Fin de la campagne : la DDETS examine jusqu’à ce jour ce qui a été transmis ; clôture le lendemain (ce qui n’a pas été examiné est accepté d’office).',
    '2027-03-31',
  )
  endsOn: string;

  @ApiPropertyOptional({ minimum: 20, maximum: 40, default: 30, description: 'Part des SIAE éligibles au contrôle qui sont tirées au sort (au moins une).' })
  @Omissible()
  @IsInt()
  @Min(20)
  @Max(40)
  ratioPercent?: number;
}

/** Only the fields sent change; none of them may be null (a name, a date or a ratio cannot be erased). */
export class UpdateCampaignDto extends PartialType(CreateCampaignDto, { skipNullProperties: false }) {}

export class CampaignListQuery {
  @ApiPropertyOptional({ enum: STATES }) @IsOptional() @IsIn(STATES) state?: string;
  @ApiPropertyOptional({ example: '59', description: 'DREETS, DGEFP et équipe : un département.' })
  @IsOptional()
  @IsString()
  @Matches(DEPARTEMENT)
  departement?: string;
}

export class PopulationQuery {
  @ApiPropertyOptional({ minimum: 20, maximum: 40, description: 'Simuler un autre taux que celui de la campagne.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(20)
  @Max(40)
  ratioPercent?: number;
}

class RefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class ControlDepartementDto {
  @ApiProperty({ example: '59' }) code: string;
  @ApiProperty({ example: 'Nord' }) name: string;
}

class ControlEmployerRefDto extends RefDto {
  @ApiProperty({ enum: ['AI', 'EI', 'ACI', 'ETTI'] }) kind: string;
}

class SelectionDto {
  @ApiProperty({ description: 'Embauches de la population au moment du tirage.' }) populationHires: number;
  @ApiProperty({ description: 'SIAE ayant au moins 2 embauches de la population.' }) qualifyingSiae: number;
  @ApiProperty() selectedSiae: number;
  @ApiProperty() selectedAt: Date;
}

class EvaluationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ControlEmployerRefDto }) employer: ControlEmployerRefDto;
  @ApiProperty({ enum: ['pending', 'submittable', 'submitted', 'refused', 'adversarial', 'resubmitted', 'closed'] }) state: string;
  @ApiProperty() hiresInPopulation: number;
  @ApiProperty({ nullable: true, type: String, enum: ['accepted', 'refused'] }) finalState: string | null;
  @ApiProperty() hasSanctions: boolean;
}

export class ControlHistoryEntryDto {
  @ApiProperty({ example: 'control_campaign.selected' }) action: string;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: ControlDepartementDto }) departement: ControlDepartementDto;
  @ApiProperty({ type: RefDto, description: 'La DDETS qui conduit la campagne.' }) institution: RefDto;
  @ApiProperty({ nullable: true, type: String, description: 'Campagnes ouvertes ensemble par l’équipe.' }) batchId: string | null;
  @ApiProperty() periodStart: string;
  @ApiProperty() periodEnd: string;
  @ApiProperty() notifyOn: string;
  @ApiProperty() submissionDeadline: string;
  @ApiProperty() adversarialStart: string;
  @ApiProperty({ description: 'Dernier jour de la structure pour transmettre en phase contradictoire.' }) adversarialDeadline: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() ratioPercent: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'La graine du tirage, tirée à sa confirmation (null avant) : la même graine sur la même population tire les mêmes SIAE et embauches.',
  })
  seed: number | null;
  @ApiProperty({ enum: STATES }) state: string;
  @ApiProperty({ type: SelectionDto, nullable: true }) selection: SelectionDto | null;
  @ApiProperty({ nullable: true, type: Date }) notifiedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) adversarialOpenedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) closedAt: Date | null;
  @ApiProperty({ description: 'La campagne reste consultable 3 ans après sa fin.' }) readableUntil: string;
  @ApiProperty({ enum: ['decide', 'read'] }) right: 'decide' | 'read';
  @ApiProperty({ type: [EvaluationSummaryDto] }) evaluations: EvaluationSummaryDto[];
  @ApiProperty({ type: [ControlHistoryEntryDto] }) history: ControlHistoryEntryDto[];
  @ApiProperty() createdAt: Date;
}

class BatchCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() departementCode: string;
}

class BatchSkippedDto {
  @ApiProperty() departementCode: string;
  @ApiProperty() reason: string;
}

export class CampaignBatchDto {
  @ApiProperty({ format: 'uuid' }) batchId: string;
  @ApiProperty({ type: [BatchCreatedDto] }) created: BatchCreatedDto[];
  @ApiProperty({ type: [BatchSkippedDto], description: 'Départements dont une campagne couvre déjà la période.' }) skipped: BatchSkippedDto[];
}

class PopulationSiaeDto {
  @ApiProperty({ type: ControlEmployerRefDto }) employer: ControlEmployerRefDto;
  @ApiProperty() hires: number;
  @ApiProperty({ description: 'Au moins 2 embauches auto-prescrites dans la période.' }) qualifies: boolean;
  @ApiProperty({ description: '20 % de ses embauches, au moins 2, au plus 20.' }) hiresControlledIfDrawn: number;
  @ApiProperty() selected: boolean;
}

export class PopulationDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ enum: STATES }) state: string;
  @ApiProperty() ratioPercent: number;
  @ApiProperty({ nullable: true, type: Number, description: 'La graine du tirage, une fois confirmé.' }) seed: number | null;
  @ApiProperty({ description: 'Embauches acceptées dans la période, auto-prescrites par la SIAE qui embauche, avec un PASS IAE délivré pour elles.' })
  hires: number;
  @ApiProperty() siae: number;
  @ApiProperty() qualifyingSiae: number;
  @ApiProperty() siaeToSelect: number;
  @ApiProperty({ type: [PopulationSiaeDto] }) bySiae: PopulationSiaeDto[];
}
