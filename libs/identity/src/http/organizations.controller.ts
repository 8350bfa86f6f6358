import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { OrganizationsService } from '../organizations.service';
import { ChangeRoleDto, CreateOrganizationDto, MemberDto, MemberPageDto, MemberPageQuery, OrganizationDto } from './dto/organization.dto';

const ORG = 'organizationId';

@ApiTags('Organisations et membres')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Access.user(['professional'])
  @Idempotent()
  @ApiOperation({
    summary: 'Inscrire une organisation',
    description: 'Un professionnel inscrit son organisation prescriptrice et en devient administrateur ; l’équipe de la plateforme inscrit employeurs et services de l’État.',
  })
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiProblems(400, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(actor, body);
  }

  @Get(`:${ORG}`)
  @Access.member({ pathParam: ORG, allowStaff: true })
  @ApiOperation({ summary: 'Voir une de mes organisations' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 404)
  get(@Param(ORG, UuidPipe) organizationId: string): Promise<OrganizationDto> {
    return this.organizations.get(organizationId);
  }

  @Get(`:${ORG}/members`)
  @Access.member({ pathParam: ORG, allowStaff: true })
  @ApiOperation({ summary: 'Lister les membres (par nom)' })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiProblems(400, 404)
  members(@Param(ORG, UuidPipe) organizationId: string, @Query() query: MemberPageQuery): Promise<MemberPageDto> {
    return this.organizations.listMembers(organizationId, query);
  }

  @Patch(`:${ORG}/members/:userId`)
  @Access.member({ pathParam: ORG, role: 'admin', allowStaff: true })
  @ApiOperation({ summary: 'Nommer administrateur ou retirer ce rôle', description: 'Une organisation garde toujours au moins un administrateur.' })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(400, 404, 409)
  changeRole(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param('userId', UuidPipe) userId: string,
    @Body() body: ChangeRoleDto,
  ): Promise<MemberDto> {
    return this.organizations.changeRole(actor, organizationId, userId, body.role);
  }

  @Delete(`:${ORG}/members/:userId`)
  @HttpCode(204)
  @Access.member({ pathParam: ORG, allowStaff: true })
  @ApiOperation({ summary: 'Retirer un membre (administrateur) ou quitter l’organisation (soi-même)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async remove(@CurrentActor() actor: Actor, @Param(ORG, UuidPipe) organizationId: string, @Param('userId', UuidPipe) userId: string): Promise<void> {
    await this.organizations.removeMember(actor, organizationId, userId);
  }
}
