import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros } from '../../../test/fixtures/zip';
import { checkXlsx } from './xlsx-guard';
import { escapeFormulaText, exportCellValue, setTextCell, unescapeFormulaText } from './xlsx-text';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-guard-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (buf: Buffer) => {
  const p = path.join(dir, `f${n++}.xlsx`);
  fs.writeFileSync(p, buf);
  return p;
};
/** The refusal's details, or a failure when the check passed. */
async function refusal(p: string): Promise<{ limit: string; zh: string; en: string }> {
  try {
    await checkXlsx(p);
  } catch (err) {
    expect((err as { code: string }).code).toBe('XLSX_REFUSED');
    return (err as { details: { limit: string; zh: string; en: string } }).details;
  }
  throw new Error('expected XLSX_REFUSED');
}
const MB = 1 << 20;

describe('xlsx guard: checks the ZIP before anything inflates it', () => {
  it('passes a workbook exceljs wrote and reports its entries', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(['结对类型', 1, new Date()]);
    const res = await checkXlsx(write(Buffer.from(await wb.xlsx.writeBuffer())));
    expect(res.entries).toBeGreaterThan(5);
    expect(res.uncompressedBytes).toBeGreaterThan(1000);
  });

  it('refuses a 3 MB deflate of 3 GB of zeros without the process memory growing', async () => {
    const zeros = deflatedZeros(3 * 1024);
    const p = write(
      buildZip([
        { name: 'xl/worksheets/sheet1.xml', data: zeros.data, crc: zeros.crc, uncompressedSize: 3 * 1024 * MB },
      ]),
    );
    expect(fs.statSync(p).size).toBeLessThan(4 * MB);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const d = await refusal(p);
    const ms = performance.now() - started;
    const grew = (process.memoryUsage().rss - before) / MB;
    expect(d.limit).toBe('entrySize');
    expect(d.zh).toContain('100 MB');
    expect(grew).toBeLessThan(50);
    expect(ms).toBeLessThan(1000);
    console.info(`[bomb 3 GB] refused in ${ms.toFixed(1)} ms, rss +${grew.toFixed(1)} MB`);
  });

  it('refuses an entry whose ratio is above 200:1 even under the size limits', async () => {
    const zeros = deflatedZeros(50);
    expect(
      (
        await refusal(
          write(
            buildZip([{ name: 'xl/sharedStrings.xml', data: zeros.data, crc: zeros.crc, uncompressedSize: 50 * MB }]),
          ),
        )
      ).limit,
    ).toBe('ratio');
  });

  it('refuses a 1 KB file whose directory claims gigabytes, and one over 200 MB in total', async () => {
    const tiny = zlib.deflateRawSync(Buffer.alloc(1000));
    const liar = write(buildZip([{ name: 'xl/worksheets/sheet1.xml', data: tiny, uncompressedSize: 0xfffffffe }]));
    expect(fs.statSync(liar).size).toBeLessThan(1024);
    expect((await refusal(liar)).limit).toBe('entrySize');
    const parts = [1, 2, 3].map((i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data: Buffer.alloc(MB / 2),
      uncompressedSize: 90 * MB,
    }));
    expect((await refusal(write(buildZip(parts)))).limit).toBe('totalSize');
  });

  it('refuses an entry that inflates beyond what it declares, stopping at the declared size', async () => {
    const zeros = deflatedZeros(3 * 1024);
    const p = write(
      buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros.data, crc: zeros.crc, uncompressedSize: 4 * MB }]),
    );
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const d = await refusal(p);
    const ms = performance.now() - started;
    expect(d.limit).toBe('sizeMismatch');
    expect((process.memoryUsage().rss - before) / MB).toBeLessThan(50);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses overlapping entries (the non-recursive zip bomb), too many entries, ZIP64, encryption and non-ZIP files', async () => {
    const body = zlib.deflateRawSync(Buffer.from('<x/>'));
    const overlap = buildZip([
      { name: 'a.xml', data: body, uncompressedSize: 4 },
      { name: 'a.xml', data: body, uncompressedSize: 4, localOffset: 0 },
    ]);
    expect((await refusal(write(overlap))).limit).toBe('layout');
    const many = buildZip(
      Array.from({ length: 2001 }, (_, i) => ({
        name: `e${i}`,
        method: 0 as const,
        data: Buffer.alloc(0),
        uncompressedSize: 0,
      })),
    );
    expect((await refusal(write(many))).limit).toBe('entries');
    expect(
      (await refusal(write(buildZip([{ name: 'a.xml', data: body, uncompressedSize: 4 }], { zip64Locator: true }))))
        .limit,
    ).toBe('zip64');
    const encrypted = buildZip([{ name: 'a.xml', data: body, uncompressedSize: 4 }]);
    encrypted.writeUInt16LE(0x0801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect((await refusal(write(encrypted))).limit).toBe('encrypted');
    expect((await refusal(write(Buffer.from('%PDF-1.4 this is not a zip at all, only text')))).limit).toBe('notZip');
    expect((await refusal(write(Buffer.alloc(21 * MB)))).limit).toBe('fileSize');
  });
});

describe('xlsx text: formula-looking text is shown, never run', () => {
  it('prefixes = + - @ tab and CR with an apostrophe and reads back as a text cell', async () => {
    const risky = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    expect(risky.map(escapeFormulaText).every((s) => s.startsWith("'"))).toBe(true);
    expect(escapeFormulaText('普通备注 = ok')).toBe('普通备注 = ok');
    expect(risky.map((s) => unescapeFormulaText(escapeFormulaText(s)))).toEqual(risky);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    risky.forEach((s, i) => (ws.getCell(i + 1, 1).value = exportCellValue(s)));
    setTextCell(ws.getCell(1, 2), '110101199003070012');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const sheet = back.getWorksheet('x')!;
    risky.forEach((s, i) => {
      const cell = sheet.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${s}`.replace(/\r/g, '\n')); // XML turns a CR into a line feed
      expect(cell.formula).toBeUndefined();
    });
    expect(sheet.getCell(1, 2).value).toBe('110101199003070012');
    expect(sheet.getCell(1, 2).numFmt).toBe('@');
  });
});
