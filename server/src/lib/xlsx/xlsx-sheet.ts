import { decodeCellText, decodeXml, XmlError, XmlScanner, type XmlHandler, type XmlTag } from './xlsx-xml';
import { entryText, findEntry, type Archive } from './xlsx-zip';

/** A cell reduced to a plain value. */
export type Plain = string | number | boolean | Date | null;
/** One worksheet row: its 1-based number and its cells (index 0 = column A), each reduced to a plain value. */
export type SheetRow = { number: number; cells: Plain[] };

/** What a sheet's cells are read with: the sheets in tab order, shared strings, which styles are dates, the date system. */
export type BookParts = {
  sheets: { name: string; path: string }[];
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
};

const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
};

/** Feeds one part through a handler (one that reads only attributes needs no text or close); a missing part is read as empty. */
async function scan(
  archive: Archive,
  name: string | undefined,
  h: XmlHandler | Pick<XmlHandler, 'open'> | Pick<XmlHandler, 'open' | 'close'>,
): Promise<void> {
  const entry = name ? findEntry(archive, name) : undefined;
  if (!entry) return;
  const scanner = new XmlScanner('text' in h ? h : { capturing: false, close: () => {}, text: () => {}, ...h });
  for await (const chunk of entryText(archive, entry)) scanner.write(chunk);
  scanner.end();
}

/** A relationship target as a path inside the archive: absolute ('/xl/…') or relative to the part's folder. */
function resolveTarget(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const p of target.replace(/^\//, '').split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function relationships(archive: Archive, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels: { id: string; type: string; target: string }[] = [];
  await scan(archive, relsPath, {
    open(name, tag) {
      if (name !== 'Relationship' || tag.get('TargetMode') === 'External') return;
      rels.push({
        id: tag.get('Id') ?? '',
        type: tag.get('Type') ?? '',
        target: resolveTarget(part, tag.get('Target') ?? ''),
      });
    },
  });
  return rels;
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30 and the East Asian ones)
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a format code shows a date or time: y, m, d, h, s outside quoted text, colours and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhsYMDHS]/.test(bare.replace(/General/gi, ''));
}

