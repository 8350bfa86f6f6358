import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '@iae/core';

export class SignUpDto {
  @ApiProperty({ example: 'camille.martin@example.org', maxLength: 254 })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 128, description: '12 caractères au moins ; une phrase de passe est idéale.' })
  @IsString()
  @MaxLength(1024)
  password: string;

  @ApiProperty({ example: 'Camille', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ example: 'Martin', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName: string;

  @ApiPropertyOptional({ enum: ['professional', 'candidate'], default: 'professional', description: 'Professionnel (SIAE, prescripteur, DDETS) ou candidat.' })
  @IsOptional()
  @IsIn(['professional', 'candidate'])
  kind?: 'professional' | 'candidate';

  @ApiPropertyOptional({ description: 'Jeton d’une invitation reçue par e-mail : le compte rejoint l’organisation et l’adresse est confirmée.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  invitationToken?: string;
}

/** The same for an address with or without an account (no identifier: it would tell). */
export class SignUpResultDto {
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Faux tant que le lien de confirmation n’a pas été ouvert.' }) emailConfirmed: boolean;
  @ApiProperty({ description: 'Vrai si le compte a rejoint l’organisation de l’invitation.' }) invitationAccepted: boolean;
  @ApiProperty() message: string;
}

export class LoginDto {
  @ApiProperty({ example: 'camille.martin@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class SessionDto {
  @ApiProperty({ description: 'Jeton d’accès (JWT) à envoyer dans `Authorization: Bearer …`.' }) accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Durée de validité du jeton d’accès, en secondes.', example: 900 }) expiresIn: number;
  @ApiPropertyOptional({
    description: 'Jeton de rafraîchissement, à usage unique : chaque renouvellement en donne un nouveau. Absent quand il voyage dans le cookie du navigateur.',
  })
  refreshToken?: string;
  @ApiProperty() refreshTokenExpiresAt: Date;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Absent : le jeton du cookie de session du navigateur.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class LogoutDto extends RefreshDto {
  @ApiPropertyOptional({ default: false, description: 'Fermer aussi toutes les autres sessions du compte.' })
  @IsOptional()
  @IsBoolean()
  everywhere?: boolean;
}

export class EmailOnlyDto {
  @ApiProperty({ example: 'camille.martin@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

/** A one-time token from an e-mail link: always in the body, never in a path or query string (they get logged). */
export class TokenDto {
  @ApiProperty({ description: 'Le jeton reçu dans le lien de l’e-mail (après « #jeton= »).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class PasswordResetDto extends TokenDto {
  @ApiProperty({ minLength: 12, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class PasswordResetInfoDto {
  @ApiProperty({ example: 'ca***@example.org' }) email: string;
  @ApiProperty() expiresAt: Date;
}

export class EmailConfirmedDto {
  @ApiProperty() email: string;
  @ApiProperty({ example: true }) confirmed: boolean;
}

export class AcceptedDto {
  @ApiProperty({ example: 'Si un compte correspond à cette adresse, un e-mail vient d’être envoyé.' }) message: string;
}
