import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery, trim } from '@iae/core';
import { INSTITUTION_KINDS } from '../../rules/organization-kinds';

export class CreateInstitutionDto {
  @ApiProperty({ enum: Object.keys(INSTITUTION_KINDS) })
  @IsIn(Object.keys(INSTITUTION_KINDS))
  kind: string;

  @ApiProperty({ example: 'DDETS du Rhône', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '69', description: 'Département couvert (DDETS).' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/)
  departmentCode?: string;

  @ApiPropertyOptional({ example: '84', description: 'Région couverte (DREETS).' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}$/)
  regionCode?: string;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['employer', 'prescriber', 'institution'] }) family: string;
  @ApiProperty({ example: 'ML' }) kind: string;
  @ApiProperty({ example: 'Mission locale' }) kindLabel: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) siret: string | null;
  @ApiProperty({ nullable: true, enum: ['not_set', 'validated', 'refused', 'not_required'], description: 'Prescripteurs : état de l’habilitation.' })
  authorizationStatus: string | null;
  @ApiProperty({ description: 'Prescripteur habilité (autorisation validée).' }) habilitated: boolean;
  @ApiProperty({ nullable: true, type: String }) departmentCode: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty() createdAt: Date;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['admin', 'member'] }) role: string;
  @ApiProperty() joinedAt: Date;
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberDto] }) items: MemberDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class MemberPageQuery extends PageQuery {}

export class ChangeRoleDto {
  @ApiProperty({ enum: ['admin', 'member'] })
  @IsIn(['admin', 'member'])
  role: 'admin' | 'member';
}

export class InviteDto {
  @ApiProperty({ example: 'dominique.bernard@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ enum: ['admin', 'member'], default: 'member' })
  @IsOptional()
  @IsIn(['admin', 'member'])
  role?: 'admin' | 'member';
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) firstName: string | null;
  @ApiProperty({ nullable: true, type: String }) lastName: string | null;
  @ApiProperty({ enum: ['admin', 'member'] }) role: string;
  @ApiProperty({ enum: ['pending', 'expired', 'accepted', 'revoked'] }) status: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: String }) invitedById: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) acceptedAt: Date | null;
}

export class InvitationListQuery {
  @ApiPropertyOptional({ enum: ['pending', 'expired', 'accepted', 'revoked'], description: 'Par défaut : en attente et expirées.' })
  @IsOptional()
  @IsIn(['pending', 'expired', 'accepted', 'revoked'])
  status?: 'pending' | 'expired' | 'accepted' | 'revoked';
}

export class InvitationOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() family: string;
  @ApiProperty() kind: string;
  @ApiProperty() kindLabel: string;
}

export class InvitationPreviewDto {
  @ApiProperty({ type: InvitationOrganizationDto }) organization: InvitationOrganizationDto;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['admin', 'member'] }) role: string;
  @ApiProperty({ enum: ['pending', 'expired', 'accepted', 'revoked'] }) status: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: String }) invitedBy: string | null;
  @ApiProperty({ description: 'Un compte existe déjà pour cette adresse : connectez-vous puis acceptez.' }) accountExists: boolean;
}

export class InvitationAcceptedDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: ['admin', 'member'] }) role: string;
}