async function readStyles(archive: Archive, path: string | undefined): Promise<boolean[]> {
  const custom = new Map<number, boolean>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  await scan(archive, path, {
    open(name, tag, selfClosing) {
      if (name === 'numFmt') custom.set(Number(tag.get('numFmtId')), isDateFormat(tag.get('formatCode') ?? ''));
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.get('numFmtId') ?? 0);
        dates.push(custom.get(id) ?? BUILTIN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

/** Shared strings, each the text of its runs (phonetic hints left out). */
async function readStrings(archive: Archive, path: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inPhonetic = false;
  const h = {
    capturing: false,
    open(name: string, _tag: XmlTag, selfClosing: boolean) {
      if (name === 'si') {
        text = '';
        if (selfClosing) strings.push('');
      } else if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 't' && !inPhonetic && !selfClosing) h.capturing = true;
    },
    close(name: string) {
      if (name === 't') h.capturing = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(decodeCellText(text));
    },
    text(raw: string) {
      text += raw;
    },
  };
  await scan(archive, path, h);
  return strings;
}

/** The workbook's sheets in tab order, shared strings, date styles and date system. */
export async function readBookParts(archive: Archive): Promise<BookParts> {
  const root = (await relationships(archive, '')).find((r) => r.type.endsWith(REL.officeDocument));
  const book = root?.target ?? 'xl/workbook.xml';
  const rels = await relationships(archive, book);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  await scan(archive, book, {
    open(name, tag) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.get('date1904') ?? '');
      else if (name === 'sheet') {
        const rel = byId.get(tag.get('r:id') ?? '');
        if (rel?.type.endsWith(REL.worksheet)) sheets.push({ name: tag.get('name') ?? '', path: rel.target });
      }
    },
  });
  const partOf = (suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target;
  const [strings, dateStyles] = await Promise.all([
    readStrings(archive, partOf(REL.sharedStrings)),
    readStyles(archive, partOf(REL.styles)),
  ]);
  return { sheets, strings, dateStyles, date1904 };
}

/** Column index (0 = A) of a cell reference such as 'AB12' lying at s[from, to); -1 when it has no letters. */
function columnAt(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === from ? -1 : col - 1;
}

/** A non-negative whole number lying at s[from, to); -1 when it is not one. */
function intAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return to > from ? n : -1;
}

const CELL_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'd', 'n'] as const;
/** A cell's t attribute lying at s[from, to), as one of the known types (undefined: a number). */
function typeAt(s: string, from: number, to: number): string | undefined {
  for (const t of CELL_TYPES) if (t.length === to - from && s.startsWith(t, from)) return t;
  return undefined;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_COLUMNS = 16_384;

/** Streams a worksheet's rows: cells by their references, values typed from `t` and the cell's style. */
export async function* sheetRows(chunks: AsyncIterable<string>, parts: BookParts): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  const epoch = parts.date1904 ? EPOCH_1904 : EPOCH_1900;
  let inData = false;
  let rowNumber = 0;
  let cells: Plain[] | null = null;
  let col = -1;
  let type: string | undefined;
  let dateStyle = false;
  let value = '';
  let hasValue = false;
  let inInline = false;
  let inPhonetic = false;
  let done = false;
  let at = -1;
  // a cell's r, t and s read where they lie (no strings made: there are a million cells)
  const cellAttr = (s: string, n0: number, n1: number, v0: number, v1: number) => {
    if (n1 - n0 !== 1) return;
    const c = s.charCodeAt(n0);
    if (c === 114 /* r */) at = columnAt(s, v0, v1);
    else if (c === 116 /* t */) type = typeAt(s, v0, v1);
    else if (c === 115 /* s */) dateStyle = parts.dateStyles[intAt(s, v0, v1)] === true;
  };

  const cellValue = (): Plain => {
    if (!hasValue) return null;
    switch (type) {
      case 's':
        return parts.strings[Number(value)] ?? null;
      case 'str':
      case 'inlineStr':
        return decodeCellText(value);
      case 'b':
        return value.trim() === '1' || value.trim() === 'true';
      case 'e':
        return null;
      case 'd': {
        const d = new Date(value.trim());
        return Number.isNaN(d.getTime()) ? decodeXml(value) : d;
      }
      default: {
        if (value.trim() === '') return null;
        const n = Number(value);
        if (Number.isNaN(n)) return null;
        return dateStyle ? new Date(Math.round(epoch + n * DAY_MS)) : n;
      }
    }
  };

  const h: XmlHandler = {
    capturing: false,
    open(name, tag, selfClosing) {
      if (name === 'c') {
        if (!cells) return;
        at = -1;
        type = undefined;
        dateStyle = false;
        tag.eachRange(cellAttr);
        col = at >= 0 ? at : col + 1;
        if (col >= MAX_COLUMNS) throw new XmlError('column out of range');
        value = '';
        hasValue = false;
        inInline = false;
        if (selfClosing) type = undefined;
      } else if (name === 'v') {
        if (cells && !selfClosing) {
          h.capturing = true;
          value = '';
          hasValue = true;
        }
      } else if (name === 't') {
        if (inInline && !inPhonetic && !selfClosing) {
          h.capturing = true;
          hasValue = true;
        }
      } else if (name === 'is') inInline = !selfClosing;
      else if (name === 'rPh') inPhonetic = !selfClosing;
      else if (name === 'row') {
        if (!inData) return;
        const r = tag.get('r');
        rowNumber = r ? Number(r) : rowNumber + 1;
        if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new XmlError('bad row number');
        col = -1;
        cells = selfClosing ? null : [];
      } else if (name === 'sheetData') inData = !selfClosing;
    },
    close(name) {
      if (name === 'v' || name === 't') h.capturing = false;
      else if (name === 'c') {
        if (!cells) return;
        const v = cellValue();
        if (v !== null) {
          // placed by reference: a skipped column stays empty, a writer's out-of-order cells land where they belong
          while (cells.length < col) cells.push(null);
          cells[col] = v;
        }
      } else if (name === 'is') inInline = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'row') {
        if (cells?.length) ready.push({ number: rowNumber, cells });
        cells = null;
      } else if (name === 'sheetData') {
        inData = false;
        done = true;
      }
    },
    text(raw) {
      value += raw;
    },
  };

  const scanner = new XmlScanner(h);
  for await (const chunk of chunks) {
    scanner.write(chunk);
    for (const row of ready) yield row;
    ready.length = 0;
    if (done) return; // what follows the cells (merges, links, print settings) is not needed
  }
  scanner.end();
}
