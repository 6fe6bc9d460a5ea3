import { recordType } from '@xiezuo/domain';
import { describe, expect, it } from 'vitest';
import { mapHeader } from '../../../lib/xlsx/xlsx-columns';
import { missingRecordColumns, recordColumns } from './ledger-excel.columns';
import { parseBoolean, parseRecordRow, validationErrors, yuanToFen, type Lookups } from './ledger-excel.rows';

const fund = recordType('fund_payment')!;
const cols = recordColumns(fund);
const header = cols.map((c) => c.zh);
const sheet = { list: cols, map: mapHeader(cols, header) };
const lookups: Lookups = {
  unit: (t) => (t === 'caizhengju' ? 'unit-1' : 'unknown'),
  county: (t) => (t === '环县' ? '621022' : 'unknown'),
};
const row = (values: Record<string, unknown>) => cols.map((c) => (values[c.key] ?? null) as never);

describe('reading ledger rows', () => {
  it('turns yuan into fen exactly, refusing a third decimal and negatives', () => {
    expect(yuanToFen(1234.5)).toBe(123450);
    expect(yuanToFen(0.07)).toBe(7);
    expect(yuanToFen('1,234,567.89')).toBe(123456789);
    expect(yuanToFen('12元')).toBe(1200);
    expect(yuanToFen(1.005)).toBeNull();
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen(-1)).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
  });

  it('reads 是/否 and the usual spellings of yes and no', () => {
    expect([
      parseBoolean('是'),
      parseBoolean('否'),
      parseBoolean('Y'),
      parseBoolean(true),
      parseBoolean('1'),
      parseBoolean('也许'),
    ]).toEqual([true, false, true, true, true, undefined]);
  });

  it('maps a bilingual or re-ordered header and names the missing required columns', () => {
    const map = mapHeader(cols, ['东部单位 East unit', 'Date', '金额（元）', '资金类别*']);
    expect([
      map.get('eastUnit'),
      map.get('occurredOn'),
      map.get('values.amountFen'),
      map.get('values.fundKind'),
    ]).toEqual([0, 1, 2, 3]);
    expect(missingRecordColumns(cols, map)).toEqual(['受援县', '资金用途', '使用层级']);
  });

  it('parses a row into the record it states, options by zh label and money in fen', () => {
    const parsed = parseRecordRow(
      7,
      row({
        occurredOn: '2019-03-01',
        eastUnit: 'caizhengju',
        county: '环县',
        'values.fundKind': '财政援助资金',
        'values.amountFen': '2,000,000.5',
        'values.purpose': '产业发展',
        'values.level': '县级',
        'values.voucher': "'=SUM(1)",
      }),
      sheet,
      'fund_payment',
      lookups,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.core).toMatchObject({
      occurredOn: '2019-03-01',
      eastUnitId: 'unit-1',
      countyCode: '621022',
      values: { fundKind: 'fiscal', amountFen: 200000050, purpose: 'industry', level: 'county', voucher: '=SUM(1)' },
    });
  });

  it('names every refused cell once, and drops the API’s repeat of a cell the reader already refused', () => {
    const parsed = parseRecordRow(
      9,
      row({
        occurredOn: '2019-02-30',
        eastUnit: '不存在',
        county: '西峰区',
        'values.fundKind': '其他',
        'values.amountFen': '1.234',
      }),
      sheet,
      'fund_payment',
      lookups,
    );
    expect(parsed.errors.map((e) => `${e.column.zh}：${e.zh}`)).toEqual([
      '发生日期：日期无效，应为日期或 YYYY-MM-DD',
      '东部单位：未找到该单位（请填单位编码或完整名称）',
      '受援县：不是本区对口帮扶的受援县',
      '资金类别：不在可选项中：财政援助资金、社会帮扶资金、工作经费',
      '金额（元）：金额应为不小于 0、最多两位小数的数（元）',
      '资金用途：必填',
      '使用层级：必填',
    ]);
    const api = validationErrors(
      9,
      [
        { path: 'values.fundKind', message: 'x', code: 'invalid_type' },
        { path: 'eastUnitId', message: 'unknown east unit / 未知的东部单位' },
        { path: 'regionCode', message: 'unknown region or not in the county / 区划不在该县' },
      ],
      cols,
      parsed.errors,
    );
    expect(api).toEqual([
      {
        row: 9,
        column: { zh: '乡镇/村区划编码', en: 'Township or village code' },
        zh: '区划不在该县',
        en: 'unknown region or not in the county',
      },
    ]);
  });
});
