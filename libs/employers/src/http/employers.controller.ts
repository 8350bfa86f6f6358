import { Body, Controller, Delete, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe, actorOf } from '@iae/core';
import { Antennes } from '../antennes';
import { EmployersService } from '../employers.service';
import { JobDescriptionsService } from '../job-descriptions.service';
import { CONTRACT_TYPES, allowedContractTypes } from '../rules/contract-types';
import {
  CreateAntenneDto,
  CreateEmployerDto,
  DeactivateEmployerDto,
  EmployerDto,
  EmployerListQuery,
  EmployerPageDto,
  EmployerWithJobsDto,
  UpdateEmployerDto,
} from './dto/employer.dto';

const EMPLOYER = 'employerId';

@ApiTags('Structures (employeurs, SIAE)')
@Controller('employers')
export class EmployersController {
  constructor(
    private readonly employers: EmployersService,
    private readonly jobDescriptions: JobDescriptionsService,
    private readonly antennes: Antennes,
  ) {}

  @Post()
  @Access.staff()
  @Idempotent()
  @ApiOperation({ summary: 'Inscrire une structure (SIAE ou autre employeur)', description: 'Avec `adminEmail`, invite son premier administrateur.' })
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateEmployerDto): Promise<EmployerDto> {
    return this.employers.create(actor, body);
  }

  @Get()
  @Access.public()
  @ApiOperation({
    summary: 'Annuaire des structures actives',
    description: 'Par nom ; filtrer par département ou type. La recherche géographique est à GET /api/search/structures (et /api/search/job-offers).',
  })
  @ApiOkResponse({ type: EmployerPageDto })
  @ApiProblems(400)
  list(@Query() query: EmployerListQuery): Promise<EmployerPageDto> {
    return this.employers.list({ departement: query.departement, kinds: query.kind, cursor: query.cursor, limit: query.limit });
  }

  @Get(`:${EMPLOYER}`)
  @Access.public({ identify: true })
  @ApiOperation({
    summary: 'Fiche d’une structure et ses fiches de poste ouvertes',
    description: 'Une structure inactive n’est visible que de ses membres et de l’équipe.',
  })
  @ApiOkResponse({ type: EmployerWithJobsDto })
  @ApiProblems(400, 404)
  async get(@Param(EMPLOYER, UuidPipe) id: string, @Req() request: FastifyRequest): Promise<EmployerWithJobsDto> {
    const employer = await this.employers.get(id, actorOf(request));
    return {
      ...employer,
      openJobDescriptions: employer.active ? await this.jobDescriptions.listForEmployer(id, { openOnly: true }) : [],
      allowedContractTypes: allowedContractTypes(employer.kind, employer.programmes).map((code) => ({ code, label: CONTRACT_TYPES[code] })),
    };
  }

  @Patch(`:${EMPLOYER}`)
  @Idempotent()
  @Access.member({ pathParam: EMPLOYER, families: ['employer'], role: 'admin', allowStaff: true })
  @ApiOperation({
    summary: 'Modifier la fiche de la structure (administrateurs)',
    description: 'Nom, SIRET et convention : équipe de la plateforme seulement.',
  })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param(EMPLOYER, UuidPipe) id: string, @Body() body: UpdateEmployerDto): Promise<EmployerDto> {
    return this.employers.update(actor, id, body);
  }

  @Get(`:${EMPLOYER}/antennes`)
  @Access.member({ pathParam: EMPLOYER, families: ['employer'], allowStaff: true })
  @ApiOperation({
    summary: 'Les antennes de la structure (membres de la structure)',
    description: 'Les établissements secondaires déclarés sous elle (même SIREN, même type), par nom ; une antenne n’en a pas.',
  })
  @ApiOkResponse({ type: [EmployerDto] })
  @ApiProblems(400, 403)
  listAntennes(@Param(EMPLOYER, UuidPipe) parentId: string): Promise<EmployerDto[]> {
    return this.antennes.list(parentId);
  }

  @Post(`:${EMPLOYER}/antennes`)
  @Access.member({ pathParam: EMPLOYER, families: ['employer'], role: 'admin', allowStaff: true })
  @Idempotent()
  @ApiOperation({
    summary: 'Déclarer une antenne (établissement secondaire)',
    description: 'Même SIREN et même type que la structure mère ; vous en devenez administrateur.',
  })
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblems(400, 409, 422)
  createAntenne(@CurrentActor() actor: Actor, @Param(EMPLOYER, UuidPipe) parentId: string, @Body() body: CreateAntenneDto): Promise<EmployerDto> {
    return this.employers.createAntenne(actor, parentId, body);
  }

  @Post(`:${EMPLOYER}/deactivation`)
  @Idempotent()
  @Access.staff()
  @ApiOperation({ summary: 'Désactiver une structure (fin de convention)', description: 'Une SIAE reste active 30 jours après la date indiquée.' })
  @ApiCreatedResponse({ type: EmployerDto })
  @ApiProblems(400, 404)
  deactivate(@CurrentActor() actor: Actor, @Param(EMPLOYER, UuidPipe) id: string, @Body() body: DeactivateEmployerDto): Promise<EmployerDto> {
    return this.employers.deactivate(actor, id, body);
  }

  @Delete(`:${EMPLOYER}/deactivation`)
  @Idempotent()
  @Access.staff()
  @ApiOperation({ summary: 'Réactiver une structure' })
  @ApiOkResponse({ type: EmployerDto })
  @ApiProblems(400, 404)
  reactivate(@CurrentActor() actor: Actor, @Param(EMPLOYER, UuidPipe) id: string): Promise<EmployerDto> {
    return this.employers.reactivate(actor, id);
  }
}
