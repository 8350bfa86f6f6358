import { Body, Controller, Delete, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CANDIDATE_FILE } from '@iae/candidates';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe, validationProblem } from '@iae/core';
import { PassIaeService } from '../pass-iae.service';
import { ProlongationsService } from '../prolongations.service';
import { normalizePassNumber } from '../rules/pass-dates';
import {
  CorrectPassDatesDto,
  CreateSuspensionDto,
  DeclareProlongationDto,
  EditSuspensionDto,
  PassCheckDto,
  PassCheckQuery,
  PassDto,
  PassHistoryEntryDto,
  ProlongationRequestDto,
  RequestProlongationDto,
} from './dto/pass-iae.dto';

const NUMBER = 'number';
const NUMBER_PARAM = ApiParam({ name: NUMBER, description: 'Le numéro du PASS IAE, 12 caractères (ex. 999990000042).', example: '999990000042' });
/** Suspensions: the SIAE of the last hire, or a habilitated prescriber; others get the 403 of the service. */
const SUSPENDERS = { families: ['employer' as const, 'prescriber' as const] };

function passNumber(raw: string): string {
  const number = normalizePassNumber(raw);
  if (!number)
    throw validationProblem([{ field: NUMBER, code: 'passNumber', message: 'Un numéro de PASS IAE compte 12 caractères : 5 de préfixe et 7 chiffres.' }]);
  return number;
}

@ApiTags('PASS IAE')
@Controller('pass-iae')
export class PassIaeController {
  constructor(
    private readonly passes: PassIaeService,
    private readonly prolongations: ProlongationsService,
  ) {}

  @Get('check')
  @Access.public()
  @ApiOperation({
    summary: 'Vérifier un PASS IAE avec la date de naissance de son titulaire',
    description:
      'Répond seulement si ce numéro est un PASS en cours ou à venir de la personne née ce jour-là, et jusqu’à quand ; un couple faux répond { valid: false }. Nombre de vérifications limité.',
  })
  @ApiOkResponse({ type: PassCheckDto })
  @ApiProblems(400, 429)
  check(@Query() query: PassCheckQuery, @Req() request: FastifyRequest): Promise<PassCheckDto> {
    return this.passes.check(query.number, query.birthDate, request.ip ?? null);
  }

