import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../http/app-error';
import { filePath } from './file-store';

// RFC 5987 attr-char: what may stand unencoded in filename*; encodeURIComponent also leaves ' ( ) * ! unencoded
const RFC5987_EXTRA = /['()*]/g;

/**
 * A Content-Disposition header (RFC 6266): the name in UTF-8 as `filename*` (RFC 5987 encoding), which every current
 * browser reads, after a plain ASCII `filename` for clients that do not (non-ASCII and quote characters become _).
 */
export function contentDisposition(filename: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    RFC5987_EXTRA,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file for download: its type, its name, the bytes (a buffer, or a stream with its length when known). */
export type Download = {
  mime: string;
  filename: string;
  body: Buffer | Readable;
  size?: number;
  inline?: boolean;
};

/** The one download reply: type, length when known, the file name, and nosniff so a browser never guesses a type. */
export function sendDownload(reply: FastifyReply, d: Download) {
  reply
    .type(d.mime)
    .header('content-disposition', contentDisposition(d.filename, d.inline ? 'inline' : 'attachment'))
    .header('x-content-type-options', 'nosniff');
  const size = d.size ?? (Buffer.isBuffer(d.body) ? d.body.length : undefined);
  if (size !== undefined) reply.header('content-length', size);
  return reply.send(d.body);
}

/** A stored file (by content hash) as a download; 404 when its bytes are gone. */
export function storedDownload(dataDir: string, f: { hash: string; mime: string; filename: string }): Download {
  const p = filePath(dataDir, f.hash);
  if (!fs.existsSync(p)) throw new AppError('NOT_FOUND');
  return { mime: f.mime, filename: f.filename, body: fs.createReadStream(p), size: fs.statSync(p).size };
}
