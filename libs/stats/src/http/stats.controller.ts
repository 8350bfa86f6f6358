import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, ApiProblems, actorOf } from '@iae/core';
import { CsvFile, FigureSetHeader, StatsService } from '../stats.service';
import {
  AutoPrescriptionFiguresDto,
  CandidatureFiguresDto,
  PassIaeFiguresDto,
  PrescriberFiguresDto,
  PrescriberOrganizationFiguresDto,
  PrescriberOrganizationsQuery,
  StatsQuery,
} from './dto/stats.dto';

const TERRITORY =
  'Territoire : ?departement= ou ?region= (par défaut celui de la DDETS ou de la DREETS qui lit, sinon la France entière) ; période : ?from=&to= (par défaut les 12 derniers mois) ; ?format=csv pour un fichier CSV.';
const STATE_SERVICES = 'Réservé aux services de l’État du territoire (DDETS du département, DREETS de la région, DGEFP) et à l’équipe de la plateforme.';

/** Figures computed from the live data; JSON, or the same as CSV with ?format=csv. */
@ApiTags('Pilotage')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('candidatures')
  @Access.public({ identify: true })
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({
    summary: 'Candidatures : envoyées, acceptées, déclinées par motif, en attente depuis plus de 30 jours, taux de transformation, délai de première réponse',
    description: `Chiffres publics, sans donnée personnelle. ${TERRITORY}`,
  })
  @ApiOkResponse({ type: CandidatureFiguresDto })
  @ApiProduces('application/json', 'text/csv')
  @ApiProblems(400)
  async candidatures(@Query() query: StatsQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const figures = await this.stats.candidatures(actorOf(request), query);
    return this.answer(reply, query, figures, () => this.stats.figuresCsv('candidatures', figures));
  }

  @Get('pass-iae')
  @Access.public({ identify: true })
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: 'PASS IAE : délivrés, en cours, suspendus, prolongés, finissant dans les 90 jours', description: `Chiffres publics. ${TERRITORY}` })
  @ApiOkResponse({ type: PassIaeFiguresDto })
  @ApiProduces('application/json', 'text/csv')
  @ApiProblems(400)
  async passIae(@Query() query: StatsQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const figures = await this.stats.passIae(actorOf(request), query);
    return this.answer(reply, query, figures, () => this.stats.figuresCsv('pass-iae', figures));
  }

  @Get('prescribers')
  @Access.public({ identify: true })
  @Header('cache-control', 'private, max-age=300')
  @ApiOperation({ summary: 'Prescripteurs : organisations habilitées et leur activité, par type', description: `Chiffres publics. ${TERRITORY}` })
  @ApiOkResponse({ type: PrescriberFiguresDto })
  @ApiProduces('application/json', 'text/csv')
  @ApiProblems(400)
  async prescribers(@Query() query: StatsQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const figures = await this.stats.prescribers(actorOf(request), query);
    return this.answer(reply, query, figures, () => this.stats.figuresCsv('prescribers', figures));
  }

  @Get('prescribers/organizations')
  @Access.user({ families: ['institution'] })
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ summary: 'Activité de chaque organisation prescriptrice habilitée du territoire', description: `${STATE_SERVICES} ${TERRITORY}` })
  @ApiOkResponse({ type: PrescriberOrganizationFiguresDto })
  @ApiProduces('application/json', 'text/csv')
  @ApiProblems(400, 403)
  async prescriberOrganizations(@Query() query: PrescriberOrganizationsQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const figures = await this.stats.prescriberOrganizations(actorOf(request), query);
    return this.answer(reply, query, figures, () => this.stats.tableCsv('prescriber-organizations', figures, figures.organizations));
  }

  @Get('auto-prescription')
  @Access.user({ families: ['institution'] })
  @Header('cache-control', 'private, no-store')
  @ApiOperation({
    summary: 'Part d’auto-prescription de chaque SIAE du territoire',
    description: `Embauches commençant dans la période, et celles dont la SIAE a validé l’éligibilité elle-même. ${STATE_SERVICES} ${TERRITORY}`,
  })
  @ApiOkResponse({ type: AutoPrescriptionFiguresDto })
  @ApiProduces('application/json', 'text/csv')
  @ApiProblems(400, 403)
  async autoPrescription(@Query() query: StatsQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const figures = await this.stats.autoPrescription(actorOf(request), query);
    return this.answer(reply, query, figures, () => this.stats.tableCsv('auto-prescription', figures, figures.siae));
  }

  private answer<T extends FigureSetHeader>(reply: FastifyReply, query: StatsQuery, figures: T, csv: () => CsvFile): T | string {
    if (query.format !== 'csv') return figures;
    const file = csv();
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.csv;
  }
}
