import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { validationProblem } from '@iae/core';
import { Commune } from './communes.service';

export interface AddressInput {
  line: string;
  complement?: string | null;
  postalCode: string;
  communeCode: string;
}

/** An address as stored: the commune's centre stands for its point (no street geocoding offline). */
export interface ResolvedAddress {
  addressLine: string;
  addressComplement: string | null;
  postalCode: string;
  communeCode: string;
  latitude: number;
  longitude: number;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The address fields of a structure or an organisation, as every form sends them. */
export class AddressDto implements AddressInput {
  @ApiProperty({ example: '12 rue de la République', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  line: string;

  @ApiPropertyOptional({ example: 'Bâtiment B', maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  complement?: string | null;

  @ApiProperty({ example: '69002' })
  @IsString()
  @Matches(/^\d{5}$/)
  postalCode: string;

  @ApiProperty({ example: '69123', description: 'Code INSEE de la commune (voir GET /api/communes).' })
  @IsString()
  @Matches(/^(?:\d{5}|2[AB]\d{3})$/)
  communeCode: string;
}

/** Checks that the commune exists and that the postal code is one of its own. */
export function resolveAddress(input: AddressInput, commune: Commune | null, field = 'address'): ResolvedAddress {
  if (!commune) {
    throw validationProblem([{ field: `${field}.communeCode`, code: 'unknownCommune', message: `Aucune commune n’a le code INSEE ${input.communeCode}.` }]);
  }
  if (!commune.postalCodes.includes(input.postalCode)) {
    throw validationProblem([
      {
        field: `${field}.postalCode`,
        code: 'postalCodeMismatch',
        message: `Le code postal ${input.postalCode} n’est pas celui de ${commune.name} (${commune.postalCodes.join(', ')}).`,
      },
    ]);
  }
  return {
    addressLine: input.line.trim(),
    addressComplement: input.complement?.trim() || null,
    postalCode: input.postalCode,
    communeCode: commune.code,
    latitude: commune.latitude,
    longitude: commune.longitude,
  };
}
