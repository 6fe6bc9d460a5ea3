import fs from 'node:fs';
import zlib from 'node:zlib';
import { AppError } from '../../http/app-error';

/** Limits an uploaded xlsx must stay within before any reader inflates it. */
export const XLSX_LIMITS = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
  /** Ratios of entries smaller than this say nothing (a 10 KB run of spaces compresses 300:1). */
  ratioFloorBytes: 64 * 1024,
};
export type XlsxLimits = typeof XLSX_LIMITS;

export type XlsxRefusal =
  | 'fileSize'
  | 'notZip'
  | 'multiDisk'
  | 'zip64'
  | 'entries'
  | 'encrypted'
  | 'method'
  | 'entrySize'
  | 'totalSize'
  | 'ratio'
  | 'layout'
  | 'sizeMismatch'
  | 'corrupt'
  | 'rows';

const REASONS: Record<XlsxRefusal, { zh: string; en: string }> = {
  fileSize: { zh: '文件超过 20 MB', en: 'the file is larger than 20 MB' },
  notZip: { zh: '不是有效的 xlsx（ZIP）文件', en: 'not a valid xlsx (ZIP) file' },
  multiDisk: { zh: '不支持分卷 ZIP', en: 'multi-part ZIP files are not supported' },
  zip64: { zh: '不支持 ZIP64 格式', en: 'ZIP64 files are not supported' },
  entries: { zh: '压缩包内文件数超过 2000 个', en: 'more than 2,000 entries in the archive' },
  encrypted: { zh: '文件已加密', en: 'the file is encrypted' },
  method: { zh: '不支持的压缩方式', en: 'unsupported compression method' },
  entrySize: { zh: '单个部件解压后超过 100 MB', en: 'one part inflates to more than 100 MB' },
  totalSize: { zh: '解压后总大小超过 200 MB', en: 'the parts inflate to more than 200 MB in total' },
  ratio: { zh: '压缩比超过 200:1（疑似压缩炸弹）', en: 'compression ratio above 200:1 (likely a zip bomb)' },
  layout: { zh: '压缩包结构异常', en: 'the archive layout is inconsistent' },
  sizeMismatch: {
    zh: '实际解压大小超过声明大小（疑似压缩炸弹）',
    en: 'a part inflates beyond its declared size (likely a zip bomb)',
  },
  corrupt: { zh: '文件已损坏或无法读取', en: 'the file is damaged or cannot be read' },
  rows: { zh: '数据行数超过上限', en: 'too many data rows' },
};

/** The refusal every check throws: XLSX_REFUSED with the limit by name, in zh and en. */
export function xlsxRefused(limit: XlsxRefusal, extra: Record<string, unknown> = {}): AppError {
  return new AppError('XLSX_REFUSED', { limit, ...REASONS[limit], ...extra });
}

/** One central-directory record: what the archive claims about an entry. */
export type ZipEntry = {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
};

const SIG = {
  eocd: 0x06054b50,
  zip64Locator: 0x07064b50,
  central: 0x02014b50,
  local: 0x04034b50,
  descriptor: 0x08074b50,
} as const;
const MAX32 = 0xffffffff;

async function readAt(fh: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead !== length) throw xlsxRefused('corrupt');
  return buf;
}

/** Finds the end-of-central-directory record in the file's last 64 KiB and returns where the directory lies. */
async function readEocd(fh: fs.promises.FileHandle, size: number, limits: XlsxLimits) {
  const tailLen = Math.min(size, 22 + 0xffff);
  const tail = await readAt(fh, size - tailLen, tailLen);
  let at = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG.eocd && i + 22 + tail.readUInt16LE(i + 20) === tailLen) {
      at = i;
      break;
    }
  }
  if (at < 0) throw xlsxRefused('notZip');
  if (at >= 20 && tail.readUInt32LE(at - 20) === SIG.zip64Locator) throw xlsxRefused('zip64');
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  const onDisk = tail.readUInt16LE(at + 8);
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) throw xlsxRefused('zip64');
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw xlsxRefused('multiDisk');
  if (count > limits.maxEntries) throw xlsxRefused('entries', { max: limits.maxEntries, actual: count });
  const eocdOffset = size - tailLen + at;
  if (cdOffset + cdSize > eocdOffset) throw xlsxRefused('corrupt');
  return { count, cdSize, cdOffset };
}

function hasZip64Extra(extra: Buffer): boolean {
  for (let i = 0; i + 4 <= extra.length; i += 4 + extra.readUInt16LE(i + 2))
    if (extra.readUInt16LE(i) === 0x0001) return true;
  return false;
}

