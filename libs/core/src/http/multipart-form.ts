import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';

/** A multipart form read to its end: its file parts (the first kept, the others drained) and its text fields in order. */
export interface MultipartForm {
  files: Array<{ fieldName: string; fileName: string | undefined; content: Buffer | null; truncated: boolean }>;
  fields: Array<[string, string]>;
  /** Why the form could not be read to its end (too many parts, cut short, not multipart inside); null when it was. */
  unreadable: 'tooManyParts' | 'incomplete' | null;
}

const LIMITS = { files: 5, fields: 50, parts: 60, fieldSize: 10_000 };

/**
 * Reads a whole multipart form, whatever it holds, so that a refusal never leaves part of the body unread (a client
 * still sending would hang until the timeout) and an upload's retry reads exactly what its first attempt read.
 * Only the first file's content is kept, up to `maxBytes` (`truncated` beyond).
 */
export async function readMultipartForm(request: FastifyRequest, maxBytes: number): Promise<MultipartForm> {
  const form: MultipartForm = { files: [], fields: [], unreadable: null };
  try {
    // A file over the limit is cut (`truncated`) and the form read on, rather than the reading stopped.
    const options = { limits: { ...LIMITS, fileSize: maxBytes }, throwFileSizeLimit: false };
    for await (const part of request.parts(options as Parameters<FastifyRequest['parts']>[0])) {
      if (part.type === 'field') {
        form.fields.push([part.fieldname, String(part.value)]);
      } else if (form.files.length > 0) {
        part.file.resume();
        form.files.push({ fieldName: part.fieldname, fileName: part.filename, content: null, truncated: false });
      } else {
        const content = await part.toBuffer();
        form.files.push({ fieldName: part.fieldname, fileName: part.filename, content, truncated: part.file.truncated });
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    form.unreadable = code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT' ? 'tooManyParts' : 'incomplete';
  }
  return form;
}

/** The form's text fields by name, the first value of each (a repeated field is refused by whoever reads the form). */
export function formFields(form: MultipartForm): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.fields) if (!(name in fields)) fields[name] = value;
  return fields;
}
