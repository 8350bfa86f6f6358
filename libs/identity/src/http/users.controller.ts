import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, ApiProblems, CurrentActor, UuidPipe, Idempotent } from '@iae/core';
import { AccountClosureService } from '../account-closure.service';
import { DeactivateUserDto } from './dto/me.dto';

@ApiTags('Comptes et sessions')
@Controller('users')
export class UsersController {
  constructor(private readonly closures: AccountClosureService) {}

  @Post(':userId/deactivation')
  @Idempotent()
  @HttpCode(204)
  @Access.staff()
  @ApiOperation({
    summary: 'Désactiver un compte (équipe)',
    description:
      'Avec la raison, gardée dans le journal. Le compte ne se connecte plus, ses sessions sont fermées, il ne compte plus parmi les membres de ses organisations (qui gardent un administrateur actif) ; ce qu’il a fait reste.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 422)
  async deactivate(@CurrentActor() actor: Actor, @Param('userId', UuidPipe) userId: string, @Body() body: DeactivateUserDto): Promise<void> {
    await this.closures.deactivate(actor, userId, body.reason);
  }
}
