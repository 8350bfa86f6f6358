import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, PageQuery, trim } from '@iae/core';
import { CANDIDATURE_STATES, CandidatureState, TRANSITIONS } from '../../rules/candidature-states';
import { REFUSAL_REASONS } from '../../rules/refusal-reasons';

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class SendCandidatureDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Le candidat ; omis quand un candidat postule pour lui-même.' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() employerId: string;

  @ApiPropertyOptional({ type: [String], description: 'Les fiches de poste visées ; aucune : candidature spontanée.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  jobDescriptionIds?: string[];

  @ApiProperty({ maxLength: 5000, description: 'Le message de candidature : motivation, raisons de l’orientation, éléments du diagnostic.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  message: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Le CV envoyé par POST /api/candidature-resumes ; obligatoire si une fiche choisie le demande.',
  })
  @IsOptional()
  @IsUUID()
  resumeFileId?: string | null;
}

export class CandidatureListQuery extends PageQuery {
  @ApiPropertyOptional({ description: `États, séparés par des virgules : ${CANDIDATURE_STATES.join(', ')}.`, example: 'new,processing' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(CANDIDATURE_STATES, { each: true })
  state?: (typeof CANDIDATURE_STATES)[number][];

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Reçues depuis ce jour (inclus).' }) @IsOptional() @IsCalendarDate() createdFrom?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Reçues jusqu’à ce jour (inclus).' }) @IsOptional() @IsCalendarDate() createdTo?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() jobDescriptionId?: string;
  @ApiPropertyOptional({ enum: ['candidate', 'prescriber', 'employer'] }) @IsOptional() @IsIn(['candidate', 'prescriber', 'employer']) senderKind?:
    'candidate' | 'prescriber' | 'employer';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() senderOrganizationId?: string;
  @ApiPropertyOptional({ description: 'Nom ou prénom du candidat.' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({
    enum: ['exclude', 'only', 'include'],
    default: 'exclude',
    description: 'Les candidatures archivées : masquées (par défaut), seules, ou avec les autres.',
  })
  @IsOptional()
  @IsIn(['exclude', 'only', 'include'])
  archived?: 'exclude' | 'only' | 'include';
}

/** The inbox's filters but the state, the cursor and the page size: the counts are per state. */
export class CandidatureCountsQuery extends OmitType(CandidatureListQuery, ['state', 'cursor', 'limit'] as const) {}

export class StateCountDto {
  @ApiProperty({ enum: CANDIDATURE_STATES }) state: string;
  @ApiProperty({ example: 'Nouvelle' }) label: string;
  @ApiProperty({ example: 12 }) count: number;
}

export class SentListQuery extends CandidatureListQuery {
  @ApiPropertyOptional({ enum: ['mine', 'organization'], default: 'mine', description: 'Mes candidatures, ou celles de mon organisation.' })
  @IsOptional()
  @IsIn(['mine', 'organization'])
  scope?: 'mine' | 'organization';
}

export class ExportQuery {
  @ApiProperty({ example: '2026-11', description: 'Le mois (AAAA-MM).' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month doit être un mois AAAA-MM' })
  month: string;
}

class PersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() birthDate: string;
}

class CandidatureEmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
}

class SenderDto {
  @ApiProperty({ enum: ['candidate', 'prescriber', 'employer'] }) kind: string;
  @ApiProperty({ description: 'Un prescripteur habilité aujourd’hui (sinon : un orienteur, le candidat ou l’employeur).' }) habilitated: boolean;
  @ApiProperty({ nullable: true, type: String }) userName: string | null;
  @ApiProperty({ type: CandidatureEmployerDto, nullable: true }) organization: CandidatureEmployerDto | null;
}

class JobRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() contractType: string;
}

class RefusalReasonRefDto {
  @ApiProperty({ enum: Object.keys(REFUSAL_REASONS) }) key: string;
  @ApiProperty() label: string;
}

class HiringDto {
  @ApiProperty() start: string;
  @ApiProperty({ nullable: true, type: String }) end: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) jobDescriptionId: string | null;
}

class PassRefDto {
  @ApiProperty({ example: '999990000001' }) number: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
}

class TransferredFromDto {
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() at: Date;
}

export class CandidatureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CANDIDATURE_STATES }) state: string;
  @ApiProperty() stateLabel: string;
  @ApiProperty({ type: PersonDto }) candidate: PersonDto;
  @ApiProperty({ type: CandidatureEmployerDto }) employer: CandidatureEmployerDto;
  @ApiProperty({ type: SenderDto }) sender: SenderDto;
  @ApiProperty({ type: [JobRefDto] }) jobDescriptions: JobRefDto[];
  @ApiProperty() message: string;
  @ApiProperty() hasResume: boolean;
  @ApiProperty({ description: 'Un prescripteur habilité a validé l’éligibilité en envoyant la candidature.' }) eligibilityValidatedBySender: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'La réponse de l’employeur au candidat.' }) answer: string | null;
  @ApiPropertyOptional({ type: RefusalReasonRefDto, nullable: true, description: 'Jamais montré au candidat.' }) refusalReason?: RefusalReasonRefDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Commentaire privé au prescripteur ; jamais montré au candidat.' }) answerToPrescriber?:
    string | null;
  @ApiProperty({ type: HiringDto, nullable: true }) hiring: HiringDto | null;
  @ApiProperty({ type: PassRefDto, nullable: true }) passIae: PassRefDto | null;
  @ApiProperty({ type: TransferredFromDto, nullable: true }) transferredFrom: TransferredFromDto | null;
  @ApiPropertyOptional({ enum: Object.keys(TRANSITIONS), isArray: true, description: 'Pour l’employeur : les actions possibles.' })
  allowedTransitions?: string[];
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'Archivée par la structure (ou au bout de 180 jours sans activité) : masquée de ses listes ; jamais montré au candidat.',
  })
  archivedAt?: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) processedAt: Date | null;
}

