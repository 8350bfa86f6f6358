import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { CandidatureTransitionsService } from '../candidature-transitions.service';
import {
  AcceptDto,
  AnswerDto,
  CancelDto,
  CandidatureDto,
  ExternalTransferDto,
  HiringDatesDto,
  PostponeDto,
  RefuseDto,
  TransferDto,
} from './dto/candidature.dto';

const ID = 'candidatureId';
const PATH = `candidatures/:${ID}`;
/**
 * Members of the employer that received the candidature (the service checks which one). Each move accepts an
 * `Idempotency-Key`: a double click or a retried request replays the first answer instead of a 409.
 */
const EMPLOYER = { families: ['employer' as const] };

@ApiTags('Candidatures — décisions de l’employeur')
@Controller(PATH)
export class CandidatureTransitionsController {
  constructor(private readonly transitions: CandidatureTransitionsService) {}

  @Post('processing')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Mettre à l’étude' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  process(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.transitions.process(actor, id);
  }

  @Post('postponement')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Mettre en attente', description: 'Avec un commentaire, lu par l’accompagnateur.' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  postpone(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: PostponeDto): Promise<CandidatureDto> {
    return this.transitions.postpone(actor, id, body);
  }

  @Post('pool')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Garder dans le vivier' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  pool(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: AnswerDto): Promise<CandidatureDto> {
    return this.transitions.addToPool(actor, id, body);
  }

  @Post('prior-to-hire')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Action préalable à l’embauche (GEIQ)' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  priorToHire(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.transitions.moveToPriorToHire(actor, id);
  }

  @Post('prior-to-hire-cancellation')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Annuler l’action préalable à l’embauche (GEIQ)' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  cancelPriorToHire(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.transitions.cancelPriorToHire(actor, id);
  }

  @Post('refusal')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({
    summary: 'Décliner',
    description: 'Avec un motif (GET /api/refusal-reasons) ; le motif et le commentaire privé ne sont jamais montrés au candidat.',
  })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  refuse(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: RefuseDto): Promise<CandidatureDto> {
    return this.transitions.refuse(actor, id, body);
  }

  @Post('acceptance')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({
    summary: 'Embaucher',
    description:
      'Dans une SIAE : l’éligibilité doit être valide à la date d’embauche (sinon 422 avec ce qui manque), le PASS IAE est délivré ou repris. Les autres candidatures en cours de la personne deviennent « embauché ailleurs ».',
  })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409, 422)
  accept(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: AcceptDto): Promise<CandidatureDto> {
    return this.transitions.accept(actor, id, body);
  }

  @Post('cancellation')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({
    summary: 'Annuler l’embauche (jusqu’à son premier jour)',
    description: 'Le PASS IAE délivré pour elle est rendu si aucune autre embauche ne l’utilise.',
  })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  cancel(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: CancelDto): Promise<CandidatureDto> {
    return this.transitions.cancel(actor, id, body);
  }

  @Post('hiring-dates')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({
    summary: 'Changer les dates d’une embauche qui n’a pas commencé',
    description:
      'Le début se reporte de 30 jours au plus, jamais dans le passé (422 sinon) ; le PASS IAE délivré pour cette embauche suit (début et fin). L’accompagnateur et le candidat sont prévenus.',
  })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409, 422)
  changeHiringDates(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: HiringDatesDto): Promise<CandidatureDto> {
    return this.transitions.changeHiringDates(actor, id, body);
  }

  @Post('archive')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({
    summary: 'Archiver',
    description:
      'La candidature disparaît des listes (sauf `archived=only` ou `include`) ; une embauche, une action préalable et le vivier ne s’archivent pas.',
  })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  archive(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.transitions.archive(actor, id);
  }

  @Delete('archive')
  @Idempotent()
  @Access.member(EMPLOYER)
  @ApiOperation({ summary: 'Désarchiver', description: 'La candidature revient dans les listes ; elle compte comme touchée aujourd’hui.' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404)
  unarchive(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.transitions.unarchive(actor, id);
  }

  @Post('reset')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Rouvrir une candidature « embauché ailleurs »' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  reset(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string): Promise<CandidatureDto> {
    return this.transitions.reset(actor, id);
  }

  @Post('transfer')
  @HttpCode(200)
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({ summary: 'Transférer à une autre de mes structures', description: 'La candidature y repart comme nouvelle.' })
  @ApiOkResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409)
  transfer(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: TransferDto): Promise<CandidatureDto> {
    return this.transitions.transfer(actor, id, body);
  }

  @Post('external-transfer')
  @Access.member(EMPLOYER)
  @Idempotent()
  @ApiOperation({
    summary: 'Orienter une candidature déclinée vers une autre structure',
    description: 'Crée une nouvelle candidature, envoyée par votre structure.',
  })
  @ApiCreatedResponse({ type: CandidatureDto })
  @ApiProblems(400, 403, 404, 409, 422)
  externalTransfer(@CurrentActor() actor: Actor, @Param(ID, UuidPipe) id: string, @Body() body: ExternalTransferDto): Promise<CandidatureDto> {
    return this.transitions.externalTransfer(actor, id, body);
  }
}
