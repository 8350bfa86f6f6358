import 'reflect-metadata';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { badTextField, declaredFieldErrors } from './declared-fields';

class Address {
  @ApiProperty() line: string;
  @ApiPropertyOptional({ nullable: true, type: String }) complement?: string | null;
}

class UpdateForm {
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) website?: string | null;
  @ApiPropertyOptional({ type: Address }) address?: Address;
}

class CreateForm extends UpdateForm {
  @ApiProperty({ required: true }) declare name: string;
  @ApiProperty({ type: () => Address, required: true }) declare address: Address;
  @ApiPropertyOptional({ type: [Address] }) others?: Address[];
}

describe('a body checked against what its DTO declares in the OpenAPI document', () => {
  it('names a required field missing or null, even when a parent class declared it optional', () => {
    expect(declaredFieldErrors(CreateForm, {})).toEqual([
      { field: 'name', code: 'isDefined', message: 'Le champ « name » est obligatoire.' },
      { field: 'address', code: 'isDefined', message: 'Le champ « address » est obligatoire.' },
    ]);
    expect(declaredFieldErrors(CreateForm, { name: null, address: { line: '1 rue' } }).map((e) => e.field)).toEqual(['name']);
  });

  it('accepts null only where it is declared nullable', () => {
    expect(declaredFieldErrors(UpdateForm, { website: null })).toEqual([]);
    expect(declaredFieldErrors(UpdateForm, { name: null })).toEqual([
      { field: 'name', code: 'isNotNull', message: 'Le champ « name » ne peut pas valoir null ; omettez-le pour le laisser tel quel.' },
    ]);
    expect(declaredFieldErrors(UpdateForm, {})).toEqual([]);
  });

  it('looks into nested objects and lists of them', () => {
    expect(declaredFieldErrors(CreateForm, { name: 'x', address: {}, others: [{ line: 'a' }, { complement: null }] }).map((e) => e.field)).toEqual([
      'address.line',
      'others[1].line',
    ]);
  });

  it('wants an object where the document declares one, and a list where it declares a list', () => {
    expect(declaredFieldErrors(UpdateForm, { address: [] })).toEqual([
      { field: 'address', code: 'isObject', message: 'Le champ « address » doit être un objet.' },
    ]);
    expect(declaredFieldErrors(UpdateForm, { address: 'x' }).map((e) => e.code)).toEqual(['isObject']);
    expect(declaredFieldErrors(CreateForm, { name: 'x', address: { line: 'a' }, others: { line: 'b' } })).toEqual([
      { field: 'others', code: 'isArray', message: 'Le champ « others » doit être une liste.' },
    ]);
  });

  it('finds a NUL character or half a surrogate pair anywhere in a body', () => {
    expect(badTextField({ a: 'ok', b: { c: ['x', 'y\u0000'] } })).toEqual({ field: 'b.c[1]', code: 'noNulCharacter' });
    expect(badTextField({ 'k\u0000': 1 })).toEqual({ field: 'k\u0000', code: 'noNulCharacter' });
    expect(badTextField({ email: 'a\ud800@exemple.fr' })).toEqual({ field: 'email', code: 'wellFormedText' });
    expect(badTextField({ a: 'ok', emoji: '😀' })).toBeNull();
  });
});
