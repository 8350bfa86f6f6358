import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { InvitationsService } from '../invitations.service';
import { TokenDto } from './dto/auth.dto';
import { InvitationAcceptedDto, InvitationDto, InvitationListQuery, InvitationPreviewDto, InviteDto } from './dto/organization.dto';

const ORG = 'organizationId';

@ApiTags('Organisations et membres')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post(`organizations/:${ORG}/invitations`)
  @Access.member({ pathParam: ORG, role: 'admin', allowStaff: true })
  @Idempotent()
  @ApiOperation({
    summary: 'Inviter une personne par e-mail',
    description: 'L’invitation est valable 14 jours ; réinviter la même adresse renouvelle l’invitation et renvoie un lien.',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiProblems(400, 404, 409)
  invite(@CurrentActor() actor: Actor, @Param(ORG, UuidPipe) organizationId: string, @Body() body: InviteDto): Promise<InvitationDto> {
    return this.invitations.invite(actor, organizationId, body);
  }

  @Get(`organizations/:${ORG}/invitations`)
  @Access.member({ pathParam: ORG, role: 'admin', allowStaff: true })
  @ApiOperation({ summary: 'Lister les invitations de l’organisation' })
  @ApiOkResponse({ type: [InvitationDto] })
  @ApiProblems(400, 404)
  list(@Param(ORG, UuidPipe) organizationId: string, @Query() query: InvitationListQuery): Promise<InvitationDto[]> {
    return this.invitations.list(organizationId, query.status);
  }

  @Delete(`organizations/:${ORG}/invitations/:invitationId`)
  @Idempotent()
  @HttpCode(204)
  @Access.member({ pathParam: ORG, role: 'admin', allowStaff: true })
  @ApiOperation({ summary: 'Annuler une invitation' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async revoke(
    @CurrentActor() actor: Actor,
    @Param(ORG, UuidPipe) organizationId: string,
    @Param('invitationId', UuidPipe) invitationId: string,
  ): Promise<void> {
    await this.invitations.revoke(actor, organizationId, invitationId);
  }

  @Post('invitations/preview')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({
    summary: 'Voir une invitation (jeton du lien de l’e-mail)',
    description: 'Indique s’il faut créer un compte ou se connecter pour l’accepter.',
  })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiProblems(400, 404)
  preview(@Body() body: TokenDto): Promise<InvitationPreviewDto> {
    return this.invitations.preview(body.token);
  }

  @Post('invitations/acceptance')
  @Idempotent()
  @HttpCode(200)
  @Access.user()
  @ApiOperation({
    summary: 'Accepter une invitation (compte existant)',
    description: 'Le compte connecté doit avoir l’adresse à laquelle l’invitation a été envoyée.',
  })
  @ApiOkResponse({ type: InvitationAcceptedDto })
  @ApiProblems(400, 403, 404, 409)
  accept(@CurrentActor() actor: Actor, @Body() body: TokenDto): Promise<InvitationAcceptedDto> {
    return this.invitations.accept(actor.userId, body.token);
  }
}
