import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, OptionalDateField, PageQuery, PersonNameField, trim } from '@iae/core';
import { TokenDto } from '@iae/identity';
import { AddressDto } from '@iae/territory';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const EDUCATION_LEVELS = ['none', 'primary', 'level_3', 'level_4', 'level_5', 'level_6', 'level_7_8'];
export const HOUSING = ['stable', 'unstable', 'hosted', 'emergency_shelter', 'homeless'];
export const REFUGEE_STATUSES = ['refugee', 'subsidiary_protection', 'temporary_protection', 'asylum_seeker'];
export const JUSTICE = ['none', 'under_supervision', 'released'];
export const FRENCH_LEVELS = ['below_a1', 'a1_a2', 'b1_or_more'];

export class CandidateSituationDto {
  @ApiPropertyOptional({ enum: EDUCATION_LEVELS, nullable: true, description: 'level_3 = CAP, BEP ; level_4 = bac…' })
  @IsOptional()
  @IsIn([...EDUCATION_LEVELS, null])
  educationLevel?: string | null;

  @OptionalDateField('Bénéficiaire du RSA depuis')
  rsaSince?: string | null;

  @OptionalDateField('Allocataire ASS depuis')
  assSince?: string | null;

  @OptionalDateField('Allocataire AAH depuis')
  aahSince?: string | null;

  @OptionalDateField('Sans emploi depuis')
  unemployedSince?: string | null;

  @OptionalDateField('Fin de la RQTH (reconnaissance de la qualité de travailleur handicapé)')
  rqthUntil?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() loneParent?: boolean;

  @ApiPropertyOptional({ enum: HOUSING, nullable: true })
  @IsOptional()
  @IsIn([...HOUSING, null])
  housing?: string | null;

  @ApiPropertyOptional({ enum: REFUGEE_STATUSES, nullable: true })
  @IsOptional()
  @IsIn([...REFUGEE_STATUSES, null])
  refugeeStatus?: string | null;

  @ApiPropertyOptional({ description: 'Sortant de l’aide sociale à l’enfance.' }) @IsOptional() @IsBoolean() aseLeaver?: boolean;

  @ApiPropertyOptional({ enum: JUSTICE, nullable: true, description: 'Placé sous main de justice, ou sortant de détention.' })
  @IsOptional()
  @IsIn([...JUSTICE, null])
  justice?: string | null;

  @ApiPropertyOptional({ enum: FRENCH_LEVELS, nullable: true })
  @IsOptional()
  @IsIn([...FRENCH_LEVELS, null])
  frenchLevel?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() mobilityIssue?: boolean;
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: 'Réside dans un quartier prioritaire (QPV), si connu.' })
  @IsOptional()
  @IsBoolean()
  livesInQpv?: boolean | null;
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: 'Réside en zone de revitalisation rurale (ZRR), si connu.' })
  @IsOptional()
  @IsBoolean()
  livesInZrr?: boolean | null;
}

export class UpdateCandidateDto extends CandidateSituationDto {
  @ApiPropertyOptional({ enum: ['M', 'MME'], nullable: true }) @IsOptional() @IsIn(['M', 'MME', null]) title?: 'M' | 'MME' | null;

  @PersonNameField({ required: false }) firstName?: string;

  @PersonNameField({ required: false }) lastName?: string;

