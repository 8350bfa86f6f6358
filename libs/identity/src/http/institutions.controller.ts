import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent } from '@iae/core';
import { OrganizationsService } from '../organizations.service';
import { CreateInstitutionDto, OrganizationDto } from './dto/organization.dto';

@ApiTags('Organisations et membres')
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Access.staff()
  @Idempotent()
  @ApiOperation({
    summary: 'Inscrire un service de l’État (DDETS, DREETS, DGEFP)',
    description: 'Une DDETS par département, une DREETS par région ; inviter ensuite ses agents.',
  })
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiProblems(400, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateInstitutionDto): Promise<OrganizationDto> {
    return this.organizations.createInstitution(actor, body);
  }
}
