import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor } from '@iae/core';
import { HabilitationBoardService } from '../habilitation-board.service';
import { REVIEWERS } from './control-campaigns.controller';
import { HabilitationBoardDto, HabilitationBoardQuery } from './dto/habilitation-board.dto';

@ApiTags('Habilitation préfectorale')
@Controller('habilitation-board')
export class HabilitationBoardController {
  constructor(private readonly board: HabilitationBoardService) {}

  @Get()
  @Access.member(REVIEWERS)
  @ApiOperation({
    summary: 'Le tableau de bord des habilitations de mon territoire',
    description:
      'En une liste : les demandes en attente (transmises ou en attente d’informations) avec leur âge, et les habilitations préfectorales qui finissent bientôt ; les plus anciennes et les plus proches d’abord.',
  })
  @ApiOkResponse({ type: HabilitationBoardDto })
  @ApiProblems(400, 403)
  get(@CurrentActor() actor: Actor, @Query() query: HabilitationBoardQuery): Promise<HabilitationBoardDto> {
    return this.board.board(actor, query);
  }
}