/** Parses the central directory and applies the count, size and ratio limits to what each entry declares. */
function parseCentralDirectory(cd: Buffer, count: number, limits: XlsxLimits): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG.central) throw xlsxRefused('corrupt');
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) throw xlsxRefused('corrupt');
    const e: ZipEntry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    if (e.compressedSize === MAX32 || e.uncompressedSize === MAX32 || e.localOffset === MAX32 || hasZip64Extra(extra))
      throw xlsxRefused('zip64', { entry: e.name });
    if (e.flags & 0x1) throw xlsxRefused('encrypted', { entry: e.name });
    if (e.method !== 0 && e.method !== 8) throw xlsxRefused('method', { entry: e.name, method: e.method });
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) throw xlsxRefused('corrupt', { entry: e.name });
    if (e.uncompressedSize > limits.maxEntryUncompressed)
      throw xlsxRefused('entrySize', { entry: e.name, max: limits.maxEntryUncompressed, actual: e.uncompressedSize });
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
      throw xlsxRefused('ratio', { entry: e.name, max: limits.maxRatio, actual: Math.round(ratio) });
    total += e.uncompressedSize;
    if (total > limits.maxTotalUncompressed) throw xlsxRefused('totalSize', { max: limits.maxTotalUncompressed });
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * A sequential reader (exceljs reads local headers front to back) must see exactly the entries the directory lists:
 * each local header matches its record and entries follow each other without gaps up to the directory.
 */
async function checkLayout(
  fh: fs.promises.FileHandle,
  entries: ZipEntry[],
  cdOffset: number,
): Promise<Map<ZipEntry, number>> {
  const dataStart = new Map<ZipEntry, number>();
  let expected = 0;
  for (const e of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    if (e.localOffset !== expected) throw xlsxRefused('layout', { entry: e.name });
    const h = await readAt(fh, e.localOffset, 30);
    if (h.readUInt32LE(0) !== SIG.local || h.readUInt16LE(8) !== e.method)
      throw xlsxRefused('layout', { entry: e.name });
    const nameLen = h.readUInt16LE(26);
    const extraLen = h.readUInt16LE(28);
    const hasDescriptor = (h.readUInt16LE(6) & 0x8) !== 0;
    if (!hasDescriptor && (h.readUInt32LE(18) !== e.compressedSize || h.readUInt32LE(22) !== e.uncompressedSize))
      throw xlsxRefused('layout', { entry: e.name });
    if ((await readAt(fh, e.localOffset + 30, nameLen)).toString('utf8') !== e.name)
      throw xlsxRefused('layout', { entry: e.name });
    const start = e.localOffset + 30 + nameLen + extraLen;
    dataStart.set(e, start);
    expected = start + e.compressedSize;
    if (hasDescriptor) {
      if (expected + 12 > cdOffset) throw xlsxRefused('layout', { entry: e.name });
      expected += (await readAt(fh, expected, 4)).readUInt32LE(0) === SIG.descriptor ? 16 : 12;
    }
  }
  if (expected !== cdOffset) throw xlsxRefused('layout');
  return dataStart;
}

/** Inflates one entry into nothing, counting bytes: stops as soon as it passes its declared size. */
async function inflatedSize(path: string, start: number, e: ZipEntry): Promise<number> {
  if (e.method === 0 || e.compressedSize === 0) return e.compressedSize;
  const input = fs.createReadStream(path, { start, end: start + e.compressedSize - 1 });
  const inflate = zlib.createInflateRaw();
  input.pipe(inflate);
  let n = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      n += chunk.length;
      if (n > e.uncompressedSize) throw xlsxRefused('sizeMismatch', { entry: e.name, declared: e.uncompressedSize });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw xlsxRefused('corrupt', { entry: e.name });
  } finally {
    input.destroy();
    inflate.destroy();
  }
  return n;
}

/** An entry the directory lists, with where its data starts in the file. */
export type ZipEntryAt = ZipEntry & { dataStart: number };

/**
 * Reads an xlsx's ZIP directory and applies every limit that needs no inflating: file size, entry count, declared
 * sizes and ratios (ZIP64 refused), and the local headers' agreement with the directory. Throws XLSX_REFUSED.
 */
export async function readDirectory(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<ZipEntryAt[]> {
  const size = (await fs.promises.stat(path)).size;
  if (size > limits.maxFileBytes) throw xlsxRefused('fileSize', { max: limits.maxFileBytes, actual: size });
  if (size < 22) throw xlsxRefused('notZip');
  const fh = await fs.promises.open(path, 'r');
  try {
    const { count, cdSize, cdOffset } = await readEocd(fh, size, limits);
    const entries = parseCentralDirectory(await readAt(fh, cdOffset, cdSize), count, limits);
    const starts = await checkLayout(fh, entries, cdOffset);
    return entries.map((e) => ({ ...e, dataStart: starts.get(e)! }));
  } finally {
    await fh.close();
  }
}

/**
 * Checks an uploaded xlsx from its bytes on disk before any reader inflates it: the directory (readDirectory), then
 * that no entry inflates beyond what it declares (output counted and discarded, never held).
 * Throws XLSX_REFUSED naming the limit.
 */
export async function checkXlsx(
  path: string,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<{ entries: number; uncompressedBytes: number }> {
  const entries = await readDirectory(path, limits);
  let total = 0;
  for (const e of entries) {
    const n = await inflatedSize(path, e.dataStart, e);
    if (n !== e.uncompressedSize) throw xlsxRefused('corrupt', { entry: e.name });
    total += n;
  }
  return { entries: entries.length, uncompressedBytes: total };
}
