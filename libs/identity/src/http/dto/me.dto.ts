import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PersonNameField, trim } from '@iae/core';
import { OrganizationDto } from './organization.dto';

export class MembershipDto {
  @ApiProperty({ enum: ['admin', 'member'] }) role: string;
  @ApiProperty() since: Date;
  @ApiProperty({ type: OrganizationDto }) organization: OrganizationDto;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ['professional', 'candidate'] }) kind: string;
  @ApiProperty() isStaff: boolean;
  @ApiProperty() emailConfirmed: boolean;
  @ApiProperty({ description: 'Faux pour un compte créé avec ProConnect sans mot de passe choisi (le lien « mot de passe oublié » en donne un).' })
  hasPassword: boolean;
  @ApiProperty({ description: 'Vrai si le compte est relié à une identité ProConnect.' }) proconnect: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
}

export class UpdateMeDto {
  @PersonNameField({ required: false }) firstName?: string;

  @PersonNameField({ required: false }) lastName?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}

export class DeactivateUserDto {
  @ApiProperty({ maxLength: 2000, description: 'Pourquoi : gardé dans le journal.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class CloseAccountDto {
  @ApiProperty({ description: 'Votre mot de passe, pour confirmer.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class ClosureDto {
  @ApiProperty() closedAt: Date;
  @ApiProperty({ type: [String], description: 'Ce qui est gardé, et pourquoi.' }) kept: string[];
}
