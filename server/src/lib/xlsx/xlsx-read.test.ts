import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../../test/fixtures/zip';
import { cellDate, cellText, openXlsx, readFirstSheet, type SheetRow } from './xlsx-read';
import { XmlScanner, type XmlHandler } from './xlsx-xml';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (buf: Buffer) => {
  const p = path.join(dir, `f${n++}.xlsx`);
  fs.writeFileSync(p, buf);
  return p;
};
async function rows(p: string, sheet = 0): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of (await openXlsx(p)).rows(sheet)) out.push(r);
  return out;
}
const deflated = (name: string, xml: string) => {
  const data = Buffer.from(xml, 'utf8');
  return { name, data: zlib.deflateRawSync(data), uncompressedSize: data.length };
};
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** A workbook as another writer might make it: the parts given, with package and workbook relationships. */
function handMade(parts: { sheet: string; strings?: string; styles?: string; workbookPr?: string; prefix?: string }) {
  const x = parts.prefix ? `${parts.prefix}:` : '';
  const ns = parts.prefix ? `xmlns:${parts.prefix}` : 'xmlns';
  return buildZip([
    deflated(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/book.xml"/></Relationships>`,
    ),
    deflated(
      'xl/book.xml',
      `<?xml version="1.0"?><${x}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">${parts.workbookPr ?? ''}<${x}sheets><${x}sheet name="数据 &amp; Data" sheetId="1" r:id="s1"/></${x}sheets></${x}workbook>`,
    ),
    deflated(
      'xl/_rels/book.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="sheets/one.xml"/><Relationship Id="s2" Type="${REL}/sharedStrings" Target="strings.xml"/><Relationship Id="s3" Type="${REL}/styles" Target="../xl/styles.xml"/></Relationships>`,
    ),
    deflated('xl/sheets/one.xml', parts.sheet),
    ...(parts.strings ? [deflated('xl/strings.xml', parts.strings)] : []),
    ...(parts.styles ? [deflated('xl/styles.xml', parts.styles)] : []),
  ]);
}

