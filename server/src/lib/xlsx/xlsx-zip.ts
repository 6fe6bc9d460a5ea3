import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { readDirectory, xlsxRefused, type ZipEntryAt } from './xlsx-guard';

/** The entries of an xlsx whose directory passed the guard's limits, by name. */
export type Archive = { path: string; entries: Map<string, ZipEntryAt> };

const CHUNK = 64 * 1024;

/** Opens an xlsx for reading its parts one by one (the directory is checked again: the file may have been swapped). */
export async function openArchive(path: string): Promise<Archive> {
  const entries = new Map<string, ZipEntryAt>();
  for (const e of await readDirectory(path)) entries.set(e.name, e);
  return { path, entries };
}

/** The entry of that name (or, failing that, the one whose name matches ignoring case), if any. */
export function findEntry(archive: Archive, name: string): ZipEntryAt | undefined {
  const exact = archive.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [n, e] of archive.entries) if (n.toLowerCase() === lower) return e;
  return undefined;
}

/**
 * One entry's text, inflated and decoded as UTF-8 a chunk at a time (a character split between two chunks stays
 * whole). Inflating stops with XLSX_REFUSED as soon as the output passes the size the directory declared.
 */
export async function* entryText(archive: Archive, e: ZipEntryAt): AsyncGenerator<string> {
  if (e.compressedSize === 0) return;
  const input = fs.createReadStream(archive.path, {
    start: e.dataStart,
    end: e.dataStart + e.compressedSize - 1,
    highWaterMark: CHUNK,
  });
  const source = e.method === 0 ? input : input.pipe(zlib.createInflateRaw({ chunkSize: CHUNK }));
  const decoder = new StringDecoder('utf8');
  let n = 0;
  let first = true;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      n += chunk.length;
      if (n > e.uncompressedSize) throw xlsxRefused('sizeMismatch', { entry: e.name, declared: e.uncompressedSize });
      let s = decoder.write(chunk);
      if (first && s.charCodeAt(0) === 0xfeff) s = s.slice(1); // a byte-order mark
      first = false;
      if (s) yield s;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  } finally {
    input.destroy();
    if (source !== input) (source as zlib.InflateRaw).destroy();
  }
}
