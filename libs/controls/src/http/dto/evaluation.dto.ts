import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { trim } from '@iae/core';
import { REVIEWER_REFUSAL_REASONS } from '../../rules/review-rules';
import { ControlHistoryEntryDto } from './campaign.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECISIONS = ['accepted', 'refused'];
const REASONS = ['delay', 'invalid_proof', 'missing_proof', 'other'];

export class ReviewDto {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) decision: 'accepted' | 'refused';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Obligatoire pour un refus : ce que la structure lira.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ControlDecisionDto {
  @ApiProperty({ enum: DECISIONS, description: 'Acceptée quand aucun critère ne reste refusé ; refusée sinon.' }) @IsIn(DECISIONS) decision:
    'accepted' | 'refused';

  @ApiPropertyOptional({ enum: REVIEWER_REFUSAL_REASONS, description: 'Obligatoire pour un refus.' })
  @IsOptional()
  @IsIn(REVIEWER_REFUSAL_REASONS as string[])
  reason?: 'invalid_proof' | 'missing_proof' | 'other';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Obligatoire pour le motif « other ».' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class DateRangeDto {
  @ApiProperty({ example: '2027-04-15' }) @IsString() @Matches(DATE, { message: 'from doit être une date AAAA-MM-JJ' }) from: string;
  @ApiProperty({ example: '2027-10-14' }) @IsString() @Matches(DATE, { message: 'to doit être une date AAAA-MM-JJ' }) to: string;
}

export class WithdrawalDto {
  @ApiProperty({ example: '2027-04-15', description: 'Au plus tôt un mois après la décision.' })
  @IsString()
  @Matches(DATE, { message: 'from doit être une date AAAA-MM-JJ' })
  from: string;

  @ApiPropertyOptional({ example: '2027-10-14', nullable: true, type: String, description: 'Après le début ; absent ou null : retrait sans fin.' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: 'to doit être une date AAAA-MM-JJ' })
  to?: string | null;
}

export class SubsidyCutDto extends DateRangeDto {
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) percent: number;
}

export class SanctionsDto {
  @ApiPropertyOptional({ maxLength: 5000, description: 'Le texte de la décision, envoyé à la structure ; obligatoire avec une sanction.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  explanation?: string;

  @ApiPropertyOptional({ description: 'Session de formation obligatoire sur l’auto-prescription.' }) @IsOptional() @IsBoolean() trainingSession?: boolean;

  @ApiPropertyOptional({
    type: WithdrawalDto,
    description:
      'Retrait de l’auto-prescription : la structure ne valide plus l’éligibilité elle-même, à partir d’un mois au moins après la décision, jusqu’à `to` ou sans fin.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WithdrawalDto)
  autoPrescriptionWithdrawal?: WithdrawalDto;

  @ApiPropertyOptional({ type: SubsidyCutDto, description: 'Baisse de l’aide au poste, de 1 à 100 %, sur une période.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SubsidyCutDto)
  subsidyCut?: SubsidyCutDto;

  @ApiPropertyOptional({ description: 'Proposition de déconventionnement.' }) @IsOptional() @IsBoolean() deactivationProposed?: boolean;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Sans sanction : la raison (obligatoire).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  noSanctionReason?: string;
}

export class ProofQuery {
  @ApiPropertyOptional({ enum: [1, 2], description: 'La phase (1 : transmission, 2 : phase contradictoire) ; la dernière par défaut.' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2])
  phase?: 1 | 2;
}

class CampaignRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() departementCode: string;
  @ApiProperty() institutionName: string;
  @ApiProperty() state: string;
  @ApiProperty() periodStart: string;
  @ApiProperty() periodEnd: string;
  @ApiProperty() submissionDeadline: string;
  @ApiProperty() adversarialStart: string;
  @ApiProperty({ description: 'Dernier jour pour transmettre en phase contradictoire.' }) adversarialDeadline: string;
  @ApiProperty({ description: 'Fin de la campagne : la DDETS examine jusqu’à ce jour.' }) endsOn: string;
}

class ControlEmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
}

class ControlProofDto {
  @ApiProperty({ enum: [1, 2] }) phase: 1 | 2;
  @ApiProperty() fileName: string;
  @ApiProperty() uploadedAt: Date;
  @ApiProperty() submitted: boolean;
}

class ReviewViewDto {
  @ApiProperty({ enum: [1, 2] }) phase: 1 | 2;
  @ApiProperty({ enum: DECISIONS }) decision: 'accepted' | 'refused';
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() reviewedAt: Date;
}

class ControlledCriterionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'RSA' }) key: string;
  @ApiProperty() level: number;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Le justificatif attendu.' }) expectedProof: string;
  @ApiProperty({ description: 'Un justificatif est attendu pour ce critère dans la phase ouverte.' }) toSend: boolean;
  @ApiProperty({ type: [ControlProofDto] }) proofs: ControlProofDto[];
  @ApiProperty({ type: [ReviewViewDto], description: 'Visibles de la structure une fois la décision de la phase prise.' }) reviews: ReviewViewDto[];
}

class CandidateRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

class ControlledHireDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ['pending', 'uploaded', 'submitted', 'reviewed', 'refused', 'refused_2', 'accepted'],
    description:
      'pending : un critère au moins sans justificatif ; uploaded : tous déposés ; submitted : transmis ; reviewed : tous examinés, décision à venir (DDETS) ; refused, refused_2 : refusé une fois, deux fois ; accepted.',
  })
  state: string;
  @ApiProperty({ type: CandidateRefDto }) candidate: CandidateRefDto;
  @ApiProperty() hiringStart: string;
  @ApiProperty({ nullable: true, type: String }) passNumber: string | null;
  @ApiProperty({ type: [ControlledCriterionDto] }) criteria: ControlledCriterionDto[];
}

