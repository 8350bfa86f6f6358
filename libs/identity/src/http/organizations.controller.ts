import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, UuidPipe, Idempotent } from '@iae/core';
import { OrganizationsService } from '../organizations.service';
import { ChangeRoleDto, MemberDto, MemberPageDto, MemberPageQuery, OrganizationDto } from './dto/organization.dto';

const ORG = 'organizationId';

@ApiTags('Organisations et membres')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

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
  @Idempotent()
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
  @Idempotent()
  @HttpCode(204)
  @Access.member({ pathParam: ORG, allowStaff: true })
  @ApiOperation({ summary: 'Retirer un membre (administrateur) ou quitter l’organisation (soi-même)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async remove(@CurrentActor() actor: Actor, @Param(ORG, UuidPipe) organizationId: string, @Param('userId', UuidPipe) userId: string): Promise<void> {
    await this.organizations.removeMember(actor, organizationId, userId);
  }
}
