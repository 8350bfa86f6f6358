import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery, trim } from '@iae/core';
import { CONTRACT_TYPES, PROGRAMMES } from '@iae/employers';
import { EMPLOYER_KINDS, PRESCRIBER_KINDS } from '@iae/identity';
import { DEPARTEMENTS } from '@iae/territory';
import { MAX_QUERY_LENGTH } from '../../rules/query-text';
import { DEFAULT_PRESCRIBER_RADIUS_KM, DEFAULT_RADIUS_KM, MAX_SUGGESTION_DISTANCE_KM, RADII_KM } from '../../rules/radius';
import { DEFAULT_SEARCH_PAGE_SIZE } from '../../search.service';

const asList = ({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]);
const asUpperList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v));
// « true » and « false » only: anything else stays a string and fails @IsBoolean, naming the parameter.
const asBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const SEARCH_KINDS = [...Object.keys(EMPLOYER_KINDS), ...Object.keys(PROGRAMMES)];
const DEPARTEMENT_CODES = DEPARTEMENTS.map((d) => d.code);
const DOMAINS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'];
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const LIST_MAX = 20;

/** ROME codes, the parameter repeated. */
function RomeListField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example: ['G1602'], isArray: true, type: String, description }),
    IsOptional(),
    Transform(asUpperList),
    IsArray(),
    ArrayMaxSize(LIST_MAX),
    Matches(/^[A-N]\d{4}$/, { each: true }),
  );
}

/** Hours per week, as a contract counts them (1–48). */
function HoursPerWeekField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 48, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(48),
  );
}

class PlaceQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'cuisinnier',
    maxLength: MAX_QUERY_LENGTH,
    description:
      'Texte libre (intitulés, métiers, noms et descriptions des structures) ; accents, majuscules et fautes de frappe tolérés. Vide : tout ce qui est autour de la commune, le plus proche d’abord.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  @ApiProperty({ example: '69123', description: 'Code INSEE de la commune autour de laquelle chercher (2A004 en Corse).' })
  @IsDefined()
  @Transform(trim)
  @Matches(INSEE_CODE)
  commune: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: DEFAULT_SEARCH_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  declare limit?: number;
}

