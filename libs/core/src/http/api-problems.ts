import { ArgumentMetadata, Injectable, PipeTransform, applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { validationProblem } from '../errors/common-problems';
import { isUuid } from '../identifiers/uuid';

export class FieldErrorDocument {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'isEmail' }) code: string;
  @ApiProperty({ example: 'Le champ « email » doit être une adresse e-mail valide.' }) message: string;
}

/** RFC 9457 problem details, as every error is answered. */
export class ProblemDocument {
  @ApiProperty({ example: '/api/problems/validation-error', description: 'Identifiant stable du type de problème (voir GET /api/problems).' })
  type: string;
  @ApiProperty({ example: 'Données invalides' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'Le champ « email » doit être une adresse e-mail valide.' }) detail: string;
  @ApiPropertyOptional({ type: [FieldErrorDocument] }) errors?: FieldErrorDocument[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Requête invalide (champs listés dans `errors`).',
  401: 'Authentification requise.',
  403: 'Action non autorisée.',
  404: 'Ressource introuvable.',
  409: 'Conflit avec l’état actuel.',
  413: 'Requête trop volumineuse.',
  422: 'Règle métier non satisfaite.',
  429: 'Trop de tentatives.',
};

export const PROBLEM_SCHEMA_REF = '#/components/schemas/ProblemDocument';

/** Documents the problem responses an endpoint may answer. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Erreur', content: { 'application/problem+json': { schema: { $ref: PROBLEM_SCHEMA_REF } } } }),
    ),
  );
}

/** A path or query parameter that must be a UUID; a bad one is a 400 naming the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      const field = metadata.data ?? 'id';
      throw validationProblem([{ field, code: 'isUUID', message: `Le paramètre « ${field} » doit être un identifiant UUID.` }]);
    }
    return value.toLowerCase();
  }
}

/**
 * A path parameter counting from 1 (a version number): a PostgreSQL integer, else a 400 naming it. The global
 * validation pipe may have turned it into a number already (« 1e3 » is 1000).
 */
export class PositiveIntPipe implements PipeTransform<string | number, number> {
  transform(value: string | number, metadata: ArgumentMetadata): number {
    const number = /^[1-9]\d{0,9}$/.test(String(value)) ? Number(value) : NaN;
    if (!(number <= 2_147_483_647)) {
      const field = metadata.data ?? 'id';
      throw validationProblem([{ field, code: 'isPositiveInt', message: `Le paramètre « ${field} » doit être un nombre entier positif.` }]);
    }
    return number;
  }
}
