import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe, actorOf } from '@iae/core';
import { JobDescriptionsService } from '../job-descriptions.service';
import { EmployerDto } from './dto/employer.dto';
import { CreateJobDescriptionDto, JobDescriptionDto, UpdateJobDescriptionDto } from './dto/job-description.dto';

const EMPLOYER = 'employerId';
const JOB = 'jobDescriptionId';
const MEMBERS = { pathParam: EMPLOYER, families: ['employer' as const], allowStaff: true };

class JobDescriptionWithEmployerDto extends JobDescriptionDto {
  @ApiProperty({ type: EmployerDto }) employer: EmployerDto;
}

@ApiTags('Fiches de poste')
@Controller()
export class JobDescriptionsController {
  constructor(private readonly jobDescriptions: JobDescriptionsService) {}

  @Get(`employers/:${EMPLOYER}/job-descriptions`)
  @Access.member(MEMBERS)
  @ApiOperation({ summary: 'Toutes les fiches de poste de ma structure (ouvertes d’abord)' })
  @ApiOkResponse({ type: [JobDescriptionDto] })
  @ApiProblems(400, 404)
  list(@Param(EMPLOYER, UuidPipe) employerId: string): Promise<JobDescriptionDto[]> {
    return this.jobDescriptions.listForEmployer(employerId, { openOnly: false });
  }

  @Post(`employers/:${EMPLOYER}/job-descriptions`)
  @Access.member(MEMBERS)
  @Idempotent()
  @ApiOperation({ summary: 'Publier une fiche de poste', description: 'Une fiche non mise à jour pendant 90 jours est fermée (prévenu à 60 jours).' })
  @ApiCreatedResponse({ type: JobDescriptionDto })
  @ApiProblems(400, 404, 409)
  create(@CurrentActor() actor: Actor, @Param(EMPLOYER, UuidPipe) employerId: string, @Body() body: CreateJobDescriptionDto): Promise<JobDescriptionDto> {
    return this.jobDescriptions.create(actor, employerId, body);
  }

  @Patch(`employers/:${EMPLOYER}/job-descriptions/:${JOB}`)
  @Idempotent()
  @Access.member(MEMBERS)
  @ApiOperation({ summary: 'Modifier, ouvrir ou fermer une fiche de poste' })
  @ApiOkResponse({ type: JobDescriptionDto })
  @ApiProblems(400, 404)
  update(
    @CurrentActor() actor: Actor,
    @Param(EMPLOYER, UuidPipe) employerId: string,
    @Param(JOB, UuidPipe) id: string,
    @Body() body: UpdateJobDescriptionDto,
  ): Promise<JobDescriptionDto> {
    return this.jobDescriptions.update(actor, employerId, id, body);
  }

  @Delete(`employers/:${EMPLOYER}/job-descriptions/:${JOB}`)
  @Idempotent()
  @HttpCode(204)
  @Access.member(MEMBERS)
  @ApiOperation({ summary: 'Supprimer une fiche de poste' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async remove(@CurrentActor() actor: Actor, @Param(EMPLOYER, UuidPipe) employerId: string, @Param(JOB, UuidPipe) id: string): Promise<void> {
    await this.jobDescriptions.remove(actor, employerId, id);
  }

  @Get(`job-descriptions/:${JOB}`)
  @Access.public({ identify: true })
  @ApiOperation({ summary: 'Voir une fiche de poste ouverte et sa structure' })
  @ApiOkResponse({ type: JobDescriptionWithEmployerDto })
  @ApiProblems(400, 404)
  get(@Param(JOB, UuidPipe) id: string, @Req() request: FastifyRequest): Promise<JobDescriptionWithEmployerDto> {
    return this.jobDescriptions.getPublic(id, actorOf(request));
  }
}
