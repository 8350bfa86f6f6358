import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, Idempotent, UuidPipe } from '@iae/core';
import { CampaignsService } from '../campaigns.service';
import { CampaignBatchDto, CampaignDto, CampaignListQuery, CreateCampaignDto, PopulationDto, PopulationQuery, UpdateCampaignDto } from './dto/campaign.dto';

const CAMPAIGN = 'campaignId';
/** The DDETS acting for itself (X-Organization-Id); the service checks it runs the campaign. */
export const DDETS = { families: ['institution' as const], kinds: ['DDETS_IAE'] };
/** The State services (their scope is checked by the service) and platform staff. */
export const REVIEWERS = { families: ['institution' as const], allowStaff: true };

@ApiTags('Contrôle a posteriori')
@Controller()
export class ControlCampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post('control-campaigns')
  @Access.member(DDETS)
  @Idempotent()
  @ApiOperation({
    summary: 'Ouvrir une campagne de contrôle pour mon département (DDETS)',
    description: 'Période contrôlée et calendrier ; taux de SIAE tirées de 20 à 40 % (30 % par défaut). La graine du tirage sera tirée à sa confirmation.',
  })
  @ApiCreatedResponse({ type: CampaignDto })
  @ApiProblems(400, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(actor, body);
  }

  @Post('control-campaign-batches')
  @Access.staff()
  @Idempotent()
  @ApiOperation({ summary: 'Ouvrir une campagne par DDETS de la plateforme, avec un même calendrier (équipe)' })
  @ApiCreatedResponse({ type: CampaignBatchDto })
  @ApiProblems(400, 403)
  createForEveryDepartement(@CurrentActor() actor: Actor, @Body() body: CreateCampaignDto): Promise<CampaignBatchDto> {
    return this.campaigns.createForEveryDepartement(actor, body);
  }

  @Get('control-campaigns')
  @Access.member(REVIEWERS)
  @ApiOperation({
    summary: 'Les campagnes de mon territoire',
    description: 'DDETS : son département ; DREETS : sa région ; DGEFP et équipe : toutes. Consultables 3 ans après leur fin.',
  })
  @ApiOkResponse({ type: [CampaignDto] })
  @ApiProblems(400, 403)
  list(@CurrentActor() actor: Actor, @Query() query: CampaignListQuery): Promise<CampaignDto[]> {
    return this.campaigns.list(actor, query);
  }

  @Get(`control-campaigns/:${CAMPAIGN}`)
  @Access.member(REVIEWERS)
  @ApiOperation({ summary: 'Une campagne, ses SIAE contrôlées et son historique' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiProblems(400, 403, 404)
  get(@CurrentActor() actor: Actor, @Param(CAMPAIGN, UuidPipe) campaignId: string): Promise<CampaignDto> {
    return this.campaigns.get(actor, campaignId);
  }

  @Patch(`control-campaigns/:${CAMPAIGN}`)
  @Idempotent()
  @Access.member(DDETS)
  @ApiOperation({ summary: 'Modifier le nom, le taux ou le calendrier avant le tirage' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiProblems(400, 403, 404, 409)
  update(@CurrentActor() actor: Actor, @Param(CAMPAIGN, UuidPipe) campaignId: string, @Body() body: UpdateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.update(actor, campaignId, body);
  }

  @Get(`control-campaigns/:${CAMPAIGN}/population`)
  @Access.member(REVIEWERS)
  @ApiOperation({
    summary: 'La population contrôlable, avant de confirmer le tirage',
    description:
      'Embauches acceptées en AI, EI, ACI, ETTI du département dans la période, auto-prescrites par la SIAE qui embauche, avec un PASS IAE délivré pour elles ; SIAE qui en ont au moins 2 ; combien seraient tirées.',
  })
  @ApiOkResponse({ type: PopulationDto })
  @ApiProblems(400, 403, 404)
  population(@CurrentActor() actor: Actor, @Param(CAMPAIGN, UuidPipe) campaignId: string, @Query() query: PopulationQuery): Promise<PopulationDto> {
    return this.campaigns.population(actor, campaignId, query.ratioPercent);
  }

  @Post(`control-campaigns/:${CAMPAIGN}/selection`)
  @Idempotent()
  @HttpCode(200)
  @Access.member(DDETS)
  @ApiOperation({
    summary: 'Confirmer le tirage',
    description:
      'Tire les SIAE (le taux, au moins une) puis, dans chacune, 20 % des embauches (au moins 2, au plus 20), avec une graine tirée à cet instant et enregistrée (avec la population) pour un tirage reproductible. Pas avant le lendemain de la fin de la période contrôlée (409). Les SIAE sont prévenues à la date de notification.',
  })
  @ApiOkResponse({ type: CampaignDto })
  @ApiProblems(400, 403, 404, 409)
  select(@CurrentActor() actor: Actor, @Param(CAMPAIGN, UuidPipe) campaignId: string): Promise<CampaignDto> {
    return this.campaigns.select(actor, campaignId);
  }
}
