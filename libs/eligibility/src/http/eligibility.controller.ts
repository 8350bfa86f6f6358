import { Body, Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CANDIDATE_FILE } from '@iae/candidates';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { ApiUpload, FilesService, readUpload, sendFile } from '@iae/storage';
import { EligibilityService } from '../eligibility.service';
import { CreateDiagnosisDto, CriterionDto, DiagnosisDto, EligibilityAnswerDto, EligibilityQuery, ProofDto } from './dto/eligibility.dto';

const CANDIDATE = 'candidateId';
/** Habilitated prescribers and SIAE validate; orienteurs get a 403 naming the rule from the service. */
const VALIDATORS = { families: ['prescriber' as const, 'employer' as const] };

@ApiTags('Éligibilité IAE')
@Controller()
export class EligibilityController {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly files: FilesService,
  ) {}

  @Get('eligibility-criteria')
  @Access.public()
  @ApiOperation({ summary: 'Les critères administratifs d’éligibilité, leurs niveaux et justificatifs' })
  @ApiOkResponse({ type: [CriterionDto] })
  criteria(): CriterionDto[] {
    return this.eligibility.criteria().map(({ key, level, label, proof, proofValidityMonths }) => ({ key, level, label, proof, proofValidityMonths }));
  }

  @Post('eligibility-proofs')
  @Idempotent()
  @Access.member(VALIDATORS)
  @ApiOperation({
    summary: 'Envoyer un justificatif (multipart : champ « file », PDF, JPEG ou PNG)',
    description: 'Renvoie l’identifiant à donner dans criteria[].proofFileId ; taille maximale : UPLOAD_MAX_BYTES (5 Mo par défaut).',
  })
  @ApiUpload()
  @ApiCreatedResponse({ type: ProofDto })
  @ApiProblems(400, 403, 415)
  async uploadProof(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ProofDto> {
    const upload = await readUpload(request, 'file', this.files.maxUploadBytes);
    return this.eligibility.storeProof(actor, upload);
  }

  @Post(`candidates/:${CANDIDATE}/eligibility-diagnoses`)
  @Access.member(VALIDATORS)
  @Idempotent()
  @ApiOperation({
    summary: 'Valider l’éligibilité IAE',
    description:
      'Un prescripteur habilité la valide pour toutes les SIAE, 6 mois ; une SIAE pour elle-même, 92 jours, avec les critères administratifs et leurs justificatifs. Un orienteur reçoit 403.',
  })
  @ApiCreatedResponse({ type: DiagnosisDto })
  @ApiProblems(400, 403, 404, 422)
  create(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) candidateId: string, @Body() body: CreateDiagnosisDto): Promise<DiagnosisDto> {
    return this.eligibility.create(actor, candidateId, body);
  }

  @Get(`candidates/:${CANDIDATE}/eligibility-diagnoses`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({
    summary: 'Les diagnostics d’éligibilité du candidat',
    description: 'Le diagnostic d’une SIAE pour elle-même n’est visible que d’elle, du candidat et de l’équipe.',
  })
  @ApiOkResponse({ type: [DiagnosisDto] })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) candidateId: string): Promise<DiagnosisDto[]> {
    return this.eligibility.list(actor, candidateId);
  }

  @Get(`candidates/:${CANDIDATE}/eligibility`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({
    summary: 'Le candidat est-il éligible à un parcours dans cette structure aujourd’hui ?',
    description: 'Avec ce qui fonde la réponse, jusqu’à quand, les raisons d’un refus et les critères que sa fiche laisse présumer.',
  })
  @ApiOkResponse({ type: EligibilityAnswerDto })
  @ApiProblems(400, 404)
  answer(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) candidateId: string, @Query() query: EligibilityQuery): Promise<EligibilityAnswerDto> {
    return this.eligibility.answer(actor, candidateId, query.employer);
  }

  @Get(`candidates/:${CANDIDATE}/eligibility-diagnoses/:diagnosisId/criteria/:key/proof`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Télécharger le justificatif d’un critère' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'Le fichier.' })
  @ApiProblems(400, 404)
  async proof(
    @CurrentActor() actor: Actor,
    @Param(CANDIDATE, UuidPipe) candidateId: string,
    @Param('diagnosisId', UuidPipe) diagnosisId: string,
    @Param('key') key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.eligibility.openProof(actor, candidateId, diagnosisId, key));
  }
}
