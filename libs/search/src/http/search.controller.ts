import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, ApiProblems, validationProblem } from '@iae/core';
import { SearchInput, SearchService } from '../search.service';
import { DEFAULT_RADIUS_KM } from '../rules/radius';
import { JobOfferPageDto, PrescriberPageDto, PrescriberSearchQuery, SearchQuery, StructurePageDto, SuggestionListDto, SuggestionQuery } from './dto/search.dto';

const FILTERS =
  'Filtres : types de structure et programmes (`kind`), départements, types de contrat, grands domaines et codes ROME, ' +
  'heures par semaine, CV non exigé, candidatures spontanées ; `facets` compte les résultats par type, contrat, département et domaine.';

@ApiTags('Recherche')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('job-offers')
  @Access.public()
  @ApiOperation({
    summary: 'Chercher des offres (fiches de poste ouvertes) autour d’une commune',
    description: `Texte libre tolérant accents, majuscules et fautes de frappe. Sans texte : tout ce qui est dans le rayon, le plus proche d’abord. ${FILTERS}`,
  })
  @ApiOkResponse({ type: JobOfferPageDto })
  @ApiProblems(400)
  jobOffers(@Query() query: SearchQuery): Promise<JobOfferPageDto> {
    return this.search.searchJobOffers(toInput(query));
  }

  @Get('structures')
  @Access.public()
  @ApiOperation({
    summary: 'Chercher des structures autour d’une commune',
    description: `Les structures actives, avec leur nombre d’offres ouvertes ; celles sans offre y figurent aussi, marquées quand elles acceptent les candidatures spontanées. ${FILTERS} Les filtres d’offre retiennent les structures dont une offre ouverte y répond.`,
  })
  @ApiOkResponse({ type: StructurePageDto })
  @ApiProblems(400)
  structures(@Query() query: SearchQuery): Promise<StructurePageDto> {
    return this.search.searchStructures(toInput(query));
  }

  @Get('prescribers')
  @Access.public()
  @ApiOperation({
    summary: 'Annuaire des prescripteurs habilités autour d’une commune',
    description: 'Par type, le plus proche d’abord (rayon de 5 km par défaut).',
  })
  @ApiOkResponse({ type: PrescriberPageDto })
  @ApiProblems(400)
  prescribers(@Query() query: PrescriberSearchQuery): Promise<PrescriberPageDto> {
    return this.search.searchPrescribers({
      q: query.q,
      commune: query.commune,
      radiusKm: query.radius,
      kinds: query.kind,
      cursor: query.cursor,
      limit: query.limit,
    });
  }

  @Get('suggestions')
  @Access.public()
  @ApiOperation({
    summary: 'Offres suggérées pour un profil de candidat',
    description:
      'Les offres des métiers visés (ou du même métier ROME) dans la distance maximale, expliquées critère par critère (métier, distance, heures). ' +
      'Les critères sont donnés ici explicitement ; la version qui lit le diagnostic d’un candidat s’appuiera sur la même recherche.',
  })
  @ApiOkResponse({ type: SuggestionListDto })
  @ApiProblems(400)
  suggestions(@Query() query: SuggestionQuery): Promise<SuggestionListDto> {
    if (!query.appellation?.length && !query.rome?.length) {
      throw validationProblem([{ field: 'appellation', code: 'isDefined', message: 'Indiquez au moins un métier visé (`appellation` ou `rome`).' }]);
    }
    const hours = query.hoursMin !== undefined || query.hoursMax !== undefined ? { min: query.hoursMin, max: query.hoursMax } : undefined;
    return this.search.suggest(
      {
        communeCode: query.commune,
        maxDistanceKm: query.maxDistanceKm ?? DEFAULT_RADIUS_KM,
        appellationCodes: query.appellation ?? [],
        romeCodes: query.rome,
        hoursPerWeek: hours,
      },
      { limit: query.limit },
    );
  }
}

function toInput(query: SearchQuery): SearchInput {
  return {
    q: query.q,
    commune: query.commune,
    radiusKm: query.radius,
    kinds: query.kind,
    departements: query.departement,
    contractTypes: query.contractType,
    domains: query.domain,
    romeCodes: query.rome,
    hoursMin: query.hoursMin,
    hoursMax: query.hoursMax,
    resumeOptional: query.resumeOptional,
    spontaneousOpen: query.spontaneous,
    sort: query.sort,
    cursor: query.cursor,
    limit: query.limit,
  };
}