export class SearchQuery extends PlaceQuery {
  @ApiPropertyOptional({ enum: RADII_KM, default: DEFAULT_RADIUS_KM, description: 'Rayon autour de la commune, en kilomètres.' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([...RADII_KM])
  radius?: number;

  @ApiPropertyOptional({
    enum: SEARCH_KINDS,
    isArray: true,
    description: 'Types de structure, et programmes d’ACI (PHC, CONVERGENCE). Répéter le paramètre pour plusieurs valeurs.',
  })
  @IsOptional()
  @Transform(asUpperList)
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsIn(SEARCH_KINDS, { each: true })
  kind?: string[];

  @ApiPropertyOptional({ example: ['69', '01'], isArray: true, type: String, description: 'Départements (codes) ; répéter le paramètre.' })
  @IsOptional()
  @Transform(asUpperList)
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsIn(DEPARTEMENT_CODES, { each: true })
  departement?: string[];

  @ApiPropertyOptional({ enum: Object.keys(CONTRACT_TYPES), isArray: true, description: 'Types de contrat ; répéter le paramètre.' })
  @IsOptional()
  @Transform(asUpperList)
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsIn(Object.keys(CONTRACT_TYPES), { each: true })
  contractType?: string[];

  @ApiPropertyOptional({ enum: DOMAINS, isArray: true, description: 'Grands domaines ROME (lettre A à N) ; répéter le paramètre.' })
  @IsOptional()
  @Transform(asUpperList)
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsIn(DOMAINS, { each: true })
  domain?: string[];

  @RomeListField('Métiers (codes ROME) ; répéter le paramètre. Un code inconnu du référentiel est refusé.')
  rome?: string[];

  @HoursPerWeekField('Au moins ce nombre d’heures par semaine.')
  hoursMin?: number;

  @HoursPerWeekField('Au plus ce nombre d’heures par semaine.')
  hoursMax?: number;

  @ApiPropertyOptional({ description: 'Seulement les offres qui ne demandent pas de CV.' })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  resumeOptional?: boolean;

  @ApiPropertyOptional({ description: 'Seulement les structures ouvertes aux candidatures spontanées.' })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  spontaneous?: boolean;

  @ApiPropertyOptional({
    enum: ['relevance', 'distance', 'freshness'],
    description: 'Pertinence (par défaut avec un texte), distance (par défaut sans texte) ou fraîcheur (mises à jour récentes d’abord).',
  })
  @IsOptional()
  @IsIn(['relevance', 'distance', 'freshness'])
  sort?: 'relevance' | 'distance' | 'freshness';
}

export class PrescriberSearchQuery extends PlaceQuery {
  @ApiPropertyOptional({ enum: RADII_KM, default: DEFAULT_PRESCRIBER_RADIUS_KM, description: 'Rayon autour de la commune, en kilomètres.' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([...RADII_KM])
  radius?: number;

  @ApiPropertyOptional({ enum: Object.keys(PRESCRIBER_KINDS), isArray: true, description: 'Types d’organisation ; répéter le paramètre.' })
  @IsOptional()
  @Transform(asUpperList)
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsIn(Object.keys(PRESCRIBER_KINDS), { each: true })
  kind?: string[];
}

export class SuggestionQuery {
  @ApiProperty({ example: '69123', description: 'Code INSEE de la commune du candidat.' })
  @IsDefined()
  @Transform(trim)
  @Matches(INSEE_CODE)
  commune: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_SUGGESTION_DISTANCE_KM,
    default: DEFAULT_RADIUS_KM,
    description: 'Distance maximale que le candidat peut parcourir, en kilomètres.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTION_DISTANCE_KM)
  maxDistanceKm?: number;

  @ApiPropertyOptional({ example: ['11573'], isArray: true, type: String, description: 'Métiers visés (appellations ROME, codes OGR) ; répéter le paramètre.' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(/^\d{1,9}$/, { each: true })
  appellation?: string[];

  @RomeListField('Métiers ROME visés, toutes appellations comprises ; répéter le paramètre.')
  rome?: string[];

  @HoursPerWeekField('Heures par semaine souhaitées, au moins.')
  hoursMin?: number;

  @HoursPerWeekField('Heures par semaine souhaitées, au plus.')
  hoursMax?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: DEFAULT_SEARCH_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class ResultLocationDto {
  @ApiProperty({ example: '69123' }) communeCode: string;
  @ApiProperty({ example: 'Lyon' }) communeName: string;
  @ApiProperty({ example: '69' }) departementCode: string;
  @ApiProperty({ description: 'Centre de la commune (WGS 84).' }) latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty({ example: 3.2, description: 'Distance depuis la commune cherchée, à vol d’oiseau, au dixième de kilomètre.' }) distanceKm: number;
}

class CodeLabelDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
}

class DomainDto {
  @ApiProperty({ example: 'G' }) letter: string;
  @ApiProperty({ example: 'Hôtellerie-Restauration, Tourisme, Loisirs et Animation' }) label: string;
}

class OfferEmployerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) brand: string | null;
  @ApiProperty({ enum: Object.keys(EMPLOYER_KINDS) }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ enum: Object.keys(PROGRAMMES), isArray: true }) programmes: string[];
  @ApiProperty() spontaneousCandidaturesOpen: boolean;
}

export class JobOfferResultDto {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la fiche de poste (GET /api/job-descriptions/{id}).' }) id: string;
  @ApiProperty({ example: 'Cuisinier / Cuisinière' }) title: string;
  @ApiProperty({ type: CodeLabelDto }) appellation: CodeLabelDto;
  @ApiProperty({ type: CodeLabelDto }) rome: CodeLabelDto;
  @ApiProperty({ type: DomainDto }) domain: DomainDto;
  @ApiProperty({ enum: Object.keys(CONTRACT_TYPES) }) contractType: string;
  @ApiProperty() contractTypeLabel: string;
  @ApiProperty({ nullable: true, type: Number }) hoursPerWeek: number | null;
  @ApiProperty() openPositions: number;
  @ApiProperty() isResumeMandatory: boolean;
  @ApiProperty({ type: OfferEmployerDto }) employer: OfferEmployerDto;
  @ApiProperty({ type: ResultLocationDto }) location: ResultLocationDto;
  @ApiProperty({ description: 'Dernière mise à jour par l’employeur.' }) updatedAt: string;
}

export class StructureResultDto {
  @ApiProperty({ format: 'uuid', description: 'Identifiant de la structure (GET /api/employers/{id}).' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) brand: string | null;
  @ApiProperty({ enum: Object.keys(EMPLOYER_KINDS) }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ enum: Object.keys(PROGRAMMES), isArray: true }) programmes: string[];
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: ResultLocationDto }) location: ResultLocationDto;
  @ApiProperty({ description: 'Fiches de poste ouvertes au recrutement.' }) openOffers: number;
  @ApiProperty({ description: 'La structure reçoit des candidatures.' }) acceptsCandidatures: boolean;
  @ApiProperty({ description: 'Ouverte aux candidatures spontanées (sans fiche de poste).' }) openToSpontaneousCandidatures: boolean;
}

class PrescriberAddressDto {
  @ApiProperty({ nullable: true, type: String }) line: string | null;
  @ApiProperty({ nullable: true, type: String }) complement: string | null;
  @ApiProperty({ nullable: true, type: String }) postalCode: string | null;
}

export class PrescriberResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Object.keys(PRESCRIBER_KINDS) }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ type: PrescriberAddressDto }) address: PrescriberAddressDto;
  @ApiProperty({ type: ResultLocationDto }) location: ResultLocationDto;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
}

