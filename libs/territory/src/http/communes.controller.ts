import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, notFound } from '@iae/core';
import { Commune, CommunesService, DEFAULT_AUTOCOMPLETE_LIMIT } from '../communes.service';
import { CommuneDto, CommuneListDto, CommuneSearchQuery } from './dto/commune.dto';
import { InseeCodePipe } from './insee-code.pipe';

@ApiTags('Territoires')
@Controller('communes')
export class CommunesController {
  constructor(private readonly communes: CommunesService) {}

  @Get()
  @Access.public()
  @ApiOperation({
    summary: 'Chercher une commune (saisie semi-automatique)',
    description:
      'Par code postal ou début de code postal (2 à 4 chiffres), sinon par nom : les noms qui commencent par la saisie, ' +
      'puis ceux dont un mot commence par elle ou s’en approche, et seulement à défaut, les noms qui lui ressemblent ; ' +
      'dans chaque groupe, la commune la plus peuplée d’abord.',
  })
  @ApiOkResponse({ type: CommuneListDto })
  @ApiProblems(400)
  async search(@Query() query: CommuneSearchQuery): Promise<CommuneListDto> {
    const communes = await this.communes.autocomplete(query.q, query.limit ?? DEFAULT_AUTOCOMPLETE_LIMIT);
    return { items: communes.map(toDto) };
  }

  @Get(':code')
  @Access.public()
  @ApiOperation({ summary: 'Voir une commune par son code INSEE' })
  @ApiParam({ name: 'code', example: '69123', description: 'Code INSEE à 5 caractères (2A004 en Corse).' })
  @ApiOkResponse({ type: CommuneDto })
  @ApiProblems(400, 404)
  async get(@Param('code', InseeCodePipe) code: string): Promise<CommuneDto> {
    const commune = await this.communes.get(code);
    if (!commune) throw notFound(`Aucune commune n’a le code INSEE ${code}.`);
    return toDto(commune);
  }
}

function toDto(c: Commune): CommuneDto {
  return {
    code: c.code,
    name: c.name,
    departementCode: c.departementCode,
    departementName: c.departementName,
    postalCodes: c.postalCodes,
    latitude: c.latitude,
    longitude: c.longitude,
  };
}
