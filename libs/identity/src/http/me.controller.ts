import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, UuidPipe, Idempotent } from '@iae/core';
import { AccountClosureService } from '../account-closure.service';
import { AccountsService } from '../accounts.service';
import { NotificationSettingsService } from '../notification-settings.service';
import { ChangePasswordDto, CloseAccountDto, ClosureDto, MeDto, UpdateMeDto } from './dto/me.dto';
import { NotificationSettingsDto, UpdateNotificationSettingsDto } from './dto/notification-settings.dto';

@ApiTags('Comptes et sessions')
@Controller('me')
export class MeController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly settings: NotificationSettingsService,
    private readonly closures: AccountClosureService,
  ) {}

  @Post('closure')
  @HttpCode(200)
  @Access.user()
  @ApiOperation({
    summary: 'Fermer mon compte',
    description:
      'Mot de passe confirmé : le compte ne se connecte plus et toutes ses sessions se ferment. Ce que la loi fait garder (candidatures, PASS IAE, diagnostics, journal) est gardé ; la réponse dit quoi et pourquoi.',
  })
  @ApiOkResponse({ type: ClosureDto })
  @ApiProblems(400)
  close(@CurrentActor() actor: Actor, @Body() body: CloseAccountDto): Promise<ClosureDto> {
    return this.closures.closeOwn(actor, body.password);
  }

  @Get()
  @Access.user()
  @ApiOperation({ summary: 'Mon compte et mes organisations' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.accounts.profile(actor.userId);
  }

  @Patch()
  @Idempotent()
  @Access.user()
  @ApiOperation({ summary: 'Modifier mon nom' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(400)
  async update(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<MeDto> {
    await this.accounts.updateProfile(actor.userId, body);
    return this.accounts.profile(actor.userId);
  }

  @Post('password')
  @HttpCode(204)
  @Access.user()
  @ApiOperation({ summary: 'Changer mon mot de passe', description: 'Ferme toutes les sessions ouvertes.' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.accounts.changePassword(actor.userId, actor.sessionId, body.currentPassword, body.newPassword);
  }

  @Get('notification-settings')
  @Access.user({ kinds: ['professional'] })
  @ApiOperation({ summary: 'Mes notifications facultatives, par organisation' })
  @ApiOkResponse({ type: [NotificationSettingsDto] })
  notificationSettings(@CurrentActor() actor: Actor): Promise<NotificationSettingsDto[]> {
    return this.settings.list(actor);
  }

  @Put('notification-settings/:organizationId')
  @Idempotent()
  @Access.member({ pathParam: 'organizationId' })
  @ApiOperation({
    summary: 'Choisir les notifications reçues pour une organisation',
    description: 'Donnez la liste complète de celles que vous ne voulez plus recevoir.',
  })
  @ApiOkResponse({ type: NotificationSettingsDto })
  @ApiProblems(400, 403)
  setNotificationSettings(
    @CurrentActor() actor: Actor,
    @Param('organizationId', UuidPipe) organizationId: string,
    @Body() body: UpdateNotificationSettingsDto,
  ): Promise<NotificationSettingsDto> {
    return this.settings.set(actor, organizationId, body.disabled);
  }
}
