import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AUTOCOMPLETE_MAX_LIMIT } from '../../metiers.service';
import { trim } from '@iae/core';

export class MetierSearchQuery {
  @ApiProperty({
    description:
      'Ce que la personne tape : un intitulé de métier (sans se soucier des accents, des majuscules ni des fautes de frappe), ou un code ROME (K2204) ou son début (K22).',
    minLength: 1,
    maxLength: 100,
    example: 'agent entretien espaces verts',
  })
  // Rules run from the bottom up and the first broken one is reported.
  @Transform(trim)
  @IsDefined()
  @MaxLength(100)
  @MinLength(1)
  @IsString()
  q: string;

  @ApiPropertyOptional({ description: 'Nombre de propositions.', minimum: 1, maximum: AUTOCOMPLETE_MAX_LIMIT, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @Max(AUTOCOMPLETE_MAX_LIMIT)
  @Min(1)
  @IsInt()
  limit?: number;
}

export class AppellationDto {
  @ApiProperty({ example: '16250', description: 'Code OGR de l’appellation (France Travail).' }) code: string;
  @ApiProperty({ example: 'Maçon / Maçonne', description: 'Intitulé de l’appellation.' }) label: string;
  @ApiProperty({ example: 'F1703', description: 'Code ROME du métier de rattachement.' }) romeCode: string;
  @ApiProperty({ example: 'Maçonnerie', description: 'Intitulé du métier ROME.' }) romeLabel: string;
  @ApiProperty({ example: 'F', description: 'Lettre du grand domaine (A à N).' }) domainLetter: string;
}

export class AppellationListDto {
  @ApiProperty({ type: [AppellationDto], description: 'Les appellations, de la plus pertinente à la moins pertinente.' }) items: AppellationDto[];
}

export class RomeDomainDto {
  @ApiProperty({ example: 'K', description: 'Lettre du grand domaine (A à N).' }) letter: string;
  @ApiProperty({ example: 'Services à la personne et à la collectivité', description: 'Intitulé du grand domaine.' }) label: string;
}

export class RomeDomainListDto {
  @ApiProperty({ type: [RomeDomainDto], description: 'Les 14 grands domaines du ROME, de A à N.' }) items: RomeDomainDto[];
}

export class RomeAppellationDto {
  @ApiProperty({ example: '16971', description: 'Code OGR de l’appellation.' }) code: string;
  @ApiProperty({ example: 'Nettoyeur / Nettoyeuse de locaux', description: 'Intitulé de l’appellation.' }) label: string;
}

export class RomeDto {
  @ApiProperty({ example: 'K2204', description: 'Code ROME.' }) code: string;
  @ApiProperty({ example: 'Nettoyage de locaux', description: 'Intitulé du métier.' }) label: string;
  @ApiProperty({ type: RomeDomainDto, description: 'Grand domaine du métier.' }) domain: RomeDomainDto;
  @ApiProperty({ type: [RomeAppellationDto], description: 'Appellations du métier, par ordre alphabétique.' }) appellations: RomeAppellationDto[];
}
