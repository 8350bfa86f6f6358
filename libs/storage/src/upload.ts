import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Problem, Problems, validationProblem } from '@iae/core';

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
  return { fieldName, fileName: part.filename, content, fields };
}
