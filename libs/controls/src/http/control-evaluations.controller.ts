import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, UuidPipe, Idempotent } from '@iae/core';
import { ApiUpload, FilesService, readUpload, sendFile } from '@iae/storage';
import { EvaluationsService } from '../evaluations.service';
import { DDETS } from './control-campaigns.controller';
import { ControlDecisionDto, ControlEvaluationDto, ProofQuery, ReviewDto, SanctionsDto } from './dto/evaluation.dto';

const EVALUATION = 'evaluationId';
const CRITERION = 'criterionId';
/** The members of a SIAE drawn (the service checks it is theirs). */
const SIAE = { families: ['employer' as const] };
/** The SIAE itself, the State services of the campaign's scope, platform staff. */
const READERS = { families: ['employer' as const, 'institution' as const], allowStaff: true };

@ApiTags('Contrôle a posteriori')
@Controller('control-evaluations')
export class ControlEvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly files: FilesService,
  ) {}

  @Get()
  @Access.member(SIAE)
  @ApiOperation({
    summary: 'Les contrôles de ma structure',
    description: 'Ceux dont la structure a été prévenue ; consultables 3 ans après la fin de la campagne.',
  })
  @ApiOkResponse({ type: [ControlEvaluationDto] })
  @ApiProblems(400, 403)
  listMine(@CurrentActor() actor: Actor): Promise<ControlEvaluationDto[]> {
    return this.evaluations.listForEmployer(actor);
  }

  @Get(`:${EVALUATION}`)
  @Access.member(READERS)
  @ApiOperation({ summary: 'Un contrôle : embauches et critères contrôlés, justificatifs, échéance, examen, décision, sanctions' })
  @ApiOkResponse({ type: ControlEvaluationDto })
  @ApiProblems(400, 403, 404)
  get(@CurrentActor() actor: Actor, @Param(EVALUATION, UuidPipe) evaluationId: string): Promise<ControlEvaluationDto> {
    return this.evaluations.get(actor, evaluationId);
  }

  @Post(`:${EVALUATION}/criteria/:${CRITERION}/proof`)
  @Idempotent()
  @Access.member(SIAE)
  @ApiOperation({
    summary: 'Déposer le justificatif d’un critère (multipart : champ « file », PDF, JPEG ou PNG)',
    description:
      'Remplace le précédent tant que rien n’est transmis ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut). En phase contradictoire, seulement pour les critères refusés ou non transmis.',
  })
  @ApiUpload()
  @ApiCreatedResponse({ type: ControlEvaluationDto })
  @ApiProblems(400, 403, 404, 409, 415)
  async uploadProof(
    @CurrentActor() actor: Actor,
    @Param(EVALUATION, UuidPipe) evaluationId: string,
    @Param(CRITERION, UuidPipe) criterionId: string,
    @Req() request: FastifyRequest,
  ): Promise<ControlEvaluationDto> {
    const upload = await readUpload(request, 'file', this.files.maxUploadBytes);
    return this.evaluations.uploadProof(actor, evaluationId, criterionId, upload);
  }

  @Get(`:${EVALUATION}/criteria/:${CRITERION}/proof`)
  @Access.member(READERS)
  @ApiOperation({ summary: 'Télécharger le justificatif d’un critère' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'Le fichier.' })
  @ApiProblems(400, 403, 404)
  async proof(
    @CurrentActor() actor: Actor,
    @Param(EVALUATION, UuidPipe) evaluationId: string,
    @Param(CRITERION, UuidPipe) criterionId: string,
    @Query() query: ProofQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.evaluations.openProof(actor, evaluationId, criterionId, query.phase));
  }

  @Post(`:${EVALUATION}/submission`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(SIAE)
  @ApiOperation({
    summary: 'Transmettre les justificatifs à la DDETS',
    description: 'Un justificatif par critère attendu ; plus aucune modification ensuite (une seconde transmission en phase contradictoire).',
  })
  @ApiOkResponse({ type: ControlEvaluationDto })
  @ApiProblems(400, 403, 404, 409, 422)
  submit(@CurrentActor() actor: Actor, @Param(EVALUATION, UuidPipe) evaluationId: string): Promise<ControlEvaluationDto> {
    return this.evaluations.submit(actor, evaluationId);
  }

  @Post(`:${EVALUATION}/criteria/:${CRITERION}/review`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({
    summary: 'Accepter ou refuser le justificatif d’un critère (DDETS de la campagne)',
    description: 'Un refus s’explique ; l’examen se corrige jusqu’à la décision.',
  })
  @ApiOkResponse({ type: ControlEvaluationDto })
  @ApiProblems(400, 403, 404, 409)
  review(
    @CurrentActor() actor: Actor,
    @Param(EVALUATION, UuidPipe) evaluationId: string,
    @Param(CRITERION, UuidPipe) criterionId: string,
    @Body() body: ReviewDto,
  ): Promise<ControlEvaluationDto> {
    return this.evaluations.review(actor, evaluationId, criterionId, body);
  }

  @Post(`:${EVALUATION}/decision`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({
    summary: 'Conclure l’examen : accepter ou refuser la structure (DDETS de la campagne)',
    description:
      'Acceptée : le contrôle est clos. Refusée après la première transmission : la phase contradictoire s’ouvre (à sa date). Refusée après la phase contradictoire : refus définitif, puis sanctions.',
  })
  @ApiOkResponse({ type: ControlEvaluationDto })
  @ApiProblems(400, 403, 404, 409, 422)
  decide(@CurrentActor() actor: Actor, @Param(EVALUATION, UuidPipe) evaluationId: string, @Body() body: ControlDecisionDto): Promise<ControlEvaluationDto> {
    return this.evaluations.decide(actor, evaluationId, body);
  }

  @Post(`:${EVALUATION}/sanctions`)
  @Idempotent()
  @Access.member(DDETS)
  @ApiOperation({
    summary: 'Décider les sanctions d’une structure refusée (ou l’absence de sanction, motivée)',
    description:
      'Formation obligatoire, retrait de l’auto-prescription sur une période (appliqué par l’éligibilité), baisse de l’aide au poste (1 à 100 %) sur une période, proposition de déconventionnement.',
  })
  @ApiCreatedResponse({ type: ControlEvaluationDto })
  @ApiProblems(400, 403, 404, 409)
  sanction(@CurrentActor() actor: Actor, @Param(EVALUATION, UuidPipe) evaluationId: string, @Body() body: SanctionsDto): Promise<ControlEvaluationDto> {
    return this.evaluations.sanction(actor, evaluationId, body);
  }
}
