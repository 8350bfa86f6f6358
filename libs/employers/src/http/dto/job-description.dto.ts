import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CONTRACT_TYPES, ContractType } from '../../rules/contract-types';
import { HOURS_PER_WEEK } from '../../rules/job-description-freshness';

const CONTRACTS = Object.keys(CONTRACT_TYPES);
const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

export class UpdateJobDescriptionDto {
  @ApiPropertyOptional({ example: '11573', description: 'Code de l’appellation ROME (voir GET /api/metiers).' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,8}$/)
  appellationCode?: string;

  @ApiPropertyOptional({ example: 'Agent de tri en ressourcerie', maxLength: 150, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(150)
  customTitle?: string | null;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Profil recherché.', maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  profileWanted?: string | null;

  @ApiPropertyOptional({ enum: CONTRACTS, description: 'Les types possibles dépendent du type de structure.' })
  @IsOptional()
  @IsIn(CONTRACTS)
  contractType?: ContractType;

  @ApiPropertyOptional({ description: 'Obligatoire quand contractType vaut OTHER.', maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  otherContractType?: string | null;

  @ApiPropertyOptional({ minimum: HOURS_PER_WEEK.min, maximum: HOURS_PER_WEEK.max, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(HOURS_PER_WEEK.min)
  @Max(HOURS_PER_WEEK.max)
  hoursPerWeek?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 999, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  openPositions?: number;

  @ApiPropertyOptional({ example: '69259', description: 'Commune du poste ; par défaut celle de la structure.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(INSEE_CODE)
  locationCommuneCode?: string | null;

  @ApiPropertyOptional({ description: 'CV obligatoire pour candidater.' })
  @IsOptional()
  @IsBoolean()
  isResumeMandatory?: boolean;

  @ApiPropertyOptional({ description: 'Poste réservé aux résidents d’un quartier prioritaire (QPV).' })
  @IsOptional()
  @IsBoolean()
  isQpvMandatory?: boolean;

  @ApiPropertyOptional({ description: 'Recrutement ouvert.' })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;
}

export class CreateJobDescriptionDto extends UpdateJobDescriptionDto {
  // `required: true` spelled out: swagger would keep the parent's `required: false`.
  @ApiProperty({ example: '11573', required: true })
  @IsString()
  @Matches(/^\d{1,8}$/)
  declare appellationCode: string;

  @ApiProperty({ enum: CONTRACTS, required: true })
  @IsIn(CONTRACTS)
  declare contractType: ContractType;
}

export class JobAppellationDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty({ example: 'K2204' }) romeCode: string;
  @ApiProperty() romeLabel: string;
}

export class JobLocationDto {
  @ApiProperty() communeCode: string;
  @ApiProperty() communeName: string;
  @ApiProperty() departementCode: string;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty({ description: 'Vrai quand le poste est à l’adresse de la structure.' }) isEmployerAddress: boolean;
}

export class JobDescriptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty({ description: 'Intitulé affiché : le titre personnalisé, sinon l’appellation ROME.' }) title: string;
  @ApiProperty({ type: JobAppellationDto }) appellation: JobAppellationDto;
  @ApiProperty({ nullable: true, type: String }) customTitle: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) profileWanted: string | null;
  @ApiProperty({ enum: CONTRACTS }) contractType: string;
  @ApiProperty() contractTypeLabel: string;
  @ApiProperty({ nullable: true, type: String }) otherContractType: string | null;
  @ApiProperty({ nullable: true, type: Number }) hoursPerWeek: number | null;
  @ApiProperty() openPositions: number;
  @ApiProperty({ type: JobLocationDto }) location: JobLocationDto;
  @ApiProperty() isResumeMandatory: boolean;
  @ApiProperty() isQpvMandatory: boolean;
  @ApiProperty() isActive: boolean;
  @ApiProperty() lastEmployerUpdateAt: Date;
  @ApiProperty() createdAt: Date;
}
