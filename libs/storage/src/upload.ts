import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { MultipartFile } from '@fastify/multipart';
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
 * Reads the one file of a multipart/form-data request, refusing anything bigger than `maxBytes`
 * with a 400 naming the field. Checking what the file really is comes after (FilesService).
 */
export async function readUpload(request: FastifyRequest, fieldName: string, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new Problem(Problems.unsupportedMediaType, `Envoyez le fichier en multipart/form-data, dans le champ « ${fieldName} ».`);
  }
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 10_000 } });
  } catch {
    throw new Problem(Problems.malformedBody, 'Le formulaire multipart est illisible.');
  }
  if (!part) throw validationProblem([{ field: fieldName, code: 'isDefined', message: `Joignez un fichier dans le champ « ${fieldName} ».` }]);
  if (part.fieldname !== fieldName) {
    part.file.resume();
    throw validationProblem([{ field: part.fieldname, code: 'unknownField', message: `Le fichier doit être envoyé dans le champ « ${fieldName} ».` }]);
  }
  const content = await part.toBuffer().catch(() => null);
  if (!content || part.file.truncated) {
    // A 400 naming the field, like any other invalid field of the form; 413 stays for a whole body over the limit.
    throw validationProblem([
      {
        field: fieldName,
        code: 'maxFileSize',
        message: `Le fichier « ${fieldName} » dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo (${maxBytes} octets au plus).`,
      },
    ]);
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const field = Array.isArray(value) ? value[0] : value;
    if (field && field.type === 'field' && name !== fieldName) fields[name] = String(field.value);
  }
  // Form fields skip the validation pipe: the same refusal of text the database cannot store, naming the field.
  refuseBadText(fields);
  const upload = { fieldName, fileName: part.filename, content, fields };
  // An upload sent with an `Idempotency-Key` is bound to this file: the same key with another file is refused.
  recordUploadDigest(request, uploadDigest(upload));
  return upload;
}

/**
 * Documents an upload route's multipart body in the OpenAPI document (the file field, and the text
 * fields sent with it), so schema-driven clients and fuzzers see it like any JSON body.
 */
export function ApiUpload(options: { field?: string; types?: string; fields?: Record<string, string> } = {}): MethodDecorator {
  const field = options.field ?? 'file';
  const properties: Record<string, SchemaObject> = {
    [field]: { type: 'string', format: 'binary', description: `Le fichier (${options.types ?? 'PDF, JPEG ou PNG'}), vérifié d’après son contenu.` },
  };
  for (const [name, description] of Object.entries(options.fields ?? {})) properties[name] = { type: 'string', description, maxLength: 10_000 };
  return applyDecorators(ApiConsumes('multipart/form-data'), ApiBody({ required: true, schema: { type: 'object', required: [field], properties } }));
}
