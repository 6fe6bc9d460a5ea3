import { describe, expect, it } from 'vitest';
import { cellDate, cellText } from '../../../lib/xlsx/xlsx-read';
import { mapPairingHeader, missingPairingColumns, PAIRING_COLUMNS } from './pairings-excel.columns';
import { unitLookup } from './pairings-excel.import';
import { parsePairingRow } from './pairings-excel.rows';

const units = [
  { id: 'e1', code: 'kejiju', name: '区科技局', side: 'east' as const, regionCode: '120104' },
  { id: 'e2', code: 'dup-a', name: '同名单位', side: 'east' as const, regionCode: null },
  { id: 'e3', code: 'dup-b', name: '同名单位', side: 'east' as const, regionCode: null },
  { id: 'w1', code: 'school-xiahe', name: '夏河中学', side: 'west' as const, regionCode: '623027' },
];
const map = mapPairingHeader(PAIRING_COLUMNS.map((c) => c.zh));
const parse = (cells: (string | number | Date | null)[]) => parsePairingRow(7, cells, map, unitLookup(units));
const reasons = (cells: (string | number | Date | null)[]) => parse(cells).errors.map((e) => `${e.column.zh}:${e.en}`);

describe('pairings import: reading one row', () => {
  it('reads labels in zh or en, units by code or name, codes typed as numbers and dates in every form', () => {
    const ok = parse(['街道-乡镇', 'KEJIJU', null, null, 621022100, '2019/5/1', 43831, 'Suspended', "'=1+1"]);
    expect(ok.errors).toEqual([]);
    expect(ok.input).toEqual({
      kind: 'street_township',
      east: { unitId: 'e1', regionCode: null },
      west: { unitId: null, regionCode: '621022100' },
      startDate: '2019-05-01',
      endDate: '2020-01-01',
      status: 'suspended',
      note: '=1+1',
    });
    expect(
      parse(['School ↔ school', '区科技局', null, '夏河中学', null, new Date(Date.UTC(2020, 0, 2)), null, null, null])
        .input,
    ).toMatchObject({ kind: 'school_school', west: { unitId: 'w1' }, startDate: '2020-01-02', status: 'active' });
  });

  it('names every problem of a row with its column, in zh and en', () => {
    expect(
      reasons([null, null, null, 'school-xiahe', '623027100', '2020-02-30', '2019-01-01', '完成', 'x'.repeat(2001)]),
    ).toEqual([
      '结对类型:required',
      '东部单位:give a unit or a region code',
      '西部单位:give a unit or a region code, not both',
      '开始日期:not a date; use a date cell or YYYY-MM-DD',
      '状态:unknown status; use 进行中, 暂停 or 已结束',
      '备注:the note is longer than 2,000 characters',
    ]);
    expect(reasons(['其他结对', '同名单位', null, 'kejiju', null, '2020-01-01', '2019-12-31', null, null])).toEqual([
      '东部单位:several units have this name; use the unit code',
      '西部单位:unknown unit (use its code or exact name)',
      '结束日期:the end date is before the start date',
    ]);
    expect(reasons(['其他结对', null, '12AB', null, '62102', 'soon', null, null, null])).toEqual([
      '东部区划编码:a region code has 6 to 12 digits',
      '西部区划编码:a region code has 6 to 12 digits',
      '开始日期:not a date; use a date cell or YYYY-MM-DD',
    ]);
    expect(parse(['其他结对', null, null, null, null, null, null, null, null]).errors[0]).toMatchObject({
      row: 7,
      zh: '单位和区划编码须填一项',
    });
  });

  it('maps bilingual or reordered headers and says which columns are missing', () => {
    expect(Object.fromEntries(mapPairingHeader(['备注', '结对类型 (Kind)', 'Start date', '东部单位*']))).toEqual({
      note: 0,
      kind: 1,
      startDate: 2,
      eastUnit: 3,
    });
    expect(missingPairingColumns(mapPairingHeader(['结对类型', '东部单位']))).toEqual([
      '开始日期',
      '西部单位/西部区划编码',
    ]);
  });

  it('keeps long codes exact and rejects impossible dates', () => {
    expect(cellText(623027100001)).toBe('623027100001');
    expect(cellDate('2021-02-29')).toBe('invalid');
    expect(cellDate(45000)).toBe('2023-03-15');
    expect(cellDate('  ')).toBeNull();
  });
});
