import 'reflect-metadata';
import { Type, plainToInstance } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsString, IsUUID, Max, MaxLength, ValidateNested, validate } from 'class-validator';
import { toFieldErrors } from './validation-messages';

class Address {
  @IsString()
  @MaxLength(5)
  postalCode: string;
}

class Form {
  @IsEmail()
  email: string;

  @IsInt()
  @Max(48)
  hours: number;

  @ValidateNested()
  @Type(() => Address)
  address: Address;
}

describe('validation errors in French, one entry per field and rule', () => {
  it('names nested fields with dotted paths and gives the rule’s arguments', async () => {
    const form = plainToInstance(Form, { email: 'not-an-email', hours: 60, address: { postalCode: '750001' } });
    const errors = toFieldErrors(await validate(form, { whitelist: true, forbidNonWhitelisted: true }));
    expect(errors).toEqual([
      { field: 'email', code: 'isEmail', message: 'Le champ « email » doit être une adresse e-mail valide.' },
      { field: 'hours', code: 'max', message: 'Le champ « hours » doit être inférieur ou égal à 48.' },
      { field: 'address.postalCode', code: 'maxLength', message: 'Le champ « address.postalCode » ne doit pas dépasser 5 caractères.' },
    ]);
  });

  it('says a missing field is missing, whatever rule broke first', async () => {
    const form = plainToInstance(Form, { hours: 1, address: { postalCode: '69001' } });
    const errors = toFieldErrors(
      await validate(form, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true, validationError: { value: true } }),
    );
    expect(errors).toEqual([{ field: 'email', code: 'isDefined', message: 'Le champ « email » est obligatoire.' }]);
  });

  it('calls an unexpected field an unknown field', async () => {
    const form = plainToInstance(Form, { email: 'a@exemple.fr', hours: 1, address: { postalCode: '69001' }, admin: true });
    const errors = toFieldErrors(await validate(form, { whitelist: true, forbidNonWhitelisted: true }));
    expect(errors).toEqual([{ field: 'admin', code: 'unknownField', message: 'Le champ « admin » n’est pas attendu ici.' }]);
  });

  it('tells a value of the wrong type by its type, whatever rule the DTO lists first; one entry per field', async () => {
    class Typed {
      @IsString() @MaxLength(10) message: string;
      @IsInt() @Max(48) hours: number;
      @IsArray() @ArrayMaxSize(3) @IsUUID('4', { each: true }) ids: string[];
      @ValidateNested() @Type(() => Address) address: Address;
    }
    const form = plainToInstance(Typed, { message: 123, hours: 'NaN', ids: ['x'], address: 'rue' });
    const errors = toFieldErrors(await validate(form, { whitelist: true, forbidNonWhitelisted: true, validationError: { value: true } }));
    expect(errors).toEqual([
      { field: 'message', code: 'isString', message: 'Le champ « message » doit être une chaîne de caractères.' },
      { field: 'hours', code: 'isInt', message: 'Le champ « hours » doit être un nombre entier.' },
      { field: 'ids', code: 'isUuid', message: 'Le champ « ids » doit être un identifiant UUID.' },
      { field: 'address', code: 'isObject', message: 'Le champ « address » doit être un objet, ou une liste d’objets.' },
    ]);
  });
});
