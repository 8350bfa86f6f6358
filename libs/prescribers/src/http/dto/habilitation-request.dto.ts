import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '@iae/core';

const AXIS = (description: string) => ApiPropertyOptional({ description, maxLength: 5000, nullable: true, type: String });
const STATUSES = ['draft', 'submitted', 'information_requested', 'granted', 'refused', 'cancelled'];

export class HabilitationAxesDto {
  @AXIS('Axe 1 — l’organisation est clairement identifiée par les services de l’État du territoire.')
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  identification?: string | null;

  @AXIS('Axe 2 — sa mission d’accueil ou d’accompagnement de personnes en difficulté.')
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  mission?: string | null;

  @AXIS('Axe 3 — un personnel compétent pour réaliser un diagnostic socio-professionnel, connaissant l’IAE.')
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  staffCompetence?: string | null;

  @AXIS('Axe 4 — un besoin non couvert par les prescripteurs habilités nationalement.')
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  unmetNeed?: string | null;

  @ApiPropertyOptional({ description: 'Renouvellement : partenariats, participation aux instances locales…', maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  evaluationNotes?: string | null;
}

export class CreateHabilitationRequestDto extends HabilitationAxesDto {
  @ApiProperty({ example: '69', description: 'Département dont la DDETS instruit la demande.' })
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/)
  departementCode: string;
}

export class MessageDto {
  @ApiProperty({ maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  message: string;
}

export class HabilitationReasonDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class CdiaeOpinionDto {
  @ApiProperty({ example: '2026-11-20', description: 'Date de l’avis du CDIAE.' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  on: string;

  @ApiPropertyOptional({ enum: ['favorable', 'unfavorable', 'reserved'] })
  @IsOptional()
  @IsIn(['favorable', 'unfavorable', 'reserved'])
  opinion?: 'favorable' | 'unfavorable' | 'reserved';
}

export class GrantDto {
  @ApiProperty({ example: 'Arrêté préfectoral n° 69-2026-11-23-004', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  decisionReference: string;

  @ApiPropertyOptional({ example: '2026-11-23', description: 'Date de la décision (par défaut aujourd’hui).' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  decisionOn?: string;

  @ApiProperty({ example: '2031-11-22', description: 'Dernier jour de l’habilitation : au plus 5 ans après la décision.' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validUntil: string;
}

export class ReviewerListQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: 'submitted';

  @ApiPropertyOptional({ example: '69' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/)
  departement?: string;
}

class NamedDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() kindLabel: string;
}

class DepartementRefDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class AxesViewDto {
  @ApiProperty({ nullable: true, type: String }) identification: string | null;
  @ApiProperty({ nullable: true, type: String }) mission: string | null;
  @ApiProperty({ nullable: true, type: String }) staffCompetence: string | null;
  @ApiProperty({ nullable: true, type: String }) unmetNeed: string | null;
}

class EvaluationDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Prescriptions depuis le début de l’habilitation, comptées à l’envoi.' }) prescriptionsCount:
    number | null;
  @ApiProperty({ nullable: true, type: String }) since: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
}

class OpinionDto {
  @ApiProperty() on: string;
  @ApiProperty({ nullable: true, type: String }) opinion: string | null;
}

class DecisionDto {
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String }) reference: string | null;
  @ApiProperty({ nullable: true, type: String }) on: string | null;
  @ApiProperty({ nullable: true, type: String }) validUntil: string | null;
  @ApiProperty({ nullable: true, type: String }) refusalReason: string | null;
}

class DocumentDto {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() uploadedAt: Date;
}

class RequestMessageDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['information_request', 'answer'] }) kind: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String }) authorId: string | null;
  @ApiProperty() at: Date;
}

class HistoryDto {
  @ApiProperty() action: string;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ type: Object }) details: Record<string, unknown>;
}

export class HabilitationRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedDto }) organization: NamedDto;
  @ApiProperty({ type: DepartementRefDto }) departement: DepartementRefDto;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ isArray: true, enum: ['edit', 'submit', 'requestInformation', 'answer', 'recordCdiaeOpinion', 'grant', 'refuse', 'cancel'] })
  allowedActions: string[];
  @ApiProperty() isRenewal: boolean;
  @ApiProperty({ type: AxesViewDto }) axes: AxesViewDto;
  @ApiProperty({ type: EvaluationDto, nullable: true }) evaluation: EvaluationDto | null;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) ageInDays: number | null;
  @ApiProperty({ type: OpinionDto, nullable: true }) cdiaeOpinion: OpinionDto | null;
  @ApiProperty({ type: DecisionDto, nullable: true }) decision: DecisionDto | null;
  @ApiProperty({ type: [DocumentDto] }) documents: DocumentDto[];
  @ApiProperty({ type: [RequestMessageDto] }) messages: RequestMessageDto[];
  @ApiProperty({ type: [HistoryDto] }) history: HistoryDto[];
  @ApiProperty() createdAt: Date;
}
