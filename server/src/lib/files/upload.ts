import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error';
import { ALLOWED_MIME, spool, storeStream, type Spooled, type StoredFile } from './file-store';

/** Every upload route's limit; the multipart plugin cuts a longer file at the same size (app.ts). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Evidence a person attaches: signed papers and photos; `withXlsx` adds spreadsheets (answers to orders, scores). */
export const EVIDENCE_TYPES = [ALLOWED_MIME.pdf, ALLOWED_MIME.png, ALLOWED_MIME.jpeg] as const;
export const EVIDENCE_TYPES_WITH_XLSX = [...EVIDENCE_TYPES, ALLOWED_MIME.xlsx] as const;

/** A file a client sent: the name it gave, the bytes still streaming, and the text fields sent before it. */
export type Upload = { filename: string; stream: Readable; fields: Record<string, string> };

/**
 * The one file of a multipart request, in the field "file" (415 when the request is not multipart, 400 when the field
 * is missing). Text fields must come before the file to be read; their values are trimmed.
 */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  const part = await req.file();
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw new AppError('BAD_REQUEST', { reason: 'multipart field "file" is missing' });
  }
  const fields: Record<string, string> = {};
  for (const [name, f] of Object.entries(part.fields))
    if (f && !Array.isArray(f) && f.type === 'field') fields[name] = String(f.value).trim();
  return { filename: part.filename, stream: part.file, fields };
}

/** Reads and discards a refused upload so the client gets its answer instead of a stalled request. */
export const drain = (u: Pick<Upload, 'stream'>) => void u.stream.resume();

/**
 * Runs the checks that decide whether an upload may be stored at all (the caller may act on the owner, the owner
 * is open); when they throw, the upload is drained before the error answers.
 */
export async function guard<T>(u: Pick<Upload, 'stream'>, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (err) {
    drain(u);
    throw err;
  }
}

/** Stores an upload under its content hash once its first bytes show one of `allowed` (≤ MAX_UPLOAD_BYTES). */
export const storeUpload = (dataDir: string, u: Upload, allowed: readonly string[]): Promise<StoredFile> =>
  storeStream(dataDir, u.stream, allowed, MAX_UPLOAD_BYTES);

/** Spools an upload to a private temp file (the caller removes it), for imports that read it and keep nothing. */
export const spoolUpload = (dataDir: string, u: Upload): Promise<Spooled> => spool(dataDir, u.stream, MAX_UPLOAD_BYTES);