export class CandidaturePageDto {
  @ApiProperty({ type: [CandidatureDto] }) items: CandidatureDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class HistoryEntryDto {
  @ApiProperty() transition: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String }) by: string | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class ResumeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() size: number;
}

export class RefusalReasonDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Un message est alors obligatoire.' }) needsMessage: boolean;
}

export class RefusalReasonsQuery {
  @ApiPropertyOptional({ example: 'GEIQ', description: 'Le type de structure (un GEIQ n’a pas tous les motifs).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  employerKind?: string;
}

const ANSWER = () => ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String, description: 'Message au candidat (et à son accompagnateur).' });

/** The state a page showed when its decision was taken: a decision made meanwhile in another tab is not overridden. */
const EXPECTED_STATE = () =>
  ApiPropertyOptional({
    enum: CANDIDATURE_STATES,
    description: 'L’état affiché quand la décision a été prise : s’il a changé depuis (un collègue, un autre onglet), 409 `candidature-changed`.',
  });

export class AnswerDto {
  @ANSWER() @IsOptional() @IsString() @MaxLength(5000) answer?: string | null;
  @EXPECTED_STATE() @IsOptional() @IsIn(CANDIDATURE_STATES) expectedState?: CandidatureState;
}

export class PostponeDto extends AnswerDto {
  @ApiProperty({ maxLength: 2000, description: 'Pourquoi la candidature est mise en attente (lu par l’accompagnateur).' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment: string;
}

export class RefuseDto extends AnswerDto {
  @ApiProperty({ enum: Object.keys(REFUSAL_REASONS).filter((r) => r !== 'auto') })
  @IsIn(Object.keys(REFUSAL_REASONS).filter((r) => r !== 'auto'))
  reason: keyof typeof REFUSAL_REASONS;

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String, description: 'Commentaire privé à l’accompagnateur ; jamais envoyé au candidat.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  answerToPrescriber?: string | null;
}

export class AcceptDto extends AnswerDto {
  @ApiProperty({ example: '2026-12-01', description: 'Premier jour du contrat : pas dans le passé, au plus tard dans 6 mois.' })
  @IsCalendarDate()
  hiringStart: string;
  @ApiPropertyOptional({ example: '2027-05-31', nullable: true, type: String })
  @IsOptional()
  @IsCalendarDate()
  hiringEnd?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Le poste occupé.' }) @IsOptional() @IsUUID() hiredJobDescriptionId?:
    string | null;
}

export class HiringDatesDto {
  @ApiProperty({ example: '2026-12-15', description: 'Nouveau premier jour : pas dans le passé, au plus 30 jours après le début prévu.' })
  @IsCalendarDate()
  hiringStart: string;
  @ApiPropertyOptional({ example: '2027-06-14', nullable: true, type: String, description: 'Nouvelle fin ; absente : la fin prévue reste.' })
  @IsOptional()
  @IsCalendarDate()
  hiringEnd?: string | null;
}

export class CancelDto {
  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(2000) comment?: string | null;
  @EXPECTED_STATE() @IsOptional() @IsIn(CANDIDATURE_STATES) expectedState?: CandidatureState;
}

export class TransferDto {
  @ApiProperty({ format: 'uuid', description: 'Une autre structure dont vous êtes membre.' }) @IsUUID() employerId: string;
}

export class ExternalTransferDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employerId: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  jobDescriptionIds?: string[];

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String, description: 'Par défaut, le message de la candidature d’origine.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  message?: string | null;
}
