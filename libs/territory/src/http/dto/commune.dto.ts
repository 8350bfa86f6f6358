import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AUTOCOMPLETE_MAX_LIMIT, DEFAULT_AUTOCOMPLETE_LIMIT } from '../../communes.service';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CommuneSearchQuery {
  @ApiProperty({
    example: 'st etienne',
    minLength: 1,
    maxLength: 100,
    description:
      'Nom (sans souci des accents, des majuscules ni des tirets ; « st » vaut « saint » ; quelques fautes de frappe sont tolérées), ' +
      'code postal (69001), début de code postal (2 à 4 chiffres) ou code INSEE (2A004).',
  })
  // class-validator reports the first broken rule from the bottom up: the type before the bounds.
  @Transform(trim)
  @IsDefined()
  @MaxLength(100)
  @IsNotEmpty()
  @IsString()
  q: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: AUTOCOMPLETE_MAX_LIMIT,
    default: DEFAULT_AUTOCOMPLETE_LIMIT,
    description: 'Nombre maximal de communes renvoyées.',
  })
  @IsOptional()
  @Type(() => Number)
  @Max(AUTOCOMPLETE_MAX_LIMIT)
  @Min(1)
  @IsInt()
  limit?: number;
}

export class CommuneDto {
  @ApiProperty({ example: '69123', description: 'Code INSEE (code officiel géographique).' }) code: string;
  @ApiProperty({ example: 'Lyon' }) name: string;
  @ApiProperty({ example: '69' }) departementCode: string;
  @ApiProperty({ example: 'Rhône' }) departementName: string;
  @ApiProperty({ type: [String], example: ['69001', '69002'] }) postalCodes: string[];
  @ApiProperty({ example: 45.74846, description: 'Latitude du centre (WGS 84).' }) latitude: number;
  @ApiProperty({ example: 4.84671, description: 'Longitude du centre (WGS 84).' }) longitude: number;
}

export class CommuneListDto {
  @ApiProperty({ type: [CommuneDto], description: 'Les communes trouvées, les plus pertinentes d’abord.' }) items: CommuneDto[];
}
