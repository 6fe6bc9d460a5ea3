import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AppError } from '../../http/app-error';

/** The one file of a multipart upload (field "file"); 415 when the request is not multipart. */
export async function uploadedFile(req: FastifyRequest): Promise<{ filename: string; file: Readable }> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  const part = await req.file();
  if (!part) throw new AppError('BAD_REQUEST', { reason: 'multipart field "file" is missing' });
  return { filename: part.filename, file: part.file };
}

/** Sends a stored file as a download with its name, type and length. */
export function sendDownload(
  reply: FastifyReply,
  f: { filename: string; mime: string; size: number; stream: Readable },
) {
  return reply
    .type(f.mime)
    .header('content-length', f.size)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
    .header('x-content-type-options', 'nosniff')
    .send(f.stream);
}
