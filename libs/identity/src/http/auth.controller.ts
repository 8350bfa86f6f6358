import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, Idempotent } from '@iae/core';
import { AccountsService, ClientInfo } from '../accounts.service';
import { Client } from './client-info';
import {
  AcceptedDto,
  EmailConfirmedDto,
  EmailOnlyDto,
  LoginDto,
  LogoutDto,
  PasswordResetDto,
  PasswordResetInfoDto,
  RefreshDto,
  SessionDto,
  SignUpDto,
  SignUpResultDto,
  TokenDto,
} from './dto/auth.dto';

const SENT = { message: 'Si un compte correspond à cette adresse, un e-mail vient d’être envoyé.' };
const SENT_SIGN_UP =
  'Un e-mail vient d’être envoyé à cette adresse : il contient le lien pour confirmer votre compte, ou vous dit quoi faire si elle en a déjà un.';
const JOINED = 'Votre compte est créé et vous avez rejoint l’organisation : connectez-vous.';

@ApiTags('Comptes et sessions')
@Controller('auth')
export class AuthController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('signup')
  @HttpCode(202)
  @Access.public()
  @Idempotent()
  @ApiOperation({
    summary: 'Créer un compte',
    description:
      'Sans invitation, la réponse est la même que l’adresse ait déjà un compte ou non : un lien de confirmation part vers une adresse nouvelle, ' +
      'un avertissement vers le titulaire d’un compte existant. Avec `invitationToken`, le compte est créé confirmé et rejoint l’organisation.',
  })
  @ApiAcceptedResponse({ type: SignUpResultDto })
  @ApiProblems(400, 403, 409, 429)
  async signUp(@Body() body: SignUpDto, @Client() client: ClientInfo): Promise<SignUpResultDto> {
    const outcome = await this.accounts.signUp(body, client);
    return { ...outcome, message: outcome.invitationAccepted ? JOINED : SENT_SIGN_UP };
  }

  @Post('confirmation-requests')
  @HttpCode(202)
  @Access.public()
  @ApiOperation({ summary: 'Recevoir un nouveau lien de confirmation' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 429)
  async resendConfirmation(@Body() body: EmailOnlyDto, @Client() client: ClientInfo): Promise<AcceptedDto> {
    await this.accounts.resendConfirmation(body.email, client);
    return SENT;
  }

  @Post('confirm-email')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Confirmer son adresse', description: 'Avec le jeton du lien de l’e-mail.' })
  @ApiOkResponse({ type: EmailConfirmedDto })
  @ApiProblems(400)
  async confirm(@Body() body: TokenDto): Promise<EmailConfirmedDto> {
    const { email } = await this.accounts.confirmEmail(body.token);
    return { email, confirmed: true };
  }

  @Post('login')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Se connecter', description: 'Limité en nombre de tentatives par adresse et par poste.' })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 403, 429)
  login(@Body() body: LoginDto, @Client() client: ClientInfo): Promise<SessionDto> {
    return this.accounts.login(body.email, body.password, client);
  }

  @Post('refresh')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({
    summary: 'Renouveler le jeton d’accès',
    description: 'Le jeton de rafraîchissement ne sert qu’une fois ; le réutiliser ferme toute la session.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401)
  refresh(@Body() body: RefreshDto, @Client() client: ClientInfo): Promise<SessionDto> {
    return this.accounts.refresh(body.refreshToken, client);
  }

  @Post('logout')
  @HttpCode(204)
  @Access.public()
  @ApiOperation({ summary: 'Se déconnecter (révoque le jeton de rafraîchissement)' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async logout(@Body() body: LogoutDto): Promise<void> {
    await this.accounts.logout(body.refreshToken, body.everywhere ?? false);
  }

  @Post('password-reset-requests')
  @HttpCode(202)
  @Access.public()
  @ApiOperation({ summary: 'Recevoir un lien pour choisir un nouveau mot de passe' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 429)
  async requestPasswordReset(@Body() body: EmailOnlyDto, @Client() client: ClientInfo): Promise<AcceptedDto> {
    await this.accounts.requestPasswordReset(body.email, client);
    return SENT;
  }

  @Post('password-reset/preview')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({ summary: 'Vérifier un lien de réinitialisation', description: 'Avec le jeton du lien de l’e-mail ; l’adresse est masquée.' })
  @ApiOkResponse({ type: PasswordResetInfoDto })
  @ApiProblems(400)
  inspectPasswordReset(@Body() body: TokenDto): Promise<PasswordResetInfoDto> {
    return this.accounts.inspectPasswordReset(body.token);
  }

  @Post('password-reset')
  @HttpCode(204)
  @Access.public()
  @ApiOperation({ summary: 'Choisir un nouveau mot de passe', description: 'Ferme toutes les sessions ouvertes.' })
  @ApiNoContentResponse()
  @ApiProblems(400)
  async resetPassword(@Body() body: PasswordResetDto): Promise<void> {
    await this.accounts.resetPassword(body.token, body.password);
  }
}
