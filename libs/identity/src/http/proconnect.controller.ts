import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, ApiProblems, AppConfig, Problem, isLoopbackUrl } from '@iae/core';
import { AccountsService, ClientInfo } from '../accounts.service';
import { OrganizationOutcome, PROCONNECT_FLOW_SECONDS, ProConnectService } from '../proconnect/proconnect.service';
import { Client } from './client-info';
import {
  REFRESH_COOKIE_HEADER,
  checkCookieOrigin,
  clearRefreshCookie,
  missingRefreshToken,
  readCookie,
  readRefreshCookie,
  setRefreshCookie,
  wantsRefreshCookie,
} from './refresh-cookie';
import { ProConnectCallbackDto, ProConnectLogoutResultDto, ProConnectSignInDto, ProConnectStatusDto } from './dto/proconnect.dto';
import { RefreshDto } from './dto/auth.dto';

/** Ties a sign-in to the browser that started it; holds a random secret, never the state or the code. */
export const PROCONNECT_FLOW_COOKIE = 'iae_proconnect';
const FLOW_COOKIE_PATH = '/api/auth/proconnect';

const MESSAGES = {
  created: 'Votre compte professionnel est créé à partir de votre identité ProConnect.',
  found: 'Vous êtes connecté avec ProConnect.',
  linked: 'Votre compte existant est désormais relié à ProConnect : vous pourrez vous connecter des deux façons.',
};

function organizationMessage(organization: OrganizationOutcome): string {
  switch (organization.outcome) {
    case 'joined':
      return ` Vous avez rejoint ${organization.organizationName}, qui vous avait invité.`;
    case 'join-requested':
      return ` Votre établissement (SIRET transmis par ProConnect) est ${organization.organizationName} : votre demande pour le rejoindre est enregistrée ; un de ses administrateurs doit vous inviter.`;
    default:
      return '';
  }
}

@ApiTags('Comptes et sessions')
@Controller('auth/proconnect')
export class ProConnectController {
  constructor(
    private readonly proconnect: ProConnectService,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Access.public()
  @ApiOperation({ summary: 'ProConnect est-il proposé ?', description: 'Sans configuration ProConnect, le bouton n’est pas affiché.' })
  @ApiOkResponse({ type: ProConnectStatusDto })
  status(): ProConnectStatusDto {
    return { enabled: this.proconnect.enabled, authorizeUrl: this.proconnect.enabled ? `${FLOW_COOKIE_PATH}/authorize` : null };
  }

  @Get('authorize')
  @HttpCode(303)
  @Access.public()
  @ApiOperation({
    summary: 'Commencer la connexion avec ProConnect (professionnels)',
    description:
      'Redirige le navigateur vers ProConnect (code d’autorisation avec PKCE, `state` et `nonce`) et pose un cookie HttpOnly qui lie la connexion à ce navigateur.',
  })
  @ApiResponse({ status: 303, description: 'Redirection vers ProConnect (See Other).' })
  @ApiProblems(404, 429, 503)
  async authorize(@Client() client: ClientInfo, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    reply.header('cache-control', 'no-store');
    try {
      const { authorizationUrl, flowSecret } = await this.proconnect.start(client);
      reply.header('set-cookie', this.flowCookie(flowSecret, PROCONNECT_FLOW_SECONDS));
      reply.header('location', authorizationUrl);
    } catch (error) {
      // A person followed the button: the web page says what happened (503: ProConnect is down) rather than raw JSON.
      if (!(error instanceof Problem) || !/text\/html/.test(request.headers.accept ?? '')) throw error;
      reply.header('location', `${this.config.http.publicUrl}/connexion/proconnect?erreur=${encodeURIComponent(error.type.slug)}`);
    }
  }

  @Post('callback')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({
    summary: 'Finir la connexion avec ProConnect',
    description:
      'La page de retour envoie le `code`, le `state` (et `iss`) reçus dans son adresse, avec le cookie posé au départ. ' +
      `Un navigateur envoie \`${REFRESH_COOKIE_HEADER}: 1\` : le jeton de rafraîchissement voyage alors dans le cookie de session, comme pour la connexion par mot de passe.`,
  })
  @ApiHeader({ name: REFRESH_COOKIE_HEADER, required: false, description: '`1` : session dans un cookie HttpOnly (navigateurs).' })
  @ApiOkResponse({ type: ProConnectSignInDto })
  @ApiProblems(400, 403, 404, 409, 503)
  async callback(
    @Body() body: ProConnectCallbackDto,
    @Client() client: ClientInfo,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProConnectSignInDto> {
    const cookie = wantsRefreshCookie(request);
    if (cookie) checkCookieOrigin(request, this.config);
    const flowSecret = readCookie(request, PROCONNECT_FLOW_COOKIE);
    const outcome = await this.proconnect.finish(flowSecret, body, client);
    const answer: ProConnectSignInDto = {
      ...outcome.session,
      account: outcome.account,
      organization: outcome.organization,
      acr: outcome.acr,
      amr: outcome.amr,
      message: MESSAGES[outcome.account] + organizationMessage(outcome.organization),
    };
    if (!cookie) {
      reply.header('set-cookie', this.flowCookie('', 0));
      return answer;
    }
    setRefreshCookie(reply, this.config, outcome.session.refreshToken);
    reply.header('set-cookie', this.flowCookie('', 0));
    const { refreshToken: _kept, ...rest } = answer;
    return rest;
  }

  @Post('logout')
  @HttpCode(200)
  @Access.public()
  @ApiOperation({
    summary: 'Se déconnecter de la plateforme et de ProConnect',
    description: 'Ferme la session de la plateforme et donne l’adresse où envoyer le navigateur pour fermer celle de ProConnect.',
  })
  @ApiOkResponse({ type: ProConnectLogoutResultDto })
  @ApiProblems(400, 403)
  async logout(@Body() body: RefreshDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProConnectLogoutResultDto> {
    let token = body.refreshToken;
    if (!token) {
      token = readRefreshCookie(request) ?? undefined;
      if (!token) throw missingRefreshToken();
      checkCookieOrigin(request, this.config);
      clearRefreshCookie(reply, this.config);
    }
    const idToken = await this.accounts.proconnectIdTokenOf(token);
    await this.accounts.logout(token, false);
    return { endSessionUrl: await this.proconnect.endSessionUrl(idToken) };
  }

  private flowCookie(value: string, maxAge: number): string {
    const secure = !isLoopbackUrl(this.config.http.publicUrl);
    return [
      `${PROCONNECT_FLOW_COOKIE}=${value}`,
      `Path=${FLOW_COOKIE_PATH}`,
      `Max-Age=${maxAge}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(secure ? ['Secure'] : []),
    ].join('; ');
  }
}
