import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REGIONS } from '../../departements';

const REGION_CODES = REGIONS.map((r) => r.code);

export class DepartementListQuery {
  @ApiPropertyOptional({ example: '84', enum: REGION_CODES, description: 'Seulement les départements de cette région (code INSEE).' })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: string;
}

export class DepartementDto {
  @ApiProperty({ example: '2A' }) code: string;
  @ApiProperty({ example: 'Corse-du-Sud' }) name: string;
  @ApiProperty({ example: '94' }) regionCode: string;
  @ApiProperty({ example: 'Corse' }) regionName: string;
}

export class DepartementListDto {
  @ApiProperty({ type: [DepartementDto], description: 'Les départements, DROM et collectivités d’outre-mer compris, par code.' })
  items: DepartementDto[];
}