  @Get(`:${NUMBER}`)
  @Access.user(CANDIDATE_FILE)
  @NUMBER_PARAM
  @ApiOperation({
    summary: 'Un PASS IAE : dates, état, jours restants, suspensions, prolongations, embauches',
    description: 'Pour la personne, les professionnels qui la suivent, les prescripteurs habilités, et l’équipe avec un motif (X-Access-Reason).',
  })
  @ApiOkResponse({ type: PassDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param(NUMBER) number: string): Promise<PassDto> {
    return this.passes.get(actor, passNumber(number));
  }

  @Post(`:${NUMBER}/date-corrections`)
  @Idempotent()
  @Access.staff()
  @NUMBER_PARAM
  @ApiOperation({
    summary: 'Corriger les dates d’un PASS IAE (équipe)',
    description:
      'Début et/ou fin, avec la raison, gardée dans l’historique ; la fin vient après le début (422), sans chevaucher un autre PASS de la personne ni laisser dehors une de ses suspensions ou prolongations (409).',
  })
  @ApiCreatedResponse({ type: PassDto })
  @ApiProblems(400, 403, 404, 409, 422)
  correctDates(@CurrentActor() actor: Actor, @Param(NUMBER) number: string, @Body() body: CorrectPassDatesDto): Promise<PassDto> {
    return this.passes.correctDates(actor, passNumber(number), body);
  }

  @Get(`:${NUMBER}/history`)
  @Access.staff()
  @NUMBER_PARAM
  @ApiOperation({
    summary: 'L’historique d’un PASS IAE (équipe)',
    description: 'Délivrance, embauches, suspensions, prolongations, corrections : qui, quand, quoi.',
  })
  @ApiOkResponse({ type: [PassHistoryEntryDto] })
  @ApiProblems(400, 403, 404)
  history(@Param(NUMBER) number: string): Promise<PassHistoryEntryDto[]> {
    return this.passes.history(passNumber(number));
  }

  @Post(`:${NUMBER}/suspensions`)
  @Access.member(SUSPENDERS)
  @Idempotent()
  @NUMBER_PARAM
  @ApiOperation({
    summary: 'Suspendre le PASS IAE',
    description:
      'Par la SIAE de la dernière embauche (tous motifs) ou un prescripteur habilité (contrat rompu ou terminé). 36 mois au plus, à partir d’aujourd’hui au plus tard et de 365 jours en arrière au plus tôt ; la fin du PASS recule d’autant.',
  })
  @ApiCreatedResponse({ type: PassDto })
  @ApiProblems(400, 403, 404, 409, 422)
  suspend(@CurrentActor() actor: Actor, @Param(NUMBER) number: string, @Body() body: CreateSuspensionDto): Promise<PassDto> {
    return this.passes.suspend(actor, passNumber(number), body);
  }

  @Patch(`:${NUMBER}/suspensions/:suspensionId`)
  @Idempotent()
  @Access.member(SUSPENDERS)
  @NUMBER_PARAM
  @ApiOperation({ summary: 'Modifier une suspension', description: 'Par la structure qui l’a faite ; la fin du PASS suit.' })
  @ApiOkResponse({ type: PassDto })
  @ApiProblems(400, 403, 404, 409)
  editSuspension(
    @CurrentActor() actor: Actor,
    @Param(NUMBER) number: string,
    @Param('suspensionId', UuidPipe) suspensionId: string,
    @Body() body: EditSuspensionDto,
  ): Promise<PassDto> {
    return this.passes.editSuspension(actor, passNumber(number), suspensionId, body);
  }

  @Delete(`:${NUMBER}/suspensions/:suspensionId`)
  @Idempotent()
  @Access.member(SUSPENDERS)
  @NUMBER_PARAM
  @ApiOperation({ summary: 'Supprimer une suspension', description: 'Par la structure qui l’a faite ; la fin du PASS revient d’autant.' })
  @ApiOkResponse({ type: PassDto })
  @ApiProblems(400, 403, 404)
  deleteSuspension(@CurrentActor() actor: Actor, @Param(NUMBER) number: string, @Param('suspensionId', UuidPipe) suspensionId: string): Promise<PassDto> {
    return this.passes.deleteSuspension(actor, passNumber(number), suspensionId);
  }

  @Post(`:${NUMBER}/prolongations`)
  @Access.member({ families: ['employer'] })
  @Idempotent()
  @NUMBER_PARAM
  @ApiOperation({
    summary: 'Déclarer une prolongation (SENIOR_CDI, COMPLETE_TRAINING)',
    description:
      'Par la SIAE de la dernière embauche, de 12 mois avant à 6 mois après la fin du PASS ; la prolongation commence le lendemain de la fin. Les autres motifs se demandent à un prescripteur habilité.',
  })
  @ApiCreatedResponse({ type: PassDto })
  @ApiProblems(400, 403, 404, 409, 422)
  declare(@CurrentActor() actor: Actor, @Param(NUMBER) number: string, @Body() body: DeclareProlongationDto): Promise<PassDto> {
    return this.prolongations.declare(actor, passNumber(number), body);
  }

  @Post(`:${NUMBER}/prolongation-requests`)
  @Access.member({ families: ['employer'] })
  @Idempotent()
  @NUMBER_PARAM
  @ApiOperation({
    summary: 'Demander une prolongation à un prescripteur habilité (RQTH, SENIOR, PARTICULAR_DIFFICULTIES)',
    description:
      'Le bilan (PDF) s’envoie d’abord par POST /api/prolongation-reports ; l’organisation choisie reçoit la demande et un rappel tous les 10 jours pendant 30 jours.',
  })
  @ApiCreatedResponse({ type: ProlongationRequestDto })
  @ApiProblems(400, 403, 404, 409, 422)
  requestProlongation(@CurrentActor() actor: Actor, @Param(NUMBER) number: string, @Body() body: RequestProlongationDto): Promise<ProlongationRequestDto> {
    return this.prolongations.request(actor, passNumber(number), body);
  }
}
