import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error';
import { contentDisposition } from './download';
import { ALLOWED_MIME, filePath, refusal, sniffMime, spool, storeStream } from './file-store';
import { guard } from './upload';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiezuo-files-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const streamOf = (...chunks: Buffer[]) => Readable.from(chunks);
const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as AppError).code;
const tmpFiles = () => fs.readdirSync(path.join(dataDir, 'files', 'tmp'));

describe('download file names (RFC 6266 with an RFC 5987 UTF-8 name)', () => {
  it('gives an ASCII fallback and the UTF-8 name, percent-encoding what attr-char does not allow', () => {
    expect(contentDisposition('签到表.png')).toBe(
      `attachment; filename="___.png"; filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8.png`,
    );
    expect(contentDisposition(`report (1) it's*.pdf`)).toBe(
      `attachment; filename="report (1) it's*.pdf"; filename*=UTF-8''report%20%281%29%20it%27s%2A.pdf`,
    );
    expect(contentDisposition('a"b\\c.html', 'inline')).toBe(
      `inline; filename="a_b_c.html"; filename*=UTF-8''a%22b%5Cc.html`,
    );
    const name = `2019年度考核结果.xlsx`;
    expect(decodeURIComponent(contentDisposition(name).split("''")[1]!)).toBe(name);
  });
});

describe('uploads are judged by their bytes, within a size', () => {
  it('recognises PDF, PNG, JPEG and xlsx by their first bytes, and nothing else', () => {
    expect(sniffMime(PDF)).toBe(ALLOWED_MIME.pdf);
    expect(sniffMime(PNG)).toBe(ALLOWED_MIME.png);
    expect(sniffMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(ALLOWED_MIME.jpeg);
    expect(sniffMime(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(ALLOWED_MIME.xlsx);
    expect(sniffMime(Buffer.from('MZ\x90\x00 an exe'))).toBeNull();
  });

  it('stores an accepted file once under its hash, split across chunks', async () => {
    const stored = await storeStream(dataDir, streamOf(PNG.subarray(0, 3), PNG.subarray(3)), [ALLOWED_MIME.png], 1024);
    expect(stored).toMatchObject({ mime: ALLOWED_MIME.png, size: PNG.length, path: filePath(dataDir, stored.hash) });
    expect(fs.readFileSync(stored.path).equals(PNG)).toBe(true);
    expect(tmpFiles()).toEqual([]);
  });

  it('refuses a type outside the allowed ones, an empty file and an oversized one, leaving nothing behind', async () => {
    expect(await codeOf(storeStream(dataDir, streamOf(PDF), [ALLOWED_MIME.png], 1024))).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await codeOf(storeStream(dataDir, streamOf(Buffer.alloc(0)), [ALLOWED_MIME.png], 1024))).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(await codeOf(storeStream(dataDir, streamOf(PNG, PNG), [ALLOWED_MIME.png], PNG.length + 1))).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(tmpFiles()).toEqual([]);
  });

  it('spools for a reader that keeps nothing: hash and type known, the refusal decided by the caller', async () => {
    const s = await spool(dataDir, streamOf(PDF), 1024);
    expect(s).toMatchObject({ size: PDF.length, mime: ALLOWED_MIME.pdf });
    expect(refusal(s, [ALLOWED_MIME.pdf])).toBeNull();
    expect(refusal(s, [ALLOWED_MIME.xlsx])?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    fs.rmSync(s.path);
  });
});

describe('a refused upload', () => {
  it('is read to its end, so the client gets the answer instead of a stalled request', async () => {
    const stream = streamOf(PNG, PNG, PNG);
    const ended = new Promise((resolve) => stream.once('end', resolve));
    const refused = guard({ stream }, () => {
      throw new AppError('FORBIDDEN');
    });
    expect(await codeOf(refused)).toBe('FORBIDDEN');
    await ended;
    expect(stream.readableEnded).toBe(true);
  });

  it('is left alone when the checks pass', async () => {
    const stream = streamOf(PNG);
    expect(await guard({ stream }, async () => 'open')).toBe('open');
    expect(stream.readableFlowing).toBeNull();
  });
});
