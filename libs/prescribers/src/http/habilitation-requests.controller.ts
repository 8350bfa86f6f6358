import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { ApiUpload, FilesService, readUpload, sendFile } from '@iae/storage';
import { DOCUMENT_LABEL_MAX_LENGTH, HabilitationRequestsService } from '../habilitation-requests.service';
import {
  CdiaeOpinionDto,
  CreateHabilitationRequestDto,
  GrantDto,
  HabilitationAxesDto,
  HabilitationRequestDto,
  MessageDto,
  HabilitationReasonDto,
  ReviewerListQuery,
} from './dto/habilitation-request.dto';

const ORG = 'organizationId';
const REQUEST = 'requestId';
const ORGANIZATION_ADMINS = { pathParam: ORG, families: ['prescriber' as const], role: 'admin' as const };
const ORGANIZATION_MEMBERS = { pathParam: ORG, families: ['prescriber' as const], allowStaff: true };
/** The DDETS instructing (acting for it with X-Organization-Id); the service checks the département. */
const DDETS = { families: ['institution' as const], kinds: ['DDETS_IAE'] };
const REVIEWERS = { families: ['institution' as const], allowStaff: true };

/** The text fields sent with a document; the service checks the label (`DOCUMENT_LABEL_MAX_LENGTH`). */
const DOCUMENT_FIELDS = {
  label: { description: 'Ce qu’est la pièce (statuts, rapport d’activité…).', maxLength: DOCUMENT_LABEL_MAX_LENGTH, required: true },
};

@ApiTags('Habilitation préfectorale')
@Controller()
export class HabilitationRequestsController {
  constructor(
    private readonly requests: HabilitationRequestsService,
    private readonly files: FilesService,
  ) {}

  // ——— the organisation asking ———

