import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, UuidPipe, Idempotent } from '@iae/core';
import { ApiUpload, FilesService, readUpload, sendFile } from '@iae/storage';
import { DenyInput, ProlongationsService } from '../prolongations.service';
import {
  DenyProlongationDto,
  ProlongationRequestDto,
  ProlongationRequestPageDto,
  ProlongationRequestsQuery,
  ReaddressProlongationRequestDto,
  ReportDto,
} from './dto/pass-iae.dto';

const DECIDERS = { families: ['prescriber' as const], habilitated: true };

@ApiTags('PASS IAE')
@Controller()
export class ProlongationRequestsController {
  constructor(
    private readonly prolongations: ProlongationsService,
    private readonly files: FilesService,
  ) {}

  @Post('prolongation-reports')
  @Idempotent()
  @Access.member({ families: ['employer'] })
  @ApiOperation({
    summary: 'Envoyer le bilan d’une demande de prolongation (multipart : champ « file », PDF)',
    description: 'Renvoie l’identifiant à donner dans reportFileId ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut).',
  })
  @ApiUpload({ types: 'PDF' })
  @ApiCreatedResponse({ type: ReportDto })
  @ApiProblems(400, 403, 415)
  async uploadReport(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ReportDto> {
    return this.prolongations.storeReport(actor, await readUpload(request, 'file', this.files.maxUploadBytes));
  }

  @Get('prolongation-requests')
  @Access.member(DECIDERS)
  @ApiOperation({
    summary: 'Les demandes de prolongation adressées à mon organisation',
    description: 'Les plus récentes d’abord ; filtre status (pending pour celles qui attendent).',
  })
  @ApiOkResponse({ type: ProlongationRequestPageDto })
  @ApiProblems(400, 403)
  inbox(@CurrentActor() actor: Actor, @Query() query: ProlongationRequestsQuery): Promise<ProlongationRequestPageDto> {
    return this.prolongations.inbox(actor, query);
  }

  @Get('prolongation-requests/:requestId/report')
  @Access.member({ families: ['prescriber', 'employer'] })
  @ApiOperation({ summary: 'Télécharger le bilan joint à une demande', description: 'Pour la structure qui demande et l’organisation qui décide.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'Le fichier.' })
  @ApiProblems(400, 403, 404)
  async report(
    @CurrentActor() actor: Actor,
    @Param('requestId', UuidPipe) requestId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.prolongations.openReport(actor, requestId));
  }

  @Post('prolongation-requests/:requestId/grant')
  @Idempotent()
  @Access.member(DECIDERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accorder la prolongation',
    description: 'La prolongation est créée et la fin du PASS repoussée, en une fois ; la structure et la personne sont prévenues.',
  })
  @ApiOkResponse({ type: ProlongationRequestDto })
  @ApiProblems(400, 403, 404, 409)
  grant(@CurrentActor() actor: Actor, @Param('requestId', UuidPipe) requestId: string): Promise<ProlongationRequestDto> {
    return this.prolongations.grant(actor, requestId);
  }

  @Post('prolongation-requests/:requestId/deny')
  @Idempotent()
  @Access.member(DECIDERS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Refuser la prolongation',
    description: 'Avec une raison et, si besoin, des actions proposées ; la structure et la personne sont prévenues.',
  })
  @ApiOkResponse({ type: ProlongationRequestDto })
  @ApiProblems(400, 403, 404, 409)
  deny(@CurrentActor() actor: Actor, @Param('requestId', UuidPipe) requestId: string, @Body() body: DenyProlongationDto): Promise<ProlongationRequestDto> {
    return this.prolongations.deny(actor, requestId, body as DenyInput);
  }

  @Post('prolongation-requests/:requestId/readdress')
  @Idempotent()
  @Access.member({ families: ['employer'] })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Adresser la demande à un autre prescripteur habilité',
    description:
      'Par la structure qui l’a envoyée, quand l’organisation sollicitée n’est plus habilitée (prescriberOrganizationHabilitated à false) : la demande, toujours en attente, va à l’organisation choisie, qui est prévenue et relancée à partir de ce jour. Tant que l’organisation sollicitée est habilitée : 409.',
  })
  @ApiOkResponse({ type: ProlongationRequestDto })
  @ApiProblems(400, 403, 404, 409)
  readdress(
    @CurrentActor() actor: Actor,
    @Param('requestId', UuidPipe) requestId: string,
    @Body() body: ReaddressProlongationRequestDto,
  ): Promise<ProlongationRequestDto> {
    return this.prolongations.readdress(actor, requestId, body.prescriberOrganizationId);
  }
}
