import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate } from '../clock/paris-date';

/** class-transformer step: surrounding spaces are never meant. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A first or last name: trimmed, not empty, 100 characters at most. */
export function PersonNameField(options: { required: boolean }): PropertyDecorator {
  return applyDecorators(
    // `required: true` spelled out: on a class extending one where the field is optional, swagger would keep `required: false`.
    ...(options.required ? [ApiProperty({ maxLength: 100, required: true })] : [ApiPropertyOptional({ maxLength: 100 }), IsOptional()]),
    Transform(trim),
    IsString(),
    IsNotEmpty(),
    MaxLength(100),
  );
}

/** An optional calendar date (AAAA-MM-JJ), null to clear it. */
export function OptionalDateField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, example: '2025-03-01', nullable: true, type: String, format: 'date' }),
    IsOptional(),
    IsCalendarDate(),
  );
}

/**
 * A calendar date written AAAA-MM-JJ that exists (not 30 February, nor a 32nd): a day that does not
 * exist is malformed input (400 naming the field), never a rule to weigh nor a database error.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isDate', validator: { validate: (value) => isIsoDate(value) } }, options);
}
