import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { FastifyRequest } from 'fastify';
import { Problem, Problems, formDigest, formFields, readMultipartForm, recordUploadDigest, refuseBadText, validationProblem } from '@iae/core';

export interface Upload {
  fieldName: string;
  fileName: string | undefined;
  content: Buffer;
  /** The other form fields sent with the file. */
  fields: Record<string, string>;
}

/**
 * Reads the one file of a multipart/form-data request and the text fields the route declares (`declared`), in any
 * order, refusing with a 400 naming the field: a file bigger than `maxBytes`, a second file, a file in another field,
 * a field the route does not declare or given twice. The whole form is read before any refusal, so that the client
 * is never left sending. Checking what the file really is comes after (FilesService).
 */
export async function readUpload(request: FastifyRequest, fieldName: string, maxBytes: number, declared: readonly string[] = []): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new Problem(Problems.unsupportedMediaType, `Envoyez le fichier en multipart/form-data, dans le champ « ${fieldName} ».`);
  }
  const form = await readMultipartForm(request, maxBytes);
  if (form.unreadable === 'tooManyParts') throw new Problem(Problems.malformedBody, 'Le formulaire compte trop de champs ou de fichiers.');
  if (form.unreadable) throw new Problem(Problems.malformedBody, 'Le formulaire multipart est illisible ou incomplet.');
  const misplaced = form.files.find((file) => file.fieldName !== fieldName);
  if (misplaced) throw fieldError(misplaced.fieldName, 'unknownField', `Le fichier doit être envoyé dans le champ « ${fieldName} ».`);
  if (form.files.length > 1) throw fieldError(fieldName, 'oneFile', `Un seul fichier par envoi, dans le champ « ${fieldName} ».`);
  const [file] = form.files;
  if (!file) throw fieldError(fieldName, 'isDefined', `Joignez un fichier dans le champ « ${fieldName} ».`);
  if (file.truncated || !file.content) throw tooBig(fieldName, maxBytes);
  const seen = new Set<string>();
  for (const [name] of form.fields) {
    if (!declared.includes(name)) throw fieldError(name, 'unknownField', `Le champ « ${name} » n’est pas attendu ici.`);
    if (seen.has(name)) throw fieldError(name, 'notRepeatable', `Le champ « ${name} » ne peut apparaître qu’une fois.`);
    seen.add(name);
  }
  const fields = formFields(form);
  // Form fields skip the validation pipe: the same refusal of text the database cannot store, naming the field.
  refuseBadText(fields);
  // An upload sent with an `Idempotency-Key` is bound to this form: the same key with another file is refused.
  recordUploadDigest(request, formDigest(form));
  return { fieldName, fileName: file.fileName, content: file.content, fields };
}

function fieldError(field: string, code: string, message: string): Problem {
  return validationProblem([{ field, code, message }]);
}

// A 400 naming the field, like any other invalid field of the form; 413 stays for a whole body over the limit.
function tooBig(fieldName: string, maxBytes: number): Problem {
  return fieldError(fieldName, 'maxFileSize', `Le fichier « ${fieldName} » dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo (${maxBytes} octets au plus).`);
}

/** A text field an upload route declares beside its file. */
export interface UploadField {
  description: string;
  maxLength: number;
  required?: boolean;
}

/**
 * Documents an upload route's multipart body in the OpenAPI document (the file field, and the text
 * fields sent with it), so schema-driven clients and fuzzers see it like any JSON body.
 */
export function ApiUpload(options: { field?: string; types?: string; fields?: Record<string, UploadField> } = {}): MethodDecorator {
  const field = options.field ?? 'file';
  const properties: Record<string, SchemaObject> = {
    [field]: { type: 'string', format: 'binary', description: `Le fichier (${options.types ?? 'PDF, JPEG ou PNG'}), vérifié d’après son contenu.` },
  };
  const required = [field];
  for (const [name, spec] of Object.entries(options.fields ?? {})) {
    properties[name] = { type: 'string', description: spec.description, maxLength: spec.maxLength };
    if (spec.required) required.push(name);
  }
  return applyDecorators(ApiConsumes('multipart/form-data'), ApiBody({ required: true, schema: { type: 'object', required, properties } }));
}
