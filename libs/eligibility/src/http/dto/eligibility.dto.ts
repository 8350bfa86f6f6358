import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CriterionDto {
  @ApiProperty({ example: 'RSA' }) key: string;
  @ApiProperty({ enum: [1, 2] }) level: number;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Le justificatif attendu.' }) proof: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Âge maximal du justificatif, en mois, le jour du diagnostic ; null quand il doit seulement être en cours de validité.',
  })
  proofValidityMonths: number | null;
}

export class CriterionInputDto {
  @ApiProperty({ example: 'RSA', description: 'Voir GET /api/eligibility-criteria.' }) @IsString() @MaxLength(20) key: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Le justificatif envoyé par POST /api/eligibility-proofs ; obligatoire pour une SIAE.' })
  @IsOptional()
  @IsUUID()
  proofFileId?: string;

  @ApiPropertyOptional({ example: '2026-10-02', description: 'La date du justificatif ; obligatoire avec un justificatif.' })
  @IsOptional()
  @Matches(DATE, { message: 'proofDate doit être une date AAAA-MM-JJ' })
  proofDate?: string;
}

export class CreateDiagnosisDto {
  @ApiPropertyOptional({
    type: [CriterionInputDto],
    description:
      'Un prescripteur habilité n’est pas tenu de renseigner les critères ; une SIAE donne 1 critère de niveau 1 ou 2 (AI, ETTI) ou 3 (ACI, EI, EITI) critères de niveau 2, chacun avec son justificatif.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(18)
  @ValidateNested({ each: true })
  @Type(() => CriterionInputDto)
  criteria?: CriterionInputDto[];

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
}

export class DiagnosisAuthorDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ example: 'FT' }) kind: string;
}

export class DiagnosisCriterionDto {
  @ApiProperty() key: string;
  @ApiProperty() level: number;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: String }) proofDate: string | null;
  @ApiProperty({ description: 'Téléchargeable par son auteur, le candidat et l’équipe.' }) hasProof: boolean;
}

export class DiagnosisDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ enum: ['prescriber', 'employer'] }) authorKind: 'prescriber' | 'employer';
  @ApiProperty({ type: DiagnosisAuthorDto }) author: DiagnosisAuthorDto;
  @ApiProperty({ example: '2026-11-23' }) createdOn: string;
  @ApiProperty({ example: '2027-05-22', description: 'Dernier jour de validité.' }) validUntil: string;
  @ApiProperty() valid: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) replacedById: string | null;
  @ApiProperty({ type: [DiagnosisCriterionDto] }) criteria: DiagnosisCriterionDto[];
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
}

export class EligibilityQuery {
  @ApiProperty({ format: 'uuid', description: 'La structure qui recrute.' }) @IsUUID() employer: string;
}

export class EmployerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'ACI' }) kind: string;
}

export class EligibilityBasisDto {
  @ApiProperty({ enum: ['notRequired', 'passIae', 'prescriberDiagnosis', 'employerDiagnosis'] }) kind: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) diagnosisId: string | null;
  @ApiProperty({ nullable: true, type: String }) authorOrganizationName: string | null;
  @ApiProperty({ nullable: true, type: String }) createdOn: string | null;
}

export class ReasonDto {
  @ApiProperty({ enum: ['noDiagnosis', 'diagnosisExpired', 'diagnosisForAnotherSiae', 'autoPrescriptionWithdrawn', 'proofsTooOld'] }) code: string;
  @ApiProperty() message: string;
}

export class RequirementDto {
  @ApiProperty({ example: 1 }) level1: number;
  @ApiProperty({ example: 3 }) level2: number;
}

export class ProposedCriterionDto {
  @ApiProperty() key: string;
  @ApiProperty() level: number;
  @ApiProperty() label: string;
}

export class EligibilityAnswerDto {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ type: EmployerRefDto }) employer: EmployerRefDto;
  @ApiProperty({ example: '2026-11-23' }) on: string;
  @ApiProperty({ description: 'false pour un GEIQ, une EA, une EATT, une OPCS.' }) required: boolean;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ type: EligibilityBasisDto, nullable: true }) basis: EligibilityBasisDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'Dernier jour de validité de ce qui fonde l’éligibilité.' }) validUntil: string | null;
  @ApiProperty({ type: [ReasonDto], description: 'Pourquoi la personne n’est pas éligible ici.' }) reasons: ReasonDto[];
  @ApiProperty({ type: RequirementDto, nullable: true, description: 'Ce qu’il faut pour que la structure auto-prescrive.' }) requirement: RequirementDto | null;
  @ApiProperty({ type: [ProposedCriterionDto], description: 'Les critères que la fiche du candidat laisse présumer, à justifier.' })
  proposedCriteria: ProposedCriterionDto[];
  @ApiProperty({ nullable: true, type: Boolean }) proposedCriteriaMeetRequirement: boolean | null;
}

export class ProofDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() size: number;
}
