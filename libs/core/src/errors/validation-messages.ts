import { ValidationError, getMetadataStorage } from 'class-validator';
import { CALENDAR_YEARS } from '../clock/paris-date';
import { FieldError } from './problem';

type Args = unknown[];

/** French wording for class-validator's rules; the rule name stays the machine code. */
const MESSAGES: Record<string, (field: string, args: Args) => string> = {
  whitelistValidation: (f) => `Le champ « ${f} » n’est pas attendu ici.`,
  isDefined: (f) => `Le champ « ${f} » est obligatoire.`,
  isNotEmpty: (f) => `Le champ « ${f} » ne peut pas être vide.`,
  isString: (f) => `Le champ « ${f} » doit être une chaîne de caractères.`,
  isBoolean: (f) => `Le champ « ${f} » doit valoir true ou false.`,
  isInt: (f) => `Le champ « ${f} » doit être un nombre entier.`,
  isNumber: (f) => `Le champ « ${f} » doit être un nombre.`,
  isEmail: (f) => `Le champ « ${f} » doit être une adresse e-mail valide.`,
  isUuid: (f) => `Le champ « ${f} » doit être un identifiant UUID.`,
  isUrl: (f) => `Le champ « ${f} » doit être une adresse web (https://…).`,
  isIn: (f, a) => `Le champ « ${f} » doit valoir l’une de ces valeurs : ${(a[0] as unknown[]).join(', ')}.`,
  isEnum: (f, a) => `Le champ « ${f} » doit valoir l’une de ces valeurs : ${Object.values(a[0] as object).join(', ')}.`,
  isArray: (f) => `Le champ « ${f} » doit être une liste.`,
  isObject: (f) => `Le champ « ${f} » doit être un objet.`,
  nestedValidation: (f) => `Le champ « ${f} » doit être un objet, ou une liste d’objets.`,
  isDateString: (f) => `Le champ « ${f} » doit être une date au format AAAA-MM-JJ.`,
  isISO8601: (f) => `Le champ « ${f} » doit être une date au format AAAA-MM-JJ.`,
  isDate: (f) => `Le champ « ${f} » doit être une date qui existe, au format AAAA-MM-JJ, entre ${CALENDAR_YEARS.first} et ${CALENDAR_YEARS.last}.`,
  minLength: (f, a) => `Le champ « ${f} » doit contenir au moins ${a[0]} caractères.`,
  maxLength: (f, a) => `Le champ « ${f} » ne doit pas dépasser ${a[0]} caractères.`,
  length: (f, a) => `Le champ « ${f} » doit contenir entre ${a[0]} et ${a[1]} caractères.`,
  min: (f, a) => `Le champ « ${f} » doit être supérieur ou égal à ${a[0]}.`,
  max: (f, a) => `Le champ « ${f} » doit être inférieur ou égal à ${a[0]}.`,
  arrayMinSize: (f, a) => `La liste « ${f} » doit contenir au moins ${a[0]} élément(s).`,
  arrayMaxSize: (f, a) => `La liste « ${f} » ne doit pas contenir plus de ${a[0]} éléments.`,
  arrayUnique: (f) => `La liste « ${f} » ne doit pas contenir de doublons.`,
  matches: (f) => `Le champ « ${f} » n’a pas le format attendu.`,
  isPhoneNumber: (f) => `Le champ « ${f} » doit être un numéro de téléphone valide.`,
  unknownValue: () => `Le corps de la requête doit être un objet JSON.`,
};

/**
 * The rules that say what a value is. When one of them fails it is the one to tell, whatever rule the DTO lists first:
 * a number given for a text is not « too long ».
 */
const TYPE_RULES = new Set(['isString', 'isBoolean', 'isInt', 'isNumber', 'isArray', 'isObject', 'nestedValidation']);

/** Codes as programs see them: the rule name, except the cryptic whitelist one. */
const CODES: Record<string, string> = { whitelistValidation: 'unknownField', isISO8601: 'isDate', isDateString: 'isDate', nestedValidation: 'isObject' };

function constraintArgs(target: object | undefined, property: string, name: string): Args {
  if (!target) return [];
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const match = metadatas.find((m) => m.propertyName === property && (m.name === name || m.constraintCls?.name === name));
  return (match?.constraints as Args | undefined) ?? [];
}

/** Flattens class-validator's tree into one entry per field (its type rule if broken, else the first rule it breaks), with dotted paths. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const field = prefix ? (isIndex ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
    // Nothing given: whichever rule failed first, the field is missing (not, say, too long).
    if (error.constraints && !error.constraints.whitelistValidation && (error.value === undefined || error.value === null) && 'value' in error) {
      result.push({ field, code: 'isDefined', message: MESSAGES.isDefined(field, []) });
      continue;
    }
    const broken = Object.keys(error.constraints ?? {});
    const name = broken.find((rule) => TYPE_RULES.has(rule)) ?? broken[0];
    if (name) {
      const translate = MESSAGES[name];
      const message = translate ? translate(field, constraintArgs(error.target, error.property, name)) : error.constraints![name];
      result.push({ field, code: CODES[name] ?? name, message });
    }
    // The value is not what the field holds: what its parts would break says nothing more.
    if (error.children?.length && !(name && TYPE_RULES.has(name))) result.push(...toFieldErrors(error.children, field));
  }
  return result;
}
