import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { AppError } from '../../http/app-error';

export const ALLOWED_MIME = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type StoredFile = { hash: string; size: number; mime: string; path: string };

/** Recognises a file by its first bytes, not by its name or the client's claim. */
export function sniffMime(head: Buffer): string | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return ALLOWED_MIME.pdf;
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return ALLOWED_MIME.png;
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return ALLOWED_MIME.jpeg;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return ALLOWED_MIME.xlsx;
  return null;
}

export function filePath(dataDir: string, hash: string): string {
  return path.join(dataDir, 'files', hash.slice(0, 2), hash);
}

/** An upload written to a private temp file while it was hashed and measured; its type sniffed from its first bytes. */
export type Spooled = { path: string; hash: string; size: number; mime: string | null };

/**
 * Streams an upload to a private temp file (the caller removes it), hashing it; over `maxBytes` it stops at once with
 * PAYLOAD_TOO_LARGE, as it does when the multipart limit cut the stream (marked truncated).
 */
export async function spool(dataDir: string, stream: Readable, maxBytes: number): Promise<Spooled> {
  const tmpDir = path.join(dataDir, 'files', 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, crypto.randomUUID());
  const hash = crypto.createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  try {
    await pipeline(
      stream,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes });
          if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16)]);
          hash.update(chunk);
          yield chunk;
        }
      },
      fs.createWriteStream(tmp, { mode: 0o600 }),
    );
    if ((stream as Readable & { truncated?: boolean }).truncated) throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes });
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return { path: tmp, hash: hash.digest('hex'), size, mime: size ? sniffMime(head) : null };
}

/** Why a spooled upload is refused: a type outside `allowed` (an empty file has none), or null when it is accepted. */
export function refusal(s: Spooled, allowed: readonly string[]): AppError | null {
  if (!s.mime || !allowed.includes(s.mime)) return new AppError('UNSUPPORTED_MEDIA_TYPE', { allowed });
  return null;
}

/**
 * Streams an upload into the store while hashing it; refuses types outside `allowed` and sizes over `maxBytes`.
 * The file lands under its content hash, written to a temp name first so a crash leaves no half file.
 */
export async function storeStream(
  dataDir: string,
  stream: Readable,
  allowed: readonly string[],
  maxBytes: number,
): Promise<StoredFile> {
  const s = await spool(dataDir, stream, maxBytes);
  try {
    const refused = refusal(s, allowed);
    if (refused) throw refused;
    const dest = filePath(dataDir, s.hash);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.renameSync(s.path, dest);
    return { hash: s.hash, size: s.size, mime: s.mime!, path: dest };
  } finally {
    fs.rmSync(s.path, { force: true });
  }
}

/** Writes a generated buffer (e.g. a rejects report) under its hash. */
export function storeBuffer(dataDir: string, buf: Buffer, mime: string): StoredFile {
  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  const dest = filePath(dataDir, digest);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  if (!fs.existsSync(dest)) {
    const tmp = `${dest}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, buf, { mode: 0o600 });
    fs.renameSync(tmp, dest);
  }
  return { hash: digest, size: buf.length, mime, path: dest };
}
