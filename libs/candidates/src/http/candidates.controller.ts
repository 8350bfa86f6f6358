import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, PositiveIntPipe, UuidPipe } from '@iae/core';
import { CandidatesService } from '../candidates.service';
import { ConsentsService } from '../consents.service';
import { DiagnosticsService } from '../diagnostics.service';
import { NirCorrectionsService } from '../nir-corrections.service';
import {
  CandidateDto,
  CandidateListQuery,
  CandidatePageDto,
  ClaimDto,
  ConsentDto,
  ConsentInputDto,
  CreateCandidateDto,
  LookupDto,
  LookupMatchDto,
  NirCorrectionDto,
  NirCorrectionInputDto,
  ReadQuery,
  UpdateCandidateDto,
} from './dto/candidate.dto';
import { DiagnosticChangeDto, DiagnosticDto, DiagnosticHistoryEntryDto } from './dto/diagnostic.dto';
import { CANDIDATE_FILE } from './candidate-file-access';

const CANDIDATE = 'candidateId';
const PROFESSIONALS = { families: ['prescriber' as const, 'employer' as const] };

@ApiTags('Candidats')
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly consents: ConsentsService,
    private readonly diagnostics: DiagnosticsService,
    private readonly nirCorrections: NirCorrectionsService,
  ) {}

  @Post()
  @Access.member(PROFESSIONALS)
  @Idempotent()
  @ApiOperation({
    summary: 'Inscrire une personne accompagnée',
    description:
      'Cherchez-la d’abord (POST /api/candidates/lookup) : un NIR ne peut figurer qu’une fois. Avec une adresse e-mail, elle est invitée à créer son espace.',
  })
  @ApiCreatedResponse({ type: CandidateDto })
  @ApiProblems(400, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCandidateDto): Promise<CandidateDto> {
    return this.candidates.create(actor, body);
  }

  @Get()
  @Access.member(PROFESSIONALS)
  @ApiOperation({ summary: 'Les personnes que suit mon organisation' })
  @ApiOkResponse({ type: CandidatePageDto })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: CandidateListQuery): Promise<CandidatePageDto> {
    return this.candidates.listForOrganization(actor, query);
  }

  @Post('lookup')
  @HttpCode(200)
  @Access.member(PROFESSIONALS)
  @ApiOperation({
    summary: 'Chercher une personne déjà inscrite (NIR, e-mail, ou nom et date de naissance)',
    description: 'Ne dévoile que ce que vous pouvez voir.',
  })
  @ApiOkResponse({ type: [LookupMatchDto] })
  @ApiProblems(400, 429)
  lookup(@CurrentActor() actor: Actor, @Body() body: LookupDto): Promise<LookupMatchDto[]> {
    return this.candidates.lookup(actor, body);
  }

  @Get(`:${CANDIDATE}`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({
    summary: 'Voir une fiche candidat',
    description: 'Le candidat, les prescripteurs habilités, les organisations qui le suivent ; l’équipe avec un motif. Chaque lecture du NIR est enregistrée.',
  })
  @ApiOkResponse({ type: CandidateDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Query() query: ReadQuery): Promise<CandidateDto> {
    return this.candidates.get(actor, id, query.reason);
  }

  @Patch(`:${CANDIDATE}`)
  @Idempotent()
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Mettre à jour une fiche candidat', description: 'Un NIR enregistré ne se modifie pas ici : demandez une correction.' })
  @ApiOkResponse({ type: CandidateDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param(CANDIDATE, UuidPipe) id: string,
    @Body() body: UpdateCandidateDto,
    @Query() query: ReadQuery,
  ): Promise<CandidateDto> {
    return this.candidates.update(actor, id, body, query.reason);
  }

  @Post(`:${CANDIDATE}/assignments`)
  @Idempotent()
  @Access.member(PROFESSIONALS)
  @ApiOperation({
    summary: 'Suivre une personne déjà inscrite',
    description:
      'Prouvez la connaître : son NIR exact ; ou ses nom, prénom, date de naissance complète et adresse e-mail ensemble (nom, prénom et date de naissance pour une fiche sans NIR ni e-mail). ' +
      'Les tentatives refusées sont limitées par personne et par compte, et chaque tentative figure dans le journal des accès de la personne. Elle peut aussi vous donner accès depuis son espace.',
  })
  @ApiCreatedResponse({ type: CandidateDto })
  @ApiProblems(400, 403, 404, 429)
  claim(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Body() body: ClaimDto): Promise<CandidateDto> {
    return this.candidates.claim(actor, id, body);
  }

  @Get(`:${CANDIDATE}/consents`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Les consentements du candidat au partage de son diagnostic' })
  @ApiOkResponse({ type: [ConsentDto] })
  @ApiProblems(400, 404)
  listConsents(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string): Promise<ConsentDto[]> {
    return this.consents.list(actor, id);
  }

  @Post(`:${CANDIDATE}/consents`)
  @Idempotent()
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Enregistrer le consentement du candidat au partage avec une structure' })
  @ApiCreatedResponse({ type: ConsentDto })
  @ApiProblems(400, 403, 404)
  recordConsent(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Body() body: ConsentInputDto): Promise<ConsentDto> {
    return this.consents.record(actor, id, body);
  }

  @Delete(`:${CANDIDATE}/consents/:consentId`)
  @Idempotent()
  @HttpCode(204)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Retirer un consentement' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  async revokeConsent(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Param('consentId', UuidPipe) consentId: string): Promise<void> {
    await this.consents.revoke(actor, id, consentId);
  }

  @Post(`:${CANDIDATE}/nir-correction-requests`)
  @Idempotent()
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Demander la correction du NIR', description: 'Examinée par l’équipe de la plateforme.' })
  @ApiCreatedResponse({ type: NirCorrectionDto })
  @ApiProblems(400, 404)
  requestNirCorrection(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Body() body: NirCorrectionInputDto): Promise<NirCorrectionDto> {
    return this.nirCorrections.request(actor, id, body);
  }

  @Get(`:${CANDIDATE}/diagnostic`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({
    summary: 'Le diagnostic socio-professionnel (version courante)',
    description: 'Les éléments sensibles (santé, justice) et, pour un employeur, tout le diagnostic sans consentement, sont masqués.',
  })
  @ApiOkResponse({ type: DiagnosticDto })
  @ApiProblems(400, 404)
  async diagnostic(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string): Promise<DiagnosticDto | null> {
    return this.diagnostics.current(actor, id);
  }

  @Put(`:${CANDIDATE}/diagnostic`)
  @Idempotent()
  @Access.member({ families: ['prescriber'] })
  @ApiOperation({
    summary: 'Compléter le diagnostic (nouvelle version)',
    description: 'Les prescripteurs et orienteurs qui accompagnent la personne ; seuls les champs envoyés changent.',
  })
  @ApiOkResponse({ type: DiagnosticDto })
  @ApiProblems(400, 403, 404)
  updateDiagnostic(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Body() body: DiagnosticChangeDto): Promise<DiagnosticDto> {
    return this.diagnostics.update(actor, id, body as never);
  }

  @Get(`:${CANDIDATE}/diagnostic/versions`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'L’historique du diagnostic' })
  @ApiOkResponse({ type: [DiagnosticHistoryEntryDto] })
  @ApiProblems(400, 404)
  history(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string): Promise<DiagnosticHistoryEntryDto[]> {
    return this.diagnostics.history(actor, id);
  }

  @Get(`:${CANDIDATE}/diagnostic/versions/:version`)
  @Access.user(CANDIDATE_FILE)
  @ApiOperation({ summary: 'Une version du diagnostic' })
  @ApiOkResponse({ type: DiagnosticDto })
  @ApiProblems(400, 404)
  version(@CurrentActor() actor: Actor, @Param(CANDIDATE, UuidPipe) id: string, @Param('version', PositiveIntPipe) version: number): Promise<DiagnosticDto> {
    return this.diagnostics.version(actor, id, version);
  }
}