class FacetDto {
  @ApiProperty({ example: 'ACI' }) value: string;
  @ApiProperty({ example: 'Atelier et chantier d’insertion' }) label: string;
  @ApiProperty({ example: 12 }) count: number;
}

export class FacetsDto {
  @ApiProperty({ type: [FacetDto], description: 'Types de structure et programmes (PHC, CONVERGENCE).' }) kinds: FacetDto[];
  @ApiProperty({ type: [FacetDto] }) contractTypes: FacetDto[];
  @ApiProperty({ type: [FacetDto] }) departements: FacetDto[];
  @ApiProperty({ type: [FacetDto] }) domains: FacetDto[];
}

export class OriginDto {
  @ApiProperty({ example: '69123' }) communeCode: string;
  @ApiProperty({ example: 'Lyon' }) communeName: string;
  @ApiProperty({ example: 25 }) radiusKm: number;
}

class SearchPageDto {
  @ApiProperty({ description: 'Nombre de résultats (estimation avec Meilisearch).' }) total: number;
  @ApiProperty({ type: FacetsDto, description: 'Nombre de résultats par valeur, sur l’ensemble des résultats.' }) facets: FacetsDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { cuisinnier: ['cuisinier'] },
    description: 'Mots lus comme d’autres (fautes de frappe).',
  })
  corrections: Record<string, string[]>;
  @ApiProperty({ type: OriginDto }) origin: OriginDto;
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class JobOfferPageDto extends SearchPageDto {
  @ApiProperty({ type: [JobOfferResultDto] }) items: JobOfferResultDto[];
}

export class StructurePageDto extends SearchPageDto {
  @ApiProperty({ type: [StructureResultDto] }) items: StructureResultDto[];
}

export class PrescriberPageDto extends SearchPageDto {
  @ApiProperty({ type: [PrescriberResultDto] }) items: PrescriberResultDto[];
}

class SearchCriterionDto {
  @ApiProperty({ enum: ['metier', 'distance', 'hours'] }) criterion: string;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Null quand l’offre ne le précise pas.' }) met: boolean | null;
  @ApiProperty({ example: 'Métier recherché : Cuisinier / Cuisinière' }) detail: string;
}

class SuggestionDto {
  @ApiProperty({ type: JobOfferResultDto }) offer: JobOfferResultDto;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Adéquation au profil : le métier d’abord, puis les heures, puis la proximité.' }) score: number;
  @ApiProperty({ type: [SearchCriterionDto] }) criteria: SearchCriterionDto[];
}

export class SuggestionListDto {
  @ApiProperty({ type: [SuggestionDto] }) items: SuggestionDto[];
  @ApiProperty({ type: OriginDto }) origin: OriginDto;
}
