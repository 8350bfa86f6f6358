import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { SessionDto } from './auth.dto';

export class ProConnectStatusDto {
  @ApiProperty({ description: 'Vrai si la plateforme est reliée à ProConnect : le bouton « S’identifier avec ProConnect » est proposé.' })
  enabled: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '/api/auth/proconnect/authorize',
    description: 'Où envoyer le navigateur pour commencer ; null sans ProConnect.',
  })
  authorizeUrl: string | null;
}

/** The query of the page ProConnect sends the browser back to, posted as is. */
export class ProConnectCallbackDto {
  @ApiProperty({ description: 'Le code d’autorisation (à usage unique) du retour de ProConnect.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  code: string;

  @ApiProperty({ description: 'Le paramètre `state` du retour ; il doit être celui de la connexion commencée par ce navigateur.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  state: string;

  @ApiPropertyOptional({ description: 'Le paramètre `iss` du retour (RFC 9207), quand ProConnect le donne.' })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2048)
  iss?: string;
}

export class ProConnectOrganizationDto {
  @ApiProperty({
    enum: ['none', 'member', 'joined', 'join-requested'],
    description:
      '`joined` : une invitation en attente a été acceptée ; `join-requested` : le SIRET transmis est celui d’une organisation dont vous n’êtes pas membre, votre demande est enregistrée ; `member` : déjà membre ; `none` : pas de SIRET, ou aucune organisation ne le porte.',
  })
  outcome: 'none' | 'member' | 'joined' | 'join-requested';
  @ApiPropertyOptional({ format: 'uuid' }) organizationId?: string;
  @ApiPropertyOptional() organizationName?: string;
}

export class ProConnectSignInDto extends SessionDto {
  @ApiProperty({
    enum: ['created', 'found', 'linked'],
    description: 'Compte créé, retrouvé par l’identifiant ProConnect, ou relié à celui de la même adresse confirmée.',
  })
  account: 'created' | 'found' | 'linked';
  @ApiProperty({ type: ProConnectOrganizationDto }) organization: ProConnectOrganizationDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Niveau d’authentification (acr) annoncé par ProConnect.', example: 'eidas1' }) acr:
    string | null;
  @ApiProperty({ type: [String], description: 'Méthodes d’authentification (amr) annoncées par ProConnect.' }) amr: string[];
  @ApiProperty({ description: 'Ce qui s’est passé, pour la personne.' }) message: string;
}

export class ProConnectLogoutResultDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Où envoyer le navigateur pour fermer aussi la session ProConnect ; null si la session n’a pas été ouverte par ProConnect.',
  })
  endSessionUrl: string | null;
}
