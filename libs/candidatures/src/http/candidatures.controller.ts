import { Body, Controller, Get, Header, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { ApiUpload, FilesService, readUpload } from '@iae/storage';
import { CandidaturesService } from '../candidatures.service';
import { REFUSAL_REASONS, refusalNeedsExplanation, selectableRefusalReasons } from '../rules/refusal-reasons';
import {
  CandidatureCountsQuery,
  CandidatureDto,
  CandidatureListQuery,
  CandidaturePageDto,
  ExportQuery,
  HistoryEntryDto,
  RefusalReasonDto,
  RefusalReasonsQuery,
  ResumeDto,
  SendCandidatureDto,
  SentListQuery,
  StateCountDto,
} from './dto/candidature.dto';

const ID = 'candidatureId';
/** Candidates for themselves, prescribers, orienteurs and employers acting for their organisation, staff. */
const SENDERS = { families: ['prescriber' as const, 'employer' as const] };

function filterOf(query: CandidatureListQuery) {
  return { ...query, states: query.state };
}

@ApiTags('Candidatures')
@Controller()
export class CandidaturesController {
  constructor(
    private readonly candidatures: CandidaturesService,
    private readonly files: FilesService,
  ) {}

  @Post('candidatures')
  @Access.user(SENDERS)
  @Idempotent()
  @ApiOperation({
    summary: 'Envoyer une candidature',
    description:
      'Par le candidat lui-même, par un prescripteur ou un orienteur, ou par une SIAE pour elle-même (auto-prescription : son diagnostic d’éligibilité d’abord). Refusée si l’employeur bloque les candidatures, ferme les spontanées, si le candidat y a postulé il y a moins de 24 h, ou si une SIAE ne pourrait pas l’embaucher.',
  })
  @ApiCreatedResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 422)
  send(@CurrentActor() actor: Actor, @Body() body: SendCandidatureDto): Promise<CandidatureDto> {
    return this.candidatures.send(actor, body);
  }

  @Post('candidature-resumes')
  @Idempotent()
  @Access.user(SENDERS)
  @ApiOperation({ summary: 'Envoyer un CV (multipart : champ « file », PDF, JPEG ou PNG)', description: 'Renvoie l’identifiant à donner dans resumeFileId.' })
  @ApiUpload()
  @ApiCreatedResponse({ type: ResumeDto })
  @ApiProblems(400, 403, 415)
  async uploadResume(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ResumeDto> {
    return this.candidatures.storeResume(actor, await readUpload(request, 'file', this.files.maxUploadBytes));
  }

  @Get('refusal-reasons')
  @Access.public()
  @ApiOperation({ summary: 'Les motifs de refus d’une candidature' })
  @ApiOkResponse({ type: [RefusalReasonDto] })
  refusalReasons(@Query() query: RefusalReasonsQuery): RefusalReasonDto[] {
    return selectableRefusalReasons(query.employerKind ?? 'ACI').map((key) => ({
      key,
      label: REFUSAL_REASONS[key],
      needsMessage: refusalNeedsExplanation(key),
    }));
  }

  @Get('candidatures/received')
  @Access.member({ families: ['employer'] })
  @ApiOperation({
    summary: 'Les candidatures reçues par ma structure',
    description: 'Les plus récentes d’abord ; filtres par état, dates, fiche de poste, émetteur, nom du candidat.',
  })
  @ApiOkResponse({ type: CandidaturePageDto })
  @ApiProblems(400)
  received(@CurrentActor() actor: Actor, @Query() query: CandidatureListQuery): Promise<CandidaturePageDto> {
    return this.candidatures.received(actor, filterOf(query));
  }

  @Get('candidatures/received/counts')
  @Access.member({ families: ['employer'] })
  @ApiOperation({
    summary: 'Combien de candidatures reçues dans chaque état',
    description: 'Avec les mêmes filtres que la liste, sauf l’état ; chaque état est nommé, avec 0 quand il n’y en a aucune.',
  })
  @ApiOkResponse({ type: [StateCountDto] })
  @ApiProblems(400)
  receivedCounts(@CurrentActor() actor: Actor, @Query() query: CandidatureCountsQuery): Promise<StateCountDto[]> {
    return this.candidatures.receivedCounts(actor, query);
  }

  @Get('candidatures/sent')
  @Access.member(SENDERS)
  @ApiOperation({ summary: 'Les candidatures que j’ai envoyées, ou que mon organisation a envoyées' })
  @ApiOkResponse({ type: CandidaturePageDto })
  @ApiProblems(400)
  sent(@CurrentActor() actor: Actor, @Query() query: SentListQuery): Promise<CandidaturePageDto> {
    return this.candidatures.sent(actor, query.scope ?? 'mine', filterOf(query));
  }

  @Get('me/candidatures')
  @Access.user({ kinds: ['candidate'] })
  @ApiOperation({ summary: 'Mes candidatures (candidat)' })
  @ApiOkResponse({ type: CandidaturePageDto })
  @ApiProblems(400, 404)
  mine(@CurrentActor() actor: Actor, @Query() query: CandidatureListQuery): Promise<CandidaturePageDto> {
    return this.candidatures.mine(actor, filterOf(query));
  }

  @Get('candidatures/export')
  @Access.member(SENDERS)
  @Header('cache-control', 'private, no-store')
  @ApiOperation({
    summary: 'Exporter en CSV les candidatures d’un mois',
    description: 'Reçues par une structure employeuse, envoyées par une organisation prescriptrice.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Le fichier CSV (séparateur « ; », UTF-8).' })
  @ApiProblems(400)
  async export(@CurrentActor() actor: Actor, @Query() query: ExportQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const file = await this.candidatures.exportMonth(actor, query.month);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.csv;
  }

  @Get(`candidatures/:${ID}`)
  @Access.user(SENDERS)
  @ApiOperation({
    summary: 'Voir une candidature',
    description: 'Son employeur, son émetteur, le candidat (sans le motif de refus ni le commentaire privé), l’équipe avec un motif.',
  })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.candidatures.get(actor, id);
  }

  @Get(`candidatures/:${ID}/history`)
  @Access.user(SENDERS)
  @ApiOperation({ summary: 'L’historique d’une candidature : chaque changement d’état, qui, quand' })
  @ApiOkResponse({ type: [HistoryEntryDto] })
  @ApiProblems(400, 404)
  history(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<HistoryEntryDto[]> {
    return this.candidatures.history(actor, id);
  }
}
