import { recordType, type RecordTypeDecl } from '@xiezuo/domain';
import { describe, expect, it } from 'vitest';
import type { CheckedPerson, ResolvedPerson } from '../../persons/persons.resolve';
import { importedBatch, type ValidRow } from './ledger-excel.batch';
import { IMPORT_COLUMNS } from './ledger-excel.repository';
import { columnsOf } from '../records.service';

const UNIT = '00000000-0000-4000-8000-000000000001';
const person = (i: number, isPoor?: boolean): CheckedPerson => ({
  index: 0,
  idNumber: `ID${i}`,
  idIndex: `idx${i}`,
  name: `人${i}`,
  phone: null,
  isPoor,
});

function row(decl: RecordTypeDecl, number: number, values: Record<string, unknown>, people: CheckedPerson[]): ValidRow {
  const core = {
    type: decl.code,
    occurredOn: '2019-06-30',
    eastUnitId: UNIT,
    countyCode: '621022',
    regionCode: number % 2 ? '621022100' : null,
    pairingId: null,
    values,
    people: [],
  };
  return { number, core, valid: { decl, values, people }, note: number % 3 ? null : '备注' };
}

describe('imported records, column by column', () => {
  it('carry the same columns a record entered by hand gets from columnsOf, for every roster mode and derived measure', () => {
    const personOf = new Map<string, ResolvedPerson>(
      [1, 2, 3].map((i) => [`idx${i}`, { personId: `p${i}`, isPoor: i === 2, isNew: false }]),
    );
    const cases: [string, Record<string, unknown>, CheckedPerson[]][] = [
      ['employment', { destination: 'tianjin', employer: '甲', postKind: null }, [person(1, true)]],
      ['employment', { destination: 'near_home', employer: '乙' }, [person(2)]],
      [
        'training',
        { trainingKind: 'vocational', title: '培训', sessions: 2, personTimes: 40 },
        [person(1), person(2), person(3, true)],
      ],
      [
        'training',
        { trainingKind: 'cadre', title: '无名单', sessions: 1, personTimes: 30, persons: 30, poorPersons: 4 },
        [],
      ],
      [
        'secondment',
        {
          personKind: 'cadre',
          direction: 'east_to_west',
          post: '副县长',
          termStart: '2019-03-01',
          termEnd: '2020-02-29',
        },
        [person(3)],
      ],
      ['fund_payment', { fundKind: 'fiscal', amountFen: 123_456_78, purpose: 'industry', level: 'county' }, []],
      ['industry_base', { areaMu: 12.5, households: 30 }, []],
    ];
    for (const [type, values, people] of cases) {
      const decl = recordType(type)!;
      const rows = [row(decl, 7, values, people), row(decl, 8, values, people)];
      const batch = importedBatch(decl, rows, personOf);
      rows.forEach((r, i) => {
        const poor = r.valid.people.filter((p) => p.isPoor ?? personOf.get(p.idIndex)!.isPoor).length;
        const roster =
          decl.roster.mode === 'none' || !r.valid.people.length ? null : { count: r.valid.people.length, poor };
        const expected: Record<string, unknown> = {
          ...columnsOf(r.core, r.valid, roster),
          note: r.note,
          importRow: r.number,
        };
        for (const [key] of IMPORT_COLUMNS)
          expect(batch.columns.get(key)![i] ?? null, `${type} ${key}`).toEqual(expected[key] ?? null);
      });
      expect(batch.roster.personId).toEqual(
        rows.flatMap((r) => r.valid.people.map((p) => personOf.get(p.idIndex)!.personId)),
      );
      expect(batch.roster.isPoor).toEqual(
        rows.flatMap((r) => r.valid.people.map((p) => p.isPoor ?? personOf.get(p.idIndex)!.isPoor)),
      );
      expect(batch.roster.sort).toEqual(rows.flatMap((r) => r.valid.people.map((_, s) => s)));
    }
  });
});
