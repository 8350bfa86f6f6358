import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageQuery, trim } from '@iae/core';
import { PRESCRIBER_KINDS } from '@iae/identity';
import { AddressDto } from '@iae/territory';

const KINDS = Object.keys(PRESCRIBER_KINDS);
const PHONE = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

export class PrescriberProfileDto {
  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;

  @ApiPropertyOptional({ example: '04 72 00 00 00', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(PHONE)
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({
    description: 'Présentation : une organisation apparaît dans l’annuaire public une fois décrite.',
    maxLength: 5000,
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Organisation conventionnée pour l’accompagnement des bénéficiaires du RSA.' })
  @IsOptional()
  @IsBoolean()
  isBrsa?: boolean;
}

export class CreatePrescriberOrganizationDto extends PrescriberProfileDto {
  @ApiProperty({ enum: KINDS, description: 'OHPD : habilitée par le préfet ; OTHER : autre organisation (orienteur).' })
  @IsIn(KINDS)
  kind: string;

  @ApiProperty({ example: 'Mission locale de Lyon', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '77890123400015', description: 'Obligatoire sauf pour une agence France Travail.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  siret?: string;

  @ApiPropertyOptional({ example: '69031', description: 'Code SAFIR, pour une agence France Travail.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/)
  safirCode?: string;
}

export class UpdatePrescriberOrganizationDto extends PrescriberProfileDto {
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
  @Matches(/^\d{5}$/)
  safirCode?: string | null;

  @ApiPropertyOptional({
    enum: KINDS,
    description:
      'Équipe de la plateforme seulement. Un changement de type rouvre la validation : habilitée par la loi, l’organisation attend de nouveau la vérification de l’équipe ; OHPD, une habilitation préfectorale ; OTHER (orienteur), rien à valider.',
  })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string;
}

export class AuthorizationDecisionDto {
  @ApiProperty({ enum: ['validated', 'refused'] })
  @IsIn(['validated', 'refused'])
  status: 'validated' | 'refused';

  @ApiPropertyOptional({ description: 'Obligatoire pour un refus ; envoyé aux membres.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class DirectoryQuery extends PageQuery {
  @ApiPropertyOptional({ example: '69' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/)
  departement?: string;

  @ApiPropertyOptional({ enum: KINDS, isArray: true })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @IsIn(KINDS, { each: true })
  kind?: string[];

  @ApiPropertyOptional({ description: 'Inclure les organisations non habilitées (orienteurs).', default: false })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeOrienteurs?: boolean;
}

export class PrescriberAddressViewDto extends AddressDto {
  @ApiProperty() communeName: string;
  @ApiProperty() departementCode: string;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
}

export class HabilitationViewDto {
  @ApiProperty({ enum: ['law', 'prefectoral'], nullable: true, type: String }) basis: string | null;
  @ApiProperty({ nullable: true, type: String }) departementCode: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Dernier jour de l’habilitation préfectorale.' }) validUntil: string | null;
}

export class AuthorizationDecisionViewDto {
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) byUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
}

export class KindChangeViewDto {
  @ApiProperty() at: Date;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null : le passage automatique à la fin d’une habilitation.' }) byUserId:
    string | null;
}

export class PrescriberOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) siret: string | null;
  @ApiProperty({ nullable: true, type: String }) safirCode: string | null;
  @ApiProperty({ enum: ['not_set', 'validated', 'refused', 'not_required'] }) authorizationStatus: string;
  @ApiProperty({ description: 'Prescripteur habilité : peut valider l’éligibilité IAE.' }) habilitated: boolean;
  @ApiProperty({ type: HabilitationViewDto }) habilitation: HabilitationViewDto;
  @ApiProperty({
    type: AuthorizationDecisionViewDto,
    nullable: true,
    description: 'La dernière décision de l’équipe sur l’habilitation : qui, quand, pourquoi.',
  })
  authorizationDecision: AuthorizationDecisionViewDto | null;
  @ApiProperty({ type: KindChangeViewDto, nullable: true, description: 'Le dernier changement de type : qui, quand.' }) kindChange: KindChangeViewDto | null;
  @ApiProperty({ type: PrescriberAddressViewDto, nullable: true }) address: PrescriberAddressViewDto | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() isBrsa: boolean;
  @ApiProperty({ description: 'Dans l’annuaire public (présentation renseignée).' }) listed: boolean;
  @ApiProperty() createdAt: Date;
}

export class PrescriberOrganizationPageDto {
  @ApiProperty({ type: [PrescriberOrganizationDto] }) items: PrescriberOrganizationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
