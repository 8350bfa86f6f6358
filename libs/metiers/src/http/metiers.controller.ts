import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, notFound } from '@iae/core';
import { MetiersService } from '../metiers.service';
import { AppellationListDto, MetierSearchQuery, RomeDomainListDto, RomeDto } from './dto/metiers.dto';
import { RomeCodePipe } from './rome-code.pipe';

@ApiTags('Métiers (ROME)')
@Controller('metiers')
export class MetiersController {
  constructor(private readonly metiers: MetiersService) {}

  @Get()
  @Access.public()
  @ApiOperation({
    summary: 'Chercher un métier (autocomplétion)',
    description:
      'Propose les appellations du ROME qui correspondent à un intitulé saisi, sans tenir compte des accents ni des majuscules, par début de mot et en tolérant les fautes de frappe ; un code ROME liste les appellations de ce métier.',
  })
  @ApiOkResponse({ type: AppellationListDto })
  @ApiProblems(400)
  async search(@Query() query: MetierSearchQuery): Promise<AppellationListDto> {
    return { items: await this.metiers.autocomplete(query.q, query.limit ?? 10) };
  }

  @Get('domains')
  @Access.public()
  @ApiOperation({ summary: 'Lister les 14 grands domaines du ROME' })
  @ApiOkResponse({ type: RomeDomainListDto })
  async domains(): Promise<RomeDomainListDto> {
    return { items: await this.metiers.listDomains() };
  }
}

@ApiTags('Métiers (ROME)')
@Controller('romes')
export class RomesController {
  constructor(private readonly metiers: MetiersService) {}

  @Get(':code')
  @Access.public()
  @ApiOperation({ summary: 'Voir un métier ROME et ses appellations' })
  @ApiParam({ name: 'code', description: 'Code ROME : une lettre de A à N puis quatre chiffres.', example: 'K2204' })
  @ApiOkResponse({ type: RomeDto })
  @ApiProblems(400, 404)
  async get(@Param('code', RomeCodePipe) code: string): Promise<RomeDto> {
    const rome = await this.metiers.getRome(code);
    if (!rome) throw notFound(`Aucun métier ROME n’a le code ${code}.`);
    return rome;
  }
}
