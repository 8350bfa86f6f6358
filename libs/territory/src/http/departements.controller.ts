import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems } from '@iae/core';
import { DepartementsService } from '../departements.service';
import { DepartementListDto, DepartementListQuery } from './dto/departement.dto';

@ApiTags('Territoires')
@Controller('departements')
export class DepartementsController {
  constructor(private readonly departements: DepartementsService) {}

  @Get()
  @Access.public()
  @ApiOperation({ summary: 'Lister les départements et leur région' })
  @ApiOkResponse({ type: DepartementListDto })
  @ApiProblems(400)
  list(@Query() query: DepartementListQuery): DepartementListDto {
    return { items: this.departements.list(query.regionCode) };
  }
}
