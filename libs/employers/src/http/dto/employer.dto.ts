import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageQuery, trim } from '@iae/core';
import { EMPLOYER_KINDS } from '@iae/identity';
import { AddressDto } from '@iae/territory';
import { CONTRACT_TYPES, PROGRAMMES } from '../../rules/contract-types';
import { JobDescriptionDto } from './job-description.dto';

const KINDS = Object.keys(EMPLOYER_KINDS);
export const PHONE = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

export class EmployerProfileDto {
  @ApiPropertyOptional({ example: 'Jardins de Cocagne', maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  brand?: string | null;

  @ApiPropertyOptional({ example: '8899B', description: 'Code NAF (APE).', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}\.?\d{2}[A-Za-z]$/)
  naf?: string | null;

  @ApiPropertyOptional({ example: '04 78 00 00 00', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(PHONE)
  phone?: string | null;

  @ApiPropertyOptional({ example: 'contact@jardins-du-rhone.fr', nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ example: 'https://jardins-du-rhone.fr', nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({ maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Accompagnement proposé aux salariés en parcours.', maxLength: 5000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  providedSupport?: string | null;

  @ApiPropertyOptional({ enum: Object.keys(PROGRAMMES), isArray: true, description: 'ACI seulement : Premières heures en chantier, Convergence.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(Object.keys(PROGRAMMES), { each: true })
  programmes?: Array<keyof typeof PROGRAMMES>;

  @ApiPropertyOptional({ type: AddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto;

  @ApiPropertyOptional({ description: 'Ne plus recevoir aucune candidature.' })
  @IsOptional()
  @IsBoolean()
  blockCandidatures?: boolean;

  @ApiPropertyOptional({ description: 'Accepter les candidatures spontanées (sans fiche de poste).' })
  @IsOptional()
  @IsBoolean()
  spontaneousCandidaturesOpen?: boolean;

  @ApiPropertyOptional({
    description: 'SIAE implantée en détention (équipe de la plateforme) : pas de PASS IAE pour une personne placée sous main de justice.',
  })
  @IsOptional()
  @IsBoolean()
  locatedInPrison?: boolean;
}

export class CreateEmployerDto extends EmployerProfileDto {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: string;

  @ApiProperty({ example: 'Les Jardins du Rhône', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '51234567800019' })
  @IsString()
  @MaxLength(20)
  siret: string;

  // `required: true` spelled out: swagger would keep the profile's `required: false`.
  @ApiProperty({ type: AddressDto, required: true })
  @ValidateNested()
  @Type(() => AddressDto)
  declare address: AddressDto;

  @ApiPropertyOptional({ description: 'Identifiant ASP de la convention (SIAE).', maxLength: 50, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  conventionAspId?: string | null;

  @ApiPropertyOptional({ description: 'Invite cette adresse comme premier administrateur de la structure.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  adminEmail?: string;
}

export class CreateAntenneDto extends EmployerProfileDto {
  @ApiProperty({ example: 'Les Jardins du Rhône — antenne de Vénissieux', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '51234567800027', description: 'SIRET de l’établissement : même SIREN que la structure mère.' })
  @IsString()
  @MaxLength(20)
  siret: string;

  // `required: true` spelled out: swagger would keep the profile's `required: false`.
  @ApiProperty({ type: AddressDto, required: true })
  @ValidateNested()
  @Type(() => AddressDto)
  declare address: AddressDto;
}

export class UpdateEmployerDto extends EmployerProfileDto {
  @ApiPropertyOptional({ description: 'Équipe de la plateforme seulement.', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'Équipe de la plateforme seulement.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  siret?: string;

  @ApiPropertyOptional({ description: 'Équipe de la plateforme seulement.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  conventionAspId?: string | null;
}

export class DeactivateEmployerDto {
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Date de fin de convention (par défaut aujourd’hui). Une SIAE reste active 30 jours de plus.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  on?: string;

  @ApiProperty({ example: 'Convention non renouvelée', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class EmployerListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '69' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/)
  departement?: string;

  @ApiPropertyOptional({ enum: KINDS, isArray: true, description: 'Répéter le paramètre pour plusieurs types.' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @IsIn(KINDS, { each: true })
  kind?: string[];
}

export class EmployerAddressDto {
  @ApiProperty() line: string;
  @ApiProperty({ nullable: true, type: String }) complement: string | null;
  @ApiProperty() postalCode: string;
  @ApiProperty() communeCode: string;
  @ApiProperty() communeName: string;
  @ApiProperty() departementCode: string;
  @ApiProperty({ description: 'Centre de la commune.' }) latitude: number;
  @ApiProperty() longitude: number;
}

export class EmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ description: 'Structure d’insertion (ACI, AI, EI, ETTI, EITI), soumise aux règles de l’IAE.' }) isSiae: boolean;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) brand: string | null;
  @ApiProperty({ nullable: true, type: String }) siret: string | null;
  @ApiProperty({ nullable: true, type: String }) naf: string | null;
  @ApiProperty({ type: EmployerAddressDto }) address: EmployerAddressDto;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) providedSupport: string | null;
  @ApiProperty({ enum: Object.keys(PROGRAMMES), isArray: true }) programmes: string[];
  @ApiProperty({ nullable: true, type: String }) conventionAspId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ nullable: true, type: String }) deactivatedOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Dernier jour d’activité (fin de convention + 30 jours pour une SIAE).' }) lastActiveDay:
    string | null;
  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'Sortie des recherches après la grâce d’un conventionnement terminé (la structure gardait des données).',
  })
  unlistedAt: Date | null;
  @ApiProperty() blockCandidatures: boolean;
  @ApiProperty() spontaneousCandidaturesOpen: boolean;
  @ApiProperty() locatedInPrison: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Structure mère, pour une antenne.' }) parentId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ContractTypeDto {
  @ApiProperty({ enum: Object.keys(CONTRACT_TYPES) }) code: string;
  @ApiProperty() label: string;
}

export class EmployerWithJobsDto extends EmployerDto {
  @ApiProperty({ type: [JobDescriptionDto], description: 'Fiches de poste ouvertes au recrutement.' }) openJobDescriptions: JobDescriptionDto[];
  @ApiProperty({
    type: [ContractTypeDto],
    description: 'Les types de contrat que cette structure peut proposer dans une fiche de poste (selon son type et ses programmes).',
  })
  allowedContractTypes: ContractTypeDto[];
}

export class EmployerPageDto {
  @ApiProperty({ type: [EmployerDto] }) items: EmployerDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
