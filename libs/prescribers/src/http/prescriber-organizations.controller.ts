import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, PageQuery, UuidPipe, actorOf } from '@iae/core';
import { AwaitingAuthorization } from '../awaiting-authorization';
import { PrescriberOrganizationsService } from '../prescriber-organizations.service';
import {
  AuthorizationDecisionDto,
  CreatePrescriberOrganizationDto,
  DirectoryQuery,
  PrescriberOrganizationDto,
  PrescriberOrganizationPageDto,
  UpdatePrescriberOrganizationDto,
} from './dto/prescriber-organization.dto';

const ORG = 'organizationId';

@ApiTags('Prescripteurs et orienteurs')
@Controller('prescriber-organizations')
export class PrescriberOrganizationsController {
  constructor(
    private readonly prescribers: PrescriberOrganizationsService,
    private readonly awaiting: AwaitingAuthorization,
  ) {}

  @Post()
  @Access.user({ kinds: ['professional'] })
  @Idempotent()
  @ApiOperation({
    summary: 'Inscrire son organisation prescriptrice',
    description: 'Vous en devenez administrateur. Une organisation habilitée par la loi est vérifiée par l’équipe ; d’ici là ses membres sont orienteurs.',
  })
  @ApiCreatedResponse({ type: PrescriberOrganizationDto })
  @ApiProblems(400, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreatePrescriberOrganizationDto): Promise<PrescriberOrganizationDto> {
    return this.prescribers.create(actor, body);
  }

  @Get()
  @Access.public()
  @ApiOperation({ summary: 'Annuaire des prescripteurs habilités', description: 'Les organisations décrites ; les orienteurs sur demande.' })
  @ApiOkResponse({ type: PrescriberOrganizationPageDto })
  @ApiProblems(400)
  directory(@Query() query: DirectoryQuery): Promise<PrescriberOrganizationPageDto> {
    return this.prescribers.directory({
      departement: query.departement,
      kinds: query.kind,
      habilitatedOnly: !query.includeOrienteurs,
      cursor: query.cursor,
      limit: query.limit,
    });
  }

  @Get('awaiting-authorization')
  @Access.staff()
  @ApiOperation({
    summary: 'Les organisations habilitées par la loi à vérifier (équipe)',
    description: 'Celles dont l’habilitation n’est ni validée ni refusée, les plus anciennes d’abord ; pagination par curseur.',
  })
  @ApiOkResponse({ type: PrescriberOrganizationPageDto })
  @ApiProblems(400)
  awaitingAuthorization(@Query() query: PageQuery): Promise<PrescriberOrganizationPageDto> {
    return this.awaiting.page({ cursor: query.cursor, limit: query.limit });
  }

  @Get(`:${ORG}`)
  @Access.public({ identify: true })
  @ApiOperation({ summary: 'Fiche d’une organisation prescriptrice' })
  @ApiOkResponse({ type: PrescriberOrganizationDto })
  @ApiProblems(400, 404)
  get(@Param(ORG, UuidPipe) id: string, @Req() request: FastifyRequest): Promise<PrescriberOrganizationDto> {
    return this.prescribers.get(id, actorOf(request));
  }

  @Patch(`:${ORG}`)
  @Idempotent()
  @Access.member({ pathParam: ORG, families: ['prescriber'], role: 'admin', allowStaff: true })
  @ApiOperation({ summary: 'Modifier la fiche de l’organisation (administrateurs)' })
  @ApiOkResponse({ type: PrescriberOrganizationDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param(ORG, UuidPipe) id: string, @Body() body: UpdatePrescriberOrganizationDto): Promise<PrescriberOrganizationDto> {
    return this.prescribers.update(actor, id, body);
  }

  @Post(`:${ORG}/authorization`)
  @Idempotent()
  @Access.staff()
  @ApiOperation({ summary: 'Valider ou refuser une organisation habilitée par la loi (équipe)' })
  @ApiCreatedResponse({ type: PrescriberOrganizationDto })
  @ApiProblems(400, 404, 422)
  decide(@CurrentActor() actor: Actor, @Param(ORG, UuidPipe) id: string, @Body() body: AuthorizationDecisionDto): Promise<PrescriberOrganizationDto> {
    return this.prescribers.decideAuthorization(actor, id, body);
  }
}
