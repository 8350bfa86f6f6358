import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, UuidPipe, Idempotent } from '@iae/core';
import { EmailsService } from '../emails.service';
import { EmailDto, EmailListQuery, EmailPageDto } from './dto/email.dto';

@ApiTags('E-mails (exploitation)')
@Controller('emails')
export class EmailsController {
  constructor(private readonly emails: EmailsService) {}

  @Get()
  @Access.staff()
  @ApiOperation({ summary: 'Lister les e-mails envoyés ou en attente (le plus récent d’abord)' })
  @ApiOkResponse({ type: EmailPageDto })
  @ApiProblems(400)
  list(@Query() query: EmailListQuery): Promise<EmailPageDto> {
    return this.emails.list(query);
  }

  @Get(':id')
  @Access.staff()
  @ApiOperation({ summary: 'Voir l’état d’un e-mail' })
  @ApiOkResponse({ type: EmailDto })
  @ApiProblems(404)
  get(@Param('id', UuidPipe) id: string): Promise<EmailDto> {
    return this.emails.get(id);
  }

  @Post(':id/retry')
  @Idempotent()
  @HttpCode(202)
  @Access.staff()
  @ApiOperation({ summary: 'Relancer un e-mail en échec ou resté en file d’attente' })
  @ApiAcceptedResponse({ type: EmailDto })
  @ApiProblems(404, 409)
  retry(@Param('id', UuidPipe) id: string): Promise<EmailDto> {
    return this.emails.retry(id);
  }
}