describe('xlsx reader', () => {
  it('reads what exceljs writes: shared and rich text, numbers, dates, booleans, formula results, gaps, several sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('第一');
    ws.addRow([
      '文本',
      12.5,
      new Date(Date.UTC(2019, 4, 1)),
      true,
      { formula: 'B1*2', result: 25 },
      { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] },
    ]);
    ws.getCell('C1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A3').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('D3').value = { error: '#N/A' };
    ws.getCell('E3').value = '62102220000101000X';
    wb.addWorksheet('第二').addRow(['b']);
    const p = write(Buffer.from(await wb.xlsx.writeBuffer()));
    const book = await openXlsx(p);
    expect(book.sheetNames).toEqual(['第一', '第二']);
    expect(await rows(p)).toEqual([
      { number: 1, cells: ['文本', 12.5, new Date(Date.UTC(2019, 4, 1)), true, 25, '富文本'] },
      { number: 3, cells: ['链接', null, null, null, '62102220000101000X'] },
    ]);
    expect(await rows(p, 1)).toEqual([{ number: 1, cells: ['b'] }]);
  });

  it('reads what LibreOffice writes (sheet before shared strings, date cells by number format, codes as numbers)', async () => {
    const got: SheetRow[] = [];
    for await (const r of readFirstSheet(
      path.join(import.meta.dirname, '../../../test/fixtures/pairings-libreoffice.xlsx'),
    ))
      got.push(r);
    expect(got[0]!.cells.slice(0, 3)).toEqual(['结对类型', '东部单位', '东部区划编码']);
    expect(got[1]!.cells).toEqual([
      '其他结对',
      '区科技局',
      null,
      null,
      '621022100',
      new Date(Date.UTC(2020, 2, 1)),
      null,
      '进行中',
      '科技特派员驻镇',
    ]);
    expect(got[3]!.cells[2]).toBe(120104001);
  });

  it('reads prefixed elements, cells and rows without references, runs, phonetic hints, escapes and the 1904 date system', async () => {
    const x = 'x';
    const p = write(
      handMade({
        prefix: x,
        workbookPr: `<x:workbookPr date1904="1"/>`,
        strings: `<x:sst xmlns:x="s"><x:si><x:r><x:t>东</x:t></x:r><x:r><x:rPr/><x:t xml:space="preserve"> 西</x:t></x:r><x:rPh><x:t>とう</x:t></x:rPh></x:si><x:si><x:t>a&amp;b&#x4E2D;_x000D_</x:t></x:si><x:si/></x:sst>`,
        styles: `<x:styleSheet xmlns:x="s"><x:numFmts><x:numFmt numFmtId="170" formatCode="&quot;年&quot;yyyy\\-mm"/><x:numFmt numFmtId="171" formatCode="0.00&quot;d&quot;"/></x:numFmts><x:cellStyleXfs><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="171"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
        sheet:
          `<?xml version="1.0" encoding="UTF-8"?><!-- a comment --><x:worksheet xmlns:x="s"><x:sheetData>` +
          `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t='s' s="0"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>` +
          `<x:row r="4" spans="1:9"><x:c r="B4" s="1"><x:v>0</x:v></x:c><x:c r="C4" s="2"><x:v>1.5</x:v></x:c><x:c r="D4" s="3"><x:v>1</x:v></x:c>` +
          `<x:c r="E4" t="inlineStr"><x:is><x:r><x:t>内</x:t></x:r><x:r><x:t>联</x:t></x:r></x:is></x:c><x:c r="F4" t="d"><x:v>2019-05-01</x:v></x:c>` +
          `<x:c r="G4" t="str"><x:f>A1&amp;"x"</x:f><x:v>&lt;=&gt;</x:v></x:c><x:c r="H4" t="b"><x:v>0</x:v></x:c><x:c r="I4" t="e"><x:v>#REF!</x:v></x:c><x:c r="J4"/></x:row>` +
          `<x:row r="5"/></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`,
      }),
    );
    expect((await openXlsx(p)).sheetNames).toEqual(['数据 & Data']);
    expect(await rows(p)).toEqual([
      { number: 1, cells: ['东 西', 'a&b中\r', ''] },
      {
        number: 4,
        cells: [
          null,
          new Date(Date.UTC(1904, 0, 1)),
          1.5,
          new Date(Date.UTC(1904, 0, 2)),
          '内联',
          new Date(Date.UTC(2019, 4, 1)),
          '<=>',
          false,
        ],
      },
    ]);
  });

  it('tokenizes the same whether a document arrives whole or a character at a time', () => {
    const xml = `<?xml version="1.0"?><a x="1>2" y='&quot;'><!-- <b> --><b>t&amp;u<![CDATA[<v&>]]></b><c/></a>`;
    const trace = (chunks: string[]) => {
      const out: string[] = [];
      const h: XmlHandler = {
        capturing: true,
        open: (name, tag, self) => void out.push(`[${name} x=${tag.get('x')} y=${tag.get('y')}${self ? '/' : ''}]`),
        close: (name) => void out.push(`[/${name}]`),
        text: (raw) => void out.push(raw),
      };
      const s = new XmlScanner(h);
      for (const c of chunks) s.write(c);
      s.end();
      return out.join('');
    };
    expect(trace([...xml])).toBe(trace([xml]));
    expect(trace([xml])).toBe(
      '[a x=1>2 y="][b x=undefined y=undefined]t&amp;u&lt;v&amp;>[/b][c x=undefined y=undefined/][/a]',
    );
  });

  it('refuses a part that inflates beyond its declared size, broken markup and a DTD, as XLSX_REFUSED', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>${'a'.repeat(5000)}</t></is></c></row></sheetData></worksheet>`;
    const lying = handMade({ sheet });
    const at = lying.indexOf(Buffer.from('xl/sheets/one.xml'));
    // shrink the size the sheet's local header and directory record declare
    for (const off of [at - 30 + 22, lying.lastIndexOf(Buffer.from('xl/sheets/one.xml')) - 46 + 24])
      lying.writeUInt32LE(100, off);
    const refusal = async (p: string) => {
      try {
        await rows(p);
      } catch (err) {
        return (err as { code: string; details: { limit: string } }).details.limit;
      }
      return 'read';
    };
    expect(await refusal(write(lying))).toBe('sizeMismatch');
    expect(
      await refusal(
        write(handMade({ sheet: '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData' })),
      ),
    ).toBe('corrupt');
    expect(await refusal(write(handMade({ sheet: '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>' })))).toBe('corrupt');
  });
});

describe('cell values as fields', () => {
  it('reads text trimmed, unescaped, and whole numbers without an exponent', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('  环县 ')).toBe('环县');
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText(623027100001)).toBe('623027100001');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2019, 8, 30)))).toBe('2019-09-30');
  });

  it('reads dates from Excel dates, serial numbers and text, and tells a day not on the calendar', () => {
    expect(cellDate(null)).toBeNull();
    expect(cellDate(' ')).toBeNull();
    expect(cellDate(new Date(Date.UTC(2019, 8, 30)))).toBe('2019-09-30');
    expect(cellDate(43738)).toBe('2019-09-30');
    expect(cellDate('2019/9/30')).toBe('2019-09-30');
    expect(cellDate('2019.09.30')).toBe('2019-09-30');
    expect(cellDate('2019-02-29')).toBe('invalid');
    expect(cellDate(43738.5)).toBe('invalid');
    expect(cellDate('下周一')).toBe('invalid');
  });
});