  @ApiPropertyOptional({ maxLength: 100, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) birthName?: string | null;

  @ApiPropertyOptional({ example: '1992-01-30', format: 'date' }) @IsOptional() @IsCalendarDate() birthDate?: string;

  @ApiPropertyOptional({ example: '69123', nullable: true, type: String, description: 'Commune de naissance (code INSEE), pour une naissance en France.' })
  @IsOptional()
  @Matches(/^(?:\d{5}|2[AB]\d{3})$/)
  birthCommuneCode?: string | null;

  @ApiPropertyOptional({ example: 'FR', nullable: true, type: String, description: 'Pays de naissance (code ISO à deux lettres).' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/)
  birthCountry?: string | null;

  @ApiPropertyOptional({
    example: '2 92 01 69 123 456 69',
    nullable: true,
    type: String,
    description: 'Numéro de sécurité sociale ; un NIR enregistré se corrige par une demande.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  nir?: string | null;

  @ApiPropertyOptional({ enum: ['no_nir', 'nir_of_another_person'], nullable: true, description: 'Obligatoire sans NIR.' })
  @IsOptional()
  @IsIn(['no_nir', 'nir_of_another_person', null])
  nirMissingReason?: 'no_nir' | 'nir_of_another_person' | null;

  @ApiPropertyOptional({ example: '1234567A', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) franceTravailId?: string | null;

  @ApiPropertyOptional({ enum: ['not_registered', 'forgotten'], nullable: true, description: 'Obligatoire sans identifiant France Travail.' })
  @IsOptional()
  @IsIn(['not_registered', 'forgotten', null])
  franceTravailIdMissingReason?: 'not_registered' | 'forgotten' | null;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional({ example: '06 12 34 56 78', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(/^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/)
  phone?: string | null;

  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;
}

export class CreateCandidateDto extends UpdateCandidateDto {
  @PersonNameField({ required: true }) declare firstName: string;
  @PersonNameField({ required: true }) declare lastName: string;
  @ApiProperty({ example: '1992-01-30', required: true }) @Matches(DATE) declare birthDate: string;
}

export class ReadQuery {
  @ApiPropertyOptional({
    description: 'Motif de la consultation, obligatoire pour l’équipe de la plateforme ; enregistré avec chaque lecture du NIR.',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CandidateListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Nom ou prénom' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class LookupDto {
  @ApiPropertyOptional({ description: 'NIR complet' }) @IsOptional() @IsString() @MaxLength(30) nir?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @ApiPropertyOptional({ example: '1992-01-30', format: 'date' }) @IsOptional() @IsCalendarDate() birthDate?: string;
}

/**
 * The proof of knowing the person: the exact NIR; or names, full birth date and the e-mail address
 * on file together (names and birth date alone for a file with neither NIR nor e-mail).
 */
export class ClaimDto {
  @ApiPropertyOptional({ description: 'Le NIR exact de la personne.' }) @IsOptional() @IsString() @MaxLength(30) nir?: string;
  @ApiPropertyOptional({ maxLength: 100, description: 'Sans NIR : son prénom.' }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional({ maxLength: 100, description: 'Sans NIR : son nom.' }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @ApiPropertyOptional({ example: '1992-01-30', format: 'date', description: 'Sans NIR : sa date de naissance complète.' })
  @IsOptional()
  @IsCalendarDate()
  birthDate?: string;
  @ApiPropertyOptional({ description: 'Sans NIR : son adresse e-mail, si sa fiche en a une.' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string;
}

export class GrantAccessDto {
  @ApiProperty({ format: 'uuid', description: 'L’employeur ou le prescripteur à qui vous donnez accès à votre fiche.' })
  @IsUUID()
  organizationId: string;
}

export class AccessGrantedDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
}

export class LookupMatchDto {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({
    description: 'Vrai si vous pouvez ouvrir la fiche ; sinon rattachez-vous en prouvant connaître la personne (POST /api/candidates/{id}/assignments).',
  })
  accessible: boolean;
  @ApiProperty({ example: 'C. M****' }) displayName: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Pour une fiche que vous pouvez ouvrir, ou trouvée par son NIR.' }) birthYear: number | null;
  @ApiProperty({ enum: ['nir', 'email', 'nameAndBirthDate'] }) matchedOn: string;
}

class BirthPlaceDto {
  @ApiProperty({ nullable: true, type: String }) communeCode: string | null;
  @ApiProperty({ nullable: true, type: String }) communeName: string | null;
  @ApiProperty({ nullable: true, type: String }) country: string | null;
}

class CandidateAddressDto {
  @ApiProperty() line: string;
  @ApiProperty({ nullable: true, type: String }) complement: string | null;
  @ApiProperty() postalCode: string;
  @ApiProperty() communeCode: string;
  @ApiProperty() communeName: string;
  @ApiProperty() departementCode: string;
}

export class CandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['self', 'staff', 'professional'], description: 'À quel titre vous voyez cette fiche.' }) access: string;
  @ApiProperty({ enum: ['M', 'MME'], nullable: true }) title: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ nullable: true, type: String }) birthName: string | null;
  @ApiProperty() birthDate: string;
  @ApiProperty({ type: BirthPlaceDto }) birthPlace: BirthPlaceDto;
  @ApiProperty({ nullable: true, type: String, description: 'Chaque lecture par un professionnel est enregistrée.' }) nir: string | null;
  @ApiProperty({ nullable: true, type: String }) nirMissingReason: string | null;
  @ApiProperty({ nullable: true, type: String }) franceTravailId: string | null;
  @ApiProperty({ nullable: true, type: String }) franceTravailIdMissingReason: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ type: CandidateAddressDto, nullable: true }) address: CandidateAddressDto | null;
  @ApiProperty({ type: CandidateSituationDto }) situation: CandidateSituationDto;
  @ApiProperty() hasAccount: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class CandidatePageDto {
  @ApiProperty({ type: [CandidateDto] }) items: CandidateDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class AccessLogEntryDto {
  @ApiProperty() at: Date;
  @ApiProperty({ enum: ['nir_read', 'staff_read', 'claimed', 'claim_refused', 'access_granted'] }) action: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String }) organizationName: string | null;
  @ApiProperty({ description: 'Lectures de ce jour par cette organisation pour ce motif (`at` : la dernière).' }) count: number;
}

export class ConsentInputDto {
  @ApiProperty({
    enum: ['share_diagnostic', 'share_sensitive_diagnostic'],
    description: 'Partager le diagnostic, ou aussi ses éléments sensibles (santé, justice).',
  })
  @IsIn(['share_diagnostic', 'share_sensitive_diagnostic'])
  purpose: 'share_diagnostic' | 'share_sensitive_diagnostic';

  @ApiProperty({ format: 'uuid', description: 'La structure avec qui partager.' }) @IsUUID() employerId: string;

  @ApiProperty({ enum: ['in_person', 'by_phone', 'in_writing', 'by_candidate'] })
  @IsIn(['in_person', 'by_phone', 'in_writing', 'by_candidate'])
  method: 'in_person' | 'by_phone' | 'in_writing' | 'by_candidate';
}

class ConsentEmployerDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class ConsentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ type: ConsentEmployerDto }) employer: ConsentEmployerDto;
  @ApiProperty() method: string;
  @ApiProperty() collectedAt: Date;
  @ApiProperty({ nullable: true, type: String }) collectedByOrganizationId: string | null;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
}

export class NirCorrectionInputDto {
  @ApiProperty({ example: '2 92 01 69 123 456 69' }) @IsString() @MaxLength(30) nir: string;
  @ApiProperty({ maxLength: 2000 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class NirDecisionDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class NirCorrectionListQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'], default: 'pending' }) @IsOptional() @IsIn(['pending', 'approved', 'rejected']) status?:
    'pending' | 'approved' | 'rejected';
}

export class NirCorrectionDto {
  @ApiProperty() id: string;
  @ApiProperty() candidateId: string;
  @ApiProperty({ nullable: true, type: String }) currentNir: string | null;
  @ApiProperty() requestedNir: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Une autre fiche porte déjà ce NIR.' }) conflictingCandidateId: string | null;
  @ApiProperty() requestedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote: string | null;
}

export class InvitationSignUpDto extends TokenDto {
  @ApiProperty({ minLength: 12, maxLength: 128 }) @IsString() @MaxLength(1024) password: string;
}

export class CandidateInvitationDto {
  @ApiProperty() firstName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'expired'] }) status: string;
}

export class CandidateAccountDto {
  @ApiProperty() userId: string;
  @ApiProperty() candidateId: string;
  @ApiProperty() email: string;
}

export class CandidateAttachedDto {
  @ApiProperty() candidateId: string;
}
