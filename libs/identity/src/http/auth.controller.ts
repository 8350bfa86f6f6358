import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, ApiProblems, AppConfig, Idempotent } from '@iae/core';
import { AccountsService, ClientInfo } from '../accounts.service';
import { Client } from './client-info';
import {
  REFRESH_COOKIE_HEADER,
  checkCookieOrigin,
  clearRefreshCookie,
  missingRefreshToken,
  readRefreshCookie,
  setRefreshCookie,
  wantsRefreshCookie,
} from './refresh-cookie';
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

const COOKIE_HINT = `${REFRESH_COOKIE_HEADER}: 1`;
const COOKIE_HEADER_DOC = {
  name: REFRESH_COOKIE_HEADER,
  required: false,
  description:
    '`1` : le jeton de rafraîchissement est posé dans un cookie HttpOnly, SameSite=Strict (navigateurs ; l’en-tête Origin doit être celui de la plateforme).',
};

const SENT = { message: 'Si un compte correspond à cette adresse, un e-mail vient d’être envoyé.' };
const SENT_SIGN_UP =
  'Un e-mail vient d’être envoyé à cette adresse : il contient le lien pour confirmer votre compte, ou vous dit quoi faire si elle en a déjà un.';
const JOINED = 'Votre compte est créé et vous avez rejoint l’organisation : connectez-vous.';

@ApiTags('Comptes et sessions')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

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
  @Idempotent()
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
  @ApiOperation({
    summary: 'Se connecter',
    description: `Limité en nombre de tentatives par adresse et par poste. Un navigateur envoie \`${COOKIE_HINT}\` : le jeton de rafraîchissement voyage alors dans un cookie HttpOnly (chemin /api/auth) et non dans la réponse.`,
  })
  @ApiHeader(COOKIE_HEADER_DOC)
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 403, 429)
  async login(
    @Body() body: LoginDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const cookie = wantsRefreshCookie(request);
    if (cookie) checkCookieOrigin(request, this.config);
    return this.answer(await this.accounts.login(body.email, body.password, client), cookie, reply);
  }

  @Post('refresh')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({
    summary: 'Renouveler le jeton d’accès',
    description:
      'Le jeton de rafraîchissement ne sert qu’une fois ; le réutiliser ferme toute la session. Sans `refreshToken` dans le corps, celui du cookie du navigateur sert, et le cookie est renouvelé.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 403)
  async refresh(
    @Body() body: RefreshDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    if (body.refreshToken) return this.accounts.refresh(body.refreshToken, client);
    const token = this.cookieToken(request);
    try {
      return this.answer(await this.accounts.refresh(token, client), true, reply);
    } catch (error) {
      clearRefreshCookie(reply, this.config);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Access.public()
  @ApiOperation({
    summary: 'Se déconnecter (révoque le jeton de rafraîchissement)',
    description: 'Sans `refreshToken` dans le corps, la session du cookie du navigateur est fermée et le cookie effacé.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403)
  async logout(@Body() body: LogoutDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = body.refreshToken ?? this.cookieToken(request);
    if (!body.refreshToken) clearRefreshCookie(reply, this.config);
    await this.accounts.logout(token, body.everywhere ?? false);
  }

  @Post('password-reset-requests')
  @Idempotent()
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

  private cookieToken(request: FastifyRequest): string {
    const token = readRefreshCookie(request);
    if (!token) throw missingRefreshToken();
    checkCookieOrigin(request, this.config);
    return token;
  }

  private answer(session: SessionDto, cookie: boolean, reply: FastifyReply): SessionDto {
    if (!cookie) return session;
    setRefreshCookie(reply, this.config, session.refreshToken!);
    const { refreshToken: _kept, ...rest } = session;
    return rest;
  }
}