class RefusalDto {
  @ApiProperty({ enum: REASONS }) reason: string;
  @ApiProperty() reasonLabel: string;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ nullable: true, type: Date }) at: Date | null;
}

class FinalDto {
  @ApiProperty({ enum: DECISIONS }) state: string;
  @ApiProperty({ nullable: true, type: String, enum: REASONS }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) reasonLabel: string | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ description: 'Clos d’office à la fin de la campagne.' }) forced: boolean;
  @ApiProperty() at: Date;
}

class WithdrawalViewDto {
  @ApiProperty({ example: '2027-04-15' }) from: string;
  @ApiProperty({ example: '2027-10-14', nullable: true, type: String, description: 'null : retrait sans fin.' }) to: string | null;
}

class SanctionsViewDto {
  @ApiProperty() trainingSession: boolean;
  @ApiProperty({ type: WithdrawalViewDto, nullable: true }) autoPrescriptionWithdrawal: WithdrawalViewDto | null;
  @ApiProperty({ type: SubsidyCutDto, nullable: true }) subsidyCut: SubsidyCutDto | null;
  @ApiProperty() deactivationProposed: boolean;
  @ApiProperty({ nullable: true, type: String }) explanation: string | null;
  @ApiProperty({ nullable: true, type: String }) noSanctionReason: string | null;
  @ApiProperty() decidedAt: Date;
}

export class ControlEvaluationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending', 'submittable', 'submitted', 'refused', 'adversarial', 'resubmitted', 'closed'] }) state: string;
  @ApiProperty({ type: CampaignRefDto }) campaign: CampaignRefDto;
  @ApiProperty({ type: ControlEmployerDto }) employer: ControlEmployerDto;
  @ApiProperty() hiresInPopulation: number;
  @ApiProperty({ nullable: true, enum: [1, 2], type: Number }) openPhase: 1 | 2 | null;
  @ApiProperty({ nullable: true, type: String, description: 'Le dernier jour pour transmettre, dans la phase en cours.' }) deadline: string | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) resubmittedAt: Date | null;
  @ApiProperty({ type: RefusalDto, nullable: true }) firstPhaseRefusal: RefusalDto | null;
  @ApiProperty({ type: FinalDto, nullable: true }) final: FinalDto | null;
  @ApiProperty({ type: [ControlledHireDto] }) hires: ControlledHireDto[];
  @ApiProperty({ type: SanctionsViewDto, nullable: true }) sanctions: SanctionsViewDto | null;
  @ApiProperty({ type: [ControlHistoryEntryDto], description: 'Pour les services de l’État ; vide pour la structure.' }) history: ControlHistoryEntryDto[];
}