  @Post(`prescriber-organizations/:${ORG}/habilitation-requests`)
  @Access.member(ORGANIZATION_ADMINS)
  @Idempotent()
  @ApiOperation({
    summary: 'Préparer une demande d’habilitation (ou de renouvellement)',
    description: 'Brouillon : répondre aux 4 axes, joindre les pièces, puis transmettre.',
  })
  @ApiCreatedResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409, 422)
  create(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Body() body: CreateHabilitationRequestDto,
  ): Promise<HabilitationRequestDto> {
    return this.requests.create(actor, organizationId, body);
  }

  @Get(`prescriber-organizations/:${ORG}/habilitation-requests`)
  @Access.member(ORGANIZATION_MEMBERS)
  @ApiOperation({ summary: 'Les demandes d’habilitation de mon organisation' })
  @ApiOkResponse({ type: [HabilitationRequestDto] })
  @ApiProblems(400, 404)
  listMine(@Param(ORG, UuidPipe) organizationId: string): Promise<HabilitationRequestDto[]> {
    return this.requests.listForOrganization(organizationId);
  }

  @Get(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}`)
  @Access.member(ORGANIZATION_MEMBERS)
  @ApiOperation({ summary: 'Une demande de mon organisation, avec ses échanges et son historique' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404)
  getMine(@Param(ORG, UuidPipe) organizationId: string, @Param(REQUEST, UuidPipe) requestId: string): Promise<HabilitationRequestDto> {
    return this.requests.getForOrganization(organizationId, requestId);
  }

  @Patch(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}`)
  @Idempotent()
  @Access.member(ORGANIZATION_ADMINS)
  @ApiOperation({ summary: 'Compléter les réponses (brouillon, ou informations demandées)' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  edit(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param(REQUEST, UuidPipe) requestId: string,
    @Body() body: HabilitationAxesDto,
  ): Promise<HabilitationRequestDto> {
    return this.requests.edit(actor, organizationId, requestId, body);
  }

  @Post(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}/documents`)
  @Idempotent()
  @Access.member(ORGANIZATION_ADMINS)
  @ApiOperation({
    summary: 'Joindre une pièce (multipart : champ « file », PDF, JPEG ou PNG ; champ « label »)',
    description: 'Au plus 10 pièces ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut).',
  })
  @ApiUpload({ fields: DOCUMENT_FIELDS })
  @ApiCreatedResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  async addDocument(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param(REQUEST, UuidPipe) requestId: string,
    @Req() request: FastifyRequest,
  ): Promise<HabilitationRequestDto> {
    const upload = await readUpload(request, 'file', this.files.maxUploadBytes, Object.keys(DOCUMENT_FIELDS));
    return this.requests.addDocument(actor, organizationId, requestId, upload);
  }

  @Get(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}/documents/:documentId`)
  @Access.member(ORGANIZATION_MEMBERS)
  @ApiOperation({ summary: 'Télécharger une pièce de la demande' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'Le fichier.' })
  @ApiProblems(400, 404)
  async documentForOrganization(
    @Param(ORG, UuidPipe) organizationId: string,
    @Param(REQUEST, UuidPipe) requestId: string,
    @Param('documentId', UuidPipe) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    await this.requests.getForOrganization(organizationId, requestId);
    return sendFile(reply, await this.requests.openDocument(requestId, documentId));
  }

  @Post(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}/submission`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(ORGANIZATION_ADMINS)
  @ApiOperation({ summary: 'Transmettre la demande à la DDETS du département' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409, 422)
  submit(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param(REQUEST, UuidPipe) requestId: string,
  ): Promise<HabilitationRequestDto> {
    return this.requests.submit(actor, organizationId, requestId);
  }

  @Post(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}/answers`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(ORGANIZATION_ADMINS)
  @ApiOperation({ summary: 'Répondre à une demande d’informations de la DDETS' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  answer(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param(REQUEST, UuidPipe) requestId: string,
    @Body() body: MessageDto,
  ): Promise<HabilitationRequestDto> {
    return this.requests.answer(actor, organizationId, requestId, body.message);
  }

  @Post(`prescriber-organizations/:${ORG}/habilitation-requests/:${REQUEST}/cancellation`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(ORGANIZATION_ADMINS)
  @ApiOperation({ summary: 'Annuler la demande' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  cancel(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param(REQUEST, UuidPipe) requestId: string,
  ): Promise<HabilitationRequestDto> {
    return this.requests.cancel(actor, organizationId, requestId);
  }

  // ——— the DDETS instructing (DREETS, DGEFP and staff read) ———

  @Get('habilitation-requests')
  @Access.member(REVIEWERS)
  @ApiOperation({
    summary: 'Les demandes de mon territoire',
    description: 'DDETS : son département ; DREETS : sa région ; DGEFP et équipe : toutes. Les plus anciennes d’abord.',
  })
  @ApiOkResponse({ type: [HabilitationRequestDto] })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: ReviewerListQuery): Promise<HabilitationRequestDto[]> {
    return this.requests.listForReviewer(actor, query);
  }

  @Get(`habilitation-requests/:${REQUEST}`)
  @Access.member(REVIEWERS)
  @ApiOperation({ summary: 'Une demande de mon territoire' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param(REQUEST, UuidPipe) requestId: string): Promise<HabilitationRequestDto> {
    return this.requests.getForReviewer(actor, requestId);
  }

  @Get(`habilitation-requests/:${REQUEST}/documents/:documentId`)
  @Access.member(REVIEWERS)
  @ApiOperation({ summary: 'Télécharger une pièce d’une demande de mon territoire' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'Le fichier.' })
  @ApiProblems(400, 404)
  async document(
    @CurrentActor() actor: Actor,
    @Param(REQUEST, UuidPipe) requestId: string,
    @Param('documentId', UuidPipe) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    await this.requests.getForReviewer(actor, requestId);
    return sendFile(reply, await this.requests.openDocument(requestId, documentId));
  }

  @Post(`habilitation-requests/:${REQUEST}/information-requests`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({ summary: 'Demander des informations à l’organisation' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  requestInformation(@CurrentActor() actor: Actor, @Param(REQUEST, UuidPipe) requestId: string, @Body() body: MessageDto): Promise<HabilitationRequestDto> {
    return this.requests.requestInformation(actor, requestId, body.message);
  }

  @Post(`habilitation-requests/:${REQUEST}/cdiae-opinion`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({ summary: 'Enregistrer l’avis du CDIAE' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  cdiaeOpinion(@CurrentActor() actor: Actor, @Param(REQUEST, UuidPipe) requestId: string, @Body() body: CdiaeOpinionDto): Promise<HabilitationRequestDto> {
    return this.requests.recordCdiaeOpinion(actor, requestId, body);
  }

  @Post(`habilitation-requests/:${REQUEST}/grant`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({
    summary: 'Accorder l’habilitation (au plus 5 ans)',
    description: 'Après l’avis du CDIAE ; l’organisation devient prescripteur habilité jusqu’à la date de fin.',
  })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409, 422)
  grant(@CurrentActor() actor: Actor, @Param(REQUEST, UuidPipe) requestId: string, @Body() body: GrantDto): Promise<HabilitationRequestDto> {
    return this.requests.grant(actor, requestId, body);
  }

  @Post(`habilitation-requests/:${REQUEST}/refusal`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({ summary: 'Refuser l’habilitation' })
  @ApiOkResponse({ type: HabilitationRequestDto })
  @ApiProblems(400, 404, 409)
  refuse(@CurrentActor() actor: Actor, @Param(REQUEST, UuidPipe) requestId: string, @Body() body: HabilitationReasonDto): Promise<HabilitationRequestDto> {
    return this.requests.refuse(actor, requestId, body.reason);
  }

  @Post(`prescriber-organizations/:${ORG}/habilitation-withdrawal`)
  @Idempotent()
  @HttpCode(204)
  @Access.member(DDETS)
  @ApiOperation({ summary: 'Retirer une habilitation préfectorale (DDETS qui l’a accordée)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 409)
  async withdraw(@CurrentActor() actor: Actor, @Param(ORG, UuidPipe) organizationId: string, @Body() body: HabilitationReasonDto): Promise<void> {
    await this.requests.withdraw(actor, organizationId, body.reason);
  }
}
