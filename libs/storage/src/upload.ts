import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { FastifyRequest } from 'fastify';
import { Problem, Problems, recordUploadDigest, refuseBadText, uploadDigest, validationProblem } from '@iae/core';

export interface Upload {
  fieldName: string;
  fileName: string | undefined;
  content: Buffer;
  /** The other form fields sent with the file. */
  fields: Record<string, string>;
}

/**
 * Reads the one file of a multipart/form-data request and the text fields the route declares (`fields`), in any order,
 * refusing with a 400 naming the field: a file bigger than `maxBytes`, a second file, a file in another field, a field
 * the route does not declare or given twice. Checking what the file really is comes after (FilesService).
 */
export async function readUpload(request: FastifyRequest, fieldName: string, maxBytes: number, declared: readonly string[] = []): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new Problem(Problems.unsupportedMediaType, `Envoyez le fichier en multipart/form-data, dans le champ « ${fieldName} ».`);
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string | undefined; content: Buffer } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 2, fields: 20, fieldSize: 10_000 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== fieldName || file) {
          part.file.resume();
          throw part.fieldname !== fieldName
            ? fieldError(part.fieldname, 'unknownField', `Le fichier doit être envoyé dans le champ « ${fieldName} ».`)
            : fieldError(fieldName, 'oneFile', `Un seul fichier par envoi, dans le champ « ${fieldName} ».`);
        }
        file = { fileName: part.filename, content: await part.toBuffer() };
        if (part.file.truncated) throw tooBig(fieldName, maxBytes);
      } else if (!declared.includes(part.fieldname)) {
        throw fieldError(part.fieldname, 'unknownField', `Le champ « ${part.fieldname} » n’est pas attendu ici.`);
      } else if (part.fieldname in fields) {
        throw fieldError(part.fieldname, 'notRepeatable', `Le champ « ${part.fieldname} » ne peut apparaître qu’une fois.`);
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (error instanceof Problem) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooBig(fieldName, maxBytes);
    if (code === 'FST_FILES_LIMIT') throw fieldError(fieldName, 'oneFile', `Un seul fichier par envoi, dans le champ « ${fieldName} ».`);
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw new Problem(Problems.malformedBody, 'Le formulaire compte trop de champs.');
    // Cut short before its closing boundary, or not multipart inside: nothing of it is kept.
    throw new Problem(Problems.malformedBody, 'Le formulaire multipart est illisible ou incomplet.');
  }
  if (!file) throw fieldError(fieldName, 'isDefined', `Joignez un fichier dans le champ « ${fieldName} ».`);
  // Form fields skip the validation pipe: the same refusal of text the database cannot store, naming the field.
  refuseBadText(fields);
  const upload = { fieldName, fileName: file.fileName, content: file.content, fields };
  // An upload sent with an `Idempotency-Key` is bound to this file: the same key with another file is refused.
  recordUploadDigest(request, uploadDigest(upload));
  return upload;
}

function fieldError(field: string, code: string, message: string): Problem {
  return validationProblem([{ field, code, message }]);
}

// A 400 naming the field, like any other invalid field of the form; 413 stays for a whole body over the limit.
function tooBig(fieldName: string, maxBytes: number): Problem {
  return fieldError(fieldName, 'maxFileSize', `Le fichier « ${fieldName} » dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo (${maxBytes} octets au plus).`);
}

/**
 * Documents an upload route's multipart body in the OpenAPI document (the file field, and the text
 * fields sent with it), so schema-driven clients and fuzzers see it like any JSON body.
 */
export interface UploadField {
  description: string;
  maxLength: number;
  required?: boolean;
}

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
