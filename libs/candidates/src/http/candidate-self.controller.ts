import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, UuidPipe, Idempotent } from '@iae/core';
import { TokenDto } from '@iae/identity';
import { CandidateInvitationsService } from '../candidate-invitations.service';
import { CandidatesService } from '../candidates.service';
import { NirCorrectionsService } from '../nir-corrections.service';
import {
  AccessGrantedDto,
  AccessLogEntryDto,
  CandidateAccountDto,
  CandidateAttachedDto,
  CandidateDto,
  CandidateInvitationDto,
  CreateCandidateDto,
  GrantAccessDto,
  InvitationSignUpDto,
  NirCorrectionDto,
  NirCorrectionListQuery,
  NirDecisionDto,
} from './dto/candidate.dto';

@ApiTags('Candidats')
@Controller()
export class CandidateSelfController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly invitations: CandidateInvitationsService,
    private readonly nirCorrections: NirCorrectionsService,
  ) {}

  @Get('me/candidate')
  @Access.user({ kinds: ['candidate'] })
  @ApiOperation({ summary: 'Ma fiche candidat' })
  @ApiOkResponse({ type: CandidateDto })
  @ApiProblems(404)
  async mine(@CurrentActor() actor: Actor): Promise<CandidateDto> {
    return this.candidates.get(actor, await this.candidates.ownId(actor));
  }

  @Post('me/candidate')
  @Idempotent()
  @Access.user({ kinds: ['candidate'] })
  @ApiOperation({ summary: 'Créer ma fiche candidat' })
  @ApiCreatedResponse({ type: CandidateDto })
  @ApiProblems(400, 409)
  createMine(@CurrentActor() actor: Actor, @Body() body: CreateCandidateDto): Promise<CandidateDto> {
    return this.candidates.createOwn(actor, body);
  }

  @Get('me/candidate/access-log')
  @Access.user({ kinds: ['candidate'] })
  @ApiOperation({ summary: 'Qui a consulté mon NIR ou ma fiche, et pourquoi' })
  @ApiOkResponse({ type: [AccessLogEntryDto] })
  @ApiProblems(404)
  accessLog(@CurrentActor() actor: Actor): Promise<AccessLogEntryDto[]> {
    return this.candidates.accessLog(actor);
  }

  @Post('me/candidate/assignments')
  @Idempotent()
  @Access.user({ kinds: ['candidate'] })
  @ApiOperation({
    summary: 'Donner accès à ma fiche à une organisation',
    description: 'L’employeur ou le prescripteur qui vous accompagne peut alors lire votre fiche ; l’accès figure dans votre journal.',
  })
  @ApiCreatedResponse({ type: AccessGrantedDto })
  @ApiProblems(400, 404)
  grantAccess(@CurrentActor() actor: Actor, @Body() body: GrantAccessDto): Promise<AccessGrantedDto> {
    return this.candidates.grantAccess(actor, body.organizationId);
  }

  @Post('candidate-invitations/preview')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Voir une invitation à créer son espace candidat (jeton du lien de l’e-mail)' })
  @ApiOkResponse({ type: CandidateInvitationDto })
  @ApiProblems(400, 404)
  preview(@Body() body: TokenDto): Promise<CandidateInvitationDto> {
    return this.invitations.preview(body.token);
  }

  @Post('candidate-invitations/signup')
  @Idempotent()
  @Access.public()
  @ApiOperation({
    summary: 'Créer son espace candidat depuis l’invitation',
    description: 'Choisir un mot de passe suffit : l’adresse est confirmée par le lien.',
  })
  @ApiCreatedResponse({ type: CandidateAccountDto })
  @ApiProblems(400, 404, 409)
  signUp(@Body() body: InvitationSignUpDto): Promise<CandidateAccountDto> {
    return this.invitations.signUp(body.token, body.password);
  }

  @Post('candidate-invitations/acceptance')
  @Idempotent()
  @HttpCode(200)
  @Access.user({ kinds: ['candidate'] })
  @ApiOperation({ summary: 'Rattacher à mon compte la fiche de l’invitation' })
  @ApiOkResponse({ type: CandidateAttachedDto })
  @ApiProblems(400, 403, 404, 409)
  accept(@CurrentActor() actor: Actor, @Body() body: TokenDto): Promise<CandidateAttachedDto> {
    return this.invitations.accept(actor, body.token);
  }

  @Get('nir-correction-requests')
  @Access.staff()
  @ApiOperation({ summary: 'Demandes de correction de NIR (équipe)' })
  @ApiOkResponse({ type: [NirCorrectionDto] })
  @ApiProblems(400)
  listNirCorrections(@Query() query: NirCorrectionListQuery): Promise<NirCorrectionDto[]> {
    return this.nirCorrections.list(query.status);
  }

  @Post('nir-correction-requests/:requestId/approval')
  @Idempotent()
  @HttpCode(200)
  @Access.staff()
  @ApiOperation({ summary: 'Accepter une correction de NIR (équipe)' })
  @ApiOkResponse({ type: NirCorrectionDto })
  @ApiProblems(400, 404, 409)
  approve(@CurrentActor() actor: Actor, @Param('requestId', UuidPipe) id: string, @Body() body: NirDecisionDto): Promise<NirCorrectionDto> {
    return this.nirCorrections.decide(actor, id, { approve: true, note: body.note });
  }

  @Post('nir-correction-requests/:requestId/rejection')
  @Idempotent()
  @HttpCode(200)
  @Access.staff()
  @ApiOperation({ summary: 'Refuser une correction de NIR (équipe)' })
  @ApiOkResponse({ type: NirCorrectionDto })
  @ApiProblems(400, 404, 409)
  reject(@CurrentActor() actor: Actor, @Param('requestId', UuidPipe) id: string, @Body() body: NirDecisionDto): Promise<NirCorrectionDto> {
    return this.nirCorrections.decide(actor, id, { approve: false, note: body.note });
  }
}
