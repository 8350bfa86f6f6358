import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class HabilitationBoardQuery {
  @ApiPropertyOptional({ enum: ['request', 'expiry'], description: 'Seulement les demandes, ou seulement les fins d’habilitation.' })
  @IsOptional()
  @IsIn(['request', 'expiry'])
  type?: 'request' | 'expiry';

  @ApiPropertyOptional({ enum: ['submitted', 'information_requested'] })
  @IsOptional()
  @IsIn(['submitted', 'information_requested'])
  status?: 'submitted' | 'information_requested';

  @ApiPropertyOptional({ minimum: 0, maximum: 3650, description: 'Demandes transmises depuis au moins ce nombre de jours.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  minAgeDays?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 730,
    default: 90,
    description: 'Habilitations qui finissent dans ce nombre de jours (ou déjà finies sans retour).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(730)
  expiringWithinDays?: number;

  @ApiPropertyOptional({ example: '59', description: 'DREETS, DGEFP et équipe : un département.' })
  @IsOptional()
  @IsString()
  @Matches(/^(\d{2,3}|2[AB])$/)
  departement?: string;

  @ApiPropertyOptional({ example: 'OTHER', description: 'Type d’organisation prescriptrice.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  kind?: string;
}

class BoardOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() kindLabel: string;
}

class BoardDepartementDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class BoardRequestDto {
  @ApiProperty({ enum: ['submitted', 'information_requested'] }) status: string;
  @ApiProperty() isRenewal: boolean;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Jours depuis la transmission.' }) ageInDays: number | null;
  @ApiProperty({ nullable: true, type: String }) cdiaeOpinionOn: string | null;
}

class BoardExpiryDto {
  @ApiProperty() validUntil: string;
  @ApiProperty({ description: 'Jours restants (négatif : déjà finie).' }) daysLeft: number;
  @ApiProperty({ description: 'Une demande de renouvellement est en cours.' }) renewalRequested: boolean;
}

class BoardItemDto {
  @ApiProperty({ enum: ['request', 'expiry'] }) type: string;
  @ApiProperty({ format: 'uuid', description: 'La demande, ou l’organisation pour une fin d’habilitation.' }) id: string;
  @ApiProperty({ type: BoardOrganizationDto }) organization: BoardOrganizationDto;
  @ApiProperty({ type: BoardDepartementDto }) departement: BoardDepartementDto;
  @ApiProperty({ description: 'Ce qui ordonne la liste : transmission d’une demande, dernier jour d’une habilitation.' }) date: string;
  @ApiProperty({ type: BoardRequestDto, nullable: true }) request: BoardRequestDto | null;
  @ApiProperty({ type: BoardExpiryDto, nullable: true }) expiry: BoardExpiryDto | null;
}

class BoardCountsDto {
  @ApiProperty() requests: number;
  @ApiProperty() expiries: number;
}

export class HabilitationBoardDto {
  @ApiProperty({ type: [BoardItemDto] }) items: BoardItemDto[];
  @ApiProperty({ type: BoardCountsDto }) counts: BoardCountsDto;
}
