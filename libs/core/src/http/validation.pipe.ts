import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { Problems, validationProblem } from '../errors/common-problems';
import { Problem } from '../errors/problem';
import { toFieldErrors } from '../errors/validation-messages';
import { declaredFieldErrors, refuseBadText, type DtoClass } from './declared-fields';
import { memoizeValidationMetadata } from './validation-metadata';

/**
 * Validates DTOs strictly: unknown fields are errors, nothing is coerced in bodies,
 * and every failure is a 400 problem listing each field and broken rule.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      // Every rule is checked, so that toFieldErrors tells a value of the wrong type as such (one entry per field).
      stopAtFirstError: false,
      // The value stays inside (it tells a missing field from a wrong one); no message ever shows it.
      validationError: { target: true, value: true },
      exceptionFactory: (errors) => validationProblem(toFieldErrors(errors)),
    });
    memoizeValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Text PostgreSQL or the validators would choke on: a 400 naming the field, not a 500.
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') refuseBadText(value, metadata.data ?? '');
    if (metadata.type === 'body' && this.isDto(metadata)) {
      if (value === undefined || value === null || value === '') value = {};
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw new Problem(Problems.malformedBody, 'Le corps de la requête doit être un objet JSON.');
      }
      // What the OpenAPI document says is required, or may be null, before any other rule.
      const undeclared = declaredFieldErrors(metadata.metatype as DtoClass, value);
      if (undeclared.length) throw validationProblem(undeclared);
    }
    if (metadata.type === 'query' && this.isDto(metadata) && value && typeof value === 'object') {
      const repeated = Object.entries(value).find(([, v]) => Array.isArray(v));
      // A scalar parameter given twice is ambiguous; list parameters are declared as such in the DTO.
      if (repeated && !this.declaresArray(metadata, repeated[0])) {
        throw validationProblem([{ field: repeated[0], code: 'notRepeatable', message: `Le paramètre « ${repeated[0]} » ne peut apparaître qu’une fois.` }]);
      }
    }
    return super.transform(value, metadata);
  }

  private isDto(metadata: ArgumentMetadata): boolean {
    const type = metadata.metatype;
    return !!type && ![String, Boolean, Number, Array, Object].includes(type as never);
  }

  private declaresArray(metadata: ArgumentMetadata, property: string): boolean {
    const design = Reflect.getMetadata('design:type', (metadata.metatype as { prototype: object }).prototype, property);
    return design === Array;
  }
}
