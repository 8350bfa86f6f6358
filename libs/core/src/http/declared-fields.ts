import { validationProblem } from '../errors/common-problems';
import { FieldError } from '../errors/problem';

/**
 * A request body checked against what its DTO declares in the OpenAPI document, before any other
 * rule: a required field must be there and not null, and null is accepted only where the document
 * says `nullable`. The document is the contract; the database constraints stay the last line.
 */
const PROPERTIES = 'swagger/apiModelPropertiesArray';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PROPERTY = 'swagger/apiModelProperties';

interface Declared {
  required?: boolean;
  nullable?: boolean;
  type?: unknown;
  isArray?: boolean;
}

/** A DTO class: what `@ApiProperty` metadata hangs on. */
export type DtoClass = abstract new (...args: never[]) => unknown;

function declaredProperties(type: DtoClass): Array<[string, Declared]> {
  const names: string[] = Reflect.getMetadata(PROPERTIES, type.prototype) ?? [];
  return names.map((key) => {
    const name = key.slice(1);
    return [name, (Reflect.getMetadata(PROPERTY, type.prototype, name) ?? {}) as Declared];
  });
}

/** The DTO class a property holds, when it is one (`type: AddressDto` or `type: () => AddressDto`). */
function dtoClass(type: unknown): DtoClass | null {
  if (typeof type !== 'function') return null;
  const candidate = type.prototype ? type : (type as () => unknown)();
  return typeof candidate === 'function' && Reflect.getMetadata(PROPERTIES, candidate.prototype) ? (candidate as DtoClass) : null;
}

export function declaredFieldErrors(type: DtoClass, value: unknown, prefix = '', depth = 0): FieldError[] {
  if (depth > 5 || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const errors: FieldError[] = [];
  for (const [name, declared] of declaredProperties(type)) {
    const field = prefix ? `${prefix}.${name}` : name;
    const item = (value as Record<string, unknown>)[name];
    const required = declared.required !== false;
    if (item === undefined) {
      if (required) errors.push({ field, code: 'isDefined', message: `Le champ « ${field} » est obligatoire.` });
      continue;
    }
    if (item === null) {
      if (required && !declared.nullable)
        errors.push({ field, code: 'isDefined', message: `Le champ « ${field} » est obligatoire (null n’est pas une valeur).` });
      else if (!declared.nullable) {
        errors.push({ field, code: 'isNotNull', message: `Le champ « ${field} » ne peut pas valoir null ; omettez-le pour le laisser tel quel.` });
      }
      continue;
    }
    const nested = dtoClass(declared.type);
    if (!nested) continue;
    // The document's shape: a list of objects, or one object (an array or a string would pass nested validation empty).
    if (declared.isArray ? !Array.isArray(item) : Array.isArray(item) || typeof item !== 'object') {
      errors.push(
        declared.isArray
          ? { field, code: 'isArray', message: `Le champ « ${field} » doit être une liste.` }
          : { field, code: 'isObject', message: `Le champ « ${field} » doit être un objet.` },
      );
      continue;
    }
    if (Array.isArray(item)) item.forEach((element, index) => errors.push(...declaredFieldErrors(nested, element, `${field}[${index}]`, depth + 1)));
    else errors.push(...declaredFieldErrors(nested, item, field, depth + 1));
  }
  return errors;
}

/**
 * The first string of a request that no text column or validator should ever see: a NUL character
 * (PostgreSQL refuses it) or half of a UTF-16 surrogate pair (not Unicode text; validators throw on it).
 */
export function badTextField(value: unknown, prefix = '', depth = 0): { field: string; code: 'noNulCharacter' | 'wellFormedText' } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: prefix || 'body', code: 'noNulCharacter' };
    return LONE_SURROGATE.test(value) ? { field: prefix || 'body', code: 'wellFormedText' } : null;
  }
  if (!value || typeof value !== 'object' || depth > 20) return null;
  for (const [key, item] of Object.entries(value)) {
    const field = Array.isArray(value) ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;
    const found = badTextField(key, field, depth + 1) ?? badTextField(item, field, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses text PostgreSQL would choke on (NUL, a lone UTF-16 surrogate): a 400 naming the field, not a 500. */
export function refuseBadText(value: unknown, prefix = ''): void {
  const bad = badTextField(value, prefix);
  if (!bad) return;
  const what = bad.code === 'noNulCharacter' ? 'un caractère nul (U+0000)' : 'une moitié de paire de substitution UTF-16 (texte mal formé)';
  throw validationProblem([{ field: bad.field, code: bad.code, message: `Le champ « ${bad.field} » contient ${what}, refusé.` }]);
}
