import ExcelJS from 'exceljs';
import { idCheckChar, makeIdNumber, recordType } from '@xiezuo/domain';
import { recordColumns } from './ledger-excel.columns';

/** Synthetic employment sheets for the import tests and the benchmark (never used by the server). */

export const BAD_KINDS = ['checksum', 'numericId', 'county', 'missing'] as const;
export type BadKind = (typeof BAD_KINDS)[number];

const COUNTIES = [
  { code: '621022', name: '环县' },
  { code: '621021', name: '庆城县' },
  { code: '623027', name: '夏河县' },
] as const;
const DESTINATIONS = ['就近就地', '来津', '其他地区'];
const POST_KINDS = ['企业岗位', '公益岗位', '自主就业'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';

/**
 * A valid ID number per person key (unique per key), in one of the three counties; born from 2000 on, after every
 * synthetic person of the demo seed, so a sheet's people are all new to a seeded database.
 */
export function personOf(key: number) {
  const county = COUNTIES[key % 3]!;
  const birth = new Date(Date.UTC(2000, 0, 1) + Math.floor(key / 1000) * 86_400_000);
  const birth8 = birth.toISOString().slice(0, 10).replace(/-/g, '');
  return {
    county,
    idNumber: makeIdNumber(county.code, birth8, key % 1000),
    name: `${SURNAMES[key % SURNAMES.length]}工${key}`,
  };
}

/** The same ID number with a wrong check character. */
export const withBadCheck = (id: string) => id.slice(0, 17) + (idCheckChar(id.slice(0, 17)) === '1' ? '2' : '1');

export type EmploymentSheet = {
  /** Bad rows by sheet row number. */
  bad: Map<number, BadKind>;
  /** ID numbers on the rows that should go in. */
  validIds: Set<string>;
};

type Options = {
  rows: number;
  /** The east unit (code or name) every row names. */
  unit: string;
  /** Which data rows (0-based) are bad, and how. */
  badOf?: (i: number) => BadKind | null;
  /** Person keys repeat every this many rows, so some people are employed twice. */
  distinctPeople?: number;
  /** Added to person keys, so two sheets can hold different people. */
  keyOffset?: number;
};

/** Writes an employment import sheet with exceljs's streaming writer (header from the declaration). */
export async function writeEmploymentXlsx(file: string, opts: Options): Promise<EmploymentSheet> {
  const cols = recordColumns(recordType('employment')!);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const ws = wb.addWorksheet('转移就业 Employment');
  ws.addRow(cols.map((c) => c.zh)).commit();
  const bad = new Map<number, BadKind>();
  const validIds = new Set<string>();
  for (let i = 0; i < opts.rows; i++) {
    const kind = opts.badOf?.(i) ?? null;
    const p = personOf((opts.keyOffset ?? 0) + (i % (opts.distinctPeople ?? opts.rows)));
    const on = new Date(Date.UTC(2019 + (i % 2), i % 12, 1 + (i % 28)));
    let id: string | number = p.idNumber;
    if (kind === 'checksum') id = withBadCheck(p.idNumber);
    if (kind === 'numericId') id = Number(p.idNumber.replace('X', '0')); // what Excel keeps of an ID typed into a number cell
    const values: Record<string, unknown> = {
      occurredOn: on,
      eastUnit: opts.unit,
      county: kind === 'county' ? '西峰区' : p.county.name,
      region: p.county.code === '621022' && i % 10 === 0 ? '621022100' : null,
      'values.destination': DESTINATIONS[i % 3],
      'values.employer': kind === 'missing' ? null : `天津用工单位${i % 50}有限公司`,
      'values.postKind': POST_KINDS[i % 3],
      'values.startDate': on,
      idNumber: id,
      name: p.name,
      phone: `139${String(i).padStart(8, '0')}`,
      isPoor: i % 3 === 0 ? '是' : '否',
      note: null,
    };
    const row = ws.addRow(cols.map((c) => values[c.key] ?? null));
    row.commit();
    if (kind) bad.set(i + 2, kind);
    else validIds.add(p.idNumber);
  }
  ws.commit();
  await wb.commit();
  return { bad, validIds };
}

/** 100 bad rows in 10,000 (and the same share in any size): 25 of each kind, spread through the sheet. */
export const everyHundredth = (i: number): BadKind | null =>
  i % 100 === 37 ? BAD_KINDS[Math.floor(i / 100) % 4]! : null;
