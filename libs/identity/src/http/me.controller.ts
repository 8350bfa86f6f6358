import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor } from '@iae/core';
import { AccountsService } from '../accounts.service';
import { ChangePasswordDto, MeDto, UpdateMeDto } from './dto/me.dto';

@ApiTags('Comptes et sessions')
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Access.user()
  @ApiOperation({ summary: 'Mon compte et mes organisations' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.accounts.profile(actor.userId);
  }

  @Patch()
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
    await this.accounts.changePassword(actor.userId, body.currentPassword, body.newPassword);
  }
}
