import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** Sends a stored file as an attachment: never cached, since most hold personal data. */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; content: Buffer }): StreamableFile {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  reply.header('cache-control', 'private, no-store');
  return new StreamableFile(file.content);
}
