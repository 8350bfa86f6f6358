import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { BARRIER_KINDS, BARRIER_STATUSES, ORIENTATIONS } from '../../rules/diagnostic';

const LEVEL = (description: string) =>
  ApiPropertyOptional({
    description: `${description} — 1 (vulnérable) à 4 (disponible) ; null pour effacer.`,
    minimum: 1,
    maximum: 4,
    nullable: true,
    type: Number,
  });

export class GridDto {
  @LEVEL('Maîtrise de la langue française') @IsOptional() @IsInt() @Min(1) @Max(4) language?: number | null;
  @LEVEL('Capacité à occuper un poste de travail') @IsOptional() @IsInt() @Min(1) @Max(4) workCapacity?: number | null;
  @LEVEL('Logement') @IsOptional() @IsInt() @Min(1) @Max(4) housing?: number | null;
  @LEVEL('Accès au droit') @IsOptional() @IsInt() @Min(1) @Max(4) rightsAccess?: number | null;
  @LEVEL('Mobilité') @IsOptional() @IsInt() @Min(1) @Max(4) mobility?: number | null;
  @LEVEL('Ressources financières') @IsOptional() @IsInt() @Min(1) @Max(4) finances?: number | null;
  @LEVEL('Justice (sensible)') @IsOptional() @IsInt() @Min(1) @Max(4) justice?: number | null;
  @LEVEL('Disponibilité') @IsOptional() @IsInt() @Min(1) @Max(4) availability?: number | null;
}

export class BarrierDto {
  @ApiProperty({ enum: Object.keys(BARRIER_KINDS), description: 'health, addiction et justice sont sensibles.' })
  @IsIn(Object.keys(BARRIER_KINDS))
  kind: keyof typeof BARRIER_KINDS;
  @ApiProperty({ enum: Object.keys(BARRIER_STATUSES) }) @IsIn(Object.keys(BARRIER_STATUSES)) status: keyof typeof BARRIER_STATUSES;
  @ApiPropertyOptional({ maxLength: 1000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

export class HoursRangeDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 48, nullable: true, type: Number }) @IsOptional() @IsInt() @Min(1) @Max(48) min?: number | null;
  @ApiPropertyOptional({ minimum: 1, maximum: 48, nullable: true, type: Number }) @IsOptional() @IsInt() @Min(1) @Max(48) max?: number | null;
}

export class ProjectDto {
  @ApiPropertyOptional({ type: [String], description: 'Métiers visés (codes d’appellation ROME).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{1,8}$/, { each: true })
  targetAppellationCodes?: string[];

  @ApiPropertyOptional({ example: '69123', nullable: true, type: String }) @IsOptional() @Matches(/^(?:\d{5}|2[AB]\d{3})$/) communeCode?: string | null;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, nullable: true, type: Number }) @IsOptional() @IsInt() @Min(1) @Max(200) maxDistanceKm?: number | null;
  @ApiPropertyOptional({ type: HoursRangeDto }) @IsOptional() @ValidateNested() @Type(() => HoursRangeDto) hoursPerWeek?: HoursRangeDto;
  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(2000) constraints?: string | null;
}

export class DiagnosticChangeDto {
  @ApiPropertyOptional({ type: GridDto }) @IsOptional() @ValidateNested() @Type(() => GridDto) grid?: GridDto;

  @ApiPropertyOptional({
    type: [BarrierDto],
    description: 'La liste complète des freins que vous voyez (remplace la précédente, sauf les freins sensibles écrits par d’autres).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BarrierDto)
  barriers?: BarrierDto[];

  @ApiPropertyOptional({ type: ProjectDto }) @IsOptional() @ValidateNested() @Type(() => ProjectDto) project?: ProjectDto;
  @ApiPropertyOptional({ enum: Object.keys(ORIENTATIONS), nullable: true }) @IsOptional() @IsIn([...Object.keys(ORIENTATIONS), null]) orientation?:
    keyof typeof ORIENTATIONS | null;
  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String, description: 'Ce qui change dans cette version.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeSummary?: string | null;
}

class AuthorDto {
  @ApiProperty({ nullable: true, type: String }) userId: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
}

export class DiagnosticDto {
  @ApiProperty() candidateId: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: AuthorDto }) author: AuthorDto;
  @ApiProperty({ nullable: true, type: String }) changeSummary: string | null;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'Des éléments vous sont masqués (sensibles, ou consentement absent).' }) restricted: boolean;
  @ApiProperty({ type: Object, description: 'Par dimension : { level, authorOrganizationId }.' }) grid: object;
  @ApiProperty({ type: [Object] }) barriers: unknown[];
  @ApiProperty({ type: Object }) project: object;
  @ApiProperty({ nullable: true, type: String }) orientation: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
}

export class DiagnosticHistoryEntryDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: AuthorDto }) author: AuthorDto;
  @ApiProperty({ nullable: true, type: String }) changeSummary: string | null;
  @ApiProperty() at: Date;
}
