import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error';
import { byLabel, isEnglishHeader, mapHeader, missingColumns, normaliseLabel } from './xlsx-columns';
import { readTable, readWholeTable, type TableSpec } from './xlsx-table';
import type { SheetRow } from './xlsx-read';

const COLS = [
  { key: 'date', zh: '发生日期', en: 'Date', width: 12 },
  { key: 'unit', zh: '东部单位', en: 'East unit', width: 20 },
  { key: 'amount', zh: '金额（元）', en: 'Amount (yuan)', width: 12 },
  { key: 'note', zh: '备注', en: 'Note', width: 30 },
] as const;
type Key = (typeof COLS)[number]['key'];

async function* sheet(...rows: (string | number | null)[][]): AsyncGenerator<SheetRow> {
  let n = 0;
  for (const cells of rows) yield { number: ++n, cells };
}
const spec = (over: Partial<TableSpec<Map<Key, number>>> = {}): TableSpec<Map<Key, number>> => ({
  header: (cells) => mapHeader(COLS, cells),
  missing: (map) => missingColumns(COLS, map, (c) => c.key !== 'note'),
  expected: COLS.map((c) => c.zh),
  isSecondHeader: (_map, cells) => isEnglishHeader(COLS, cells),
  maxRows: 3,
  ...over,
});
const refusal = async (p: Promise<unknown>) => {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return { code: (err as AppError).code, details: (err as AppError).details };
};

describe('columns: a header names them loosely', () => {
  it('ignores spaces, stars, colons and a trailing bracket, folds case and dashes', () => {
    expect(normaliseLabel(' 金额（元）* ')).toBe('金额');
    expect(normaliseLabel('East Unit:')).toBe('eastunit');
    expect(normaliseLabel('街道—乡镇')).toBe(normaliseLabel('街道-乡镇'));
  });

  it('maps a reordered, bilingual or English header, the first naming cell winning', () => {
    const map = mapHeader(COLS, ['Note', '东部单位 East unit', '', '金额', 'date', '备注']);
    expect(Object.fromEntries(map)).toEqual({ note: 0, unit: 1, amount: 3, date: 4 });
    expect(missingColumns(COLS, mapHeader(COLS, ['备注', '东部单位']), () => true)).toEqual(['发生日期', '金额（元）']);
  });

  it('tells the English second header line and names closed-list entries by either label or key', () => {
    expect(isEnglishHeader(COLS, ['Date', 'East unit', '', 'Note'])).toBe(true);
    expect(isEnglishHeader(COLS, ['Date', 'East unit', '2019-01-01'])).toBe(false);
    const labels = { active: { zh: '进行中', en: 'Active' }, ended: { zh: '已结束', en: 'Ended' } };
    expect(byLabel(['active', 'ended'] as const, labels, ' 已结束 ')).toBe('ended');
    expect(byLabel(['active', 'ended'] as const, labels, 'ACTIVE')).toBe('active');
    expect(byLabel(['active', 'ended'] as const, labels, '暂停')).toBeUndefined();
  });
});

describe('rows: a sheet read as a table', () => {
  it('skips blank rows and the English header line, and hands the data rows over in order', async () => {
    const seen: number[] = [];
    const map = await readTable(
      sheet(
        [],
        ['发生日期', '东部单位', '金额'],
        ['Date', 'East unit', 'Amount'],
        ['2019-01-01', 'u1', 5],
        [null, ''],
        ['x'],
      ),
      spec(),
      (r) => seen.push(r.number),
    );
    expect(Object.fromEntries(map!)).toEqual({ date: 0, unit: 1, amount: 2 });
    expect(seen).toEqual([4, 6]);
  });

  it('refuses a header without the required columns, naming them, the row and what it found', async () => {
    expect(
      await refusal(readTable(sheet(['发生日期', '备注'], ['x']), spec({ details: { sheet: 'S' } }), () => {})),
    ).toEqual({
      code: 'IMPORT_HEADER_INVALID',
      details: {
        sheet: 'S',
        row: 1,
        missing: ['东部单位', '金额（元）'],
        found: ['发生日期', '备注'],
        expected: COLS.map((c) => c.zh),
      },
    });
  });

  it('refuses more data rows than the maximum, and an empty sheet only when asked to', async () => {
    const rows = () => sheet(['发生日期', '东部单位', '金额'], [1], [2], [3], [4]);
    expect((await refusal(readTable(rows(), spec(), () => {}))).details).toMatchObject({ limit: 'rows', max: 3 });
    expect(await readTable(sheet([], [null]), spec(), () => {})).toBeNull();
    expect(await refusal(readWholeTable(sheet(), { ...spec(), whenEmpty: ['发生日期'] }))).toEqual({
      code: 'IMPORT_HEADER_INVALID',
      details: { missing: ['发生日期'], found: [] },
    });
    const whole = await readWholeTable(sheet(['发生日期', '东部单位', '金额'], [1], [2]), { ...spec(), whenEmpty: [] });
    expect(whole.rows.map((r) => r.cells)).toEqual([[1], [2]]);
  });
});
