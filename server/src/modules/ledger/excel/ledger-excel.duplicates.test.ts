import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordType } from '@xiezuo/domain';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';
import { recordColumns } from './ledger-excel.columns';
import { personOf } from './ledger-excel.fixture';
import { importsIdle } from './ledger-excel.import';
import { finished, upload } from './ledger-excel.import.support';

let env: TestEnv;
let renshe: TestClient;
beforeAll(async () => {
  env = await createTestEnv();
  renshe = await signedIn(env.app, 'unit-renshe');
});
afterAll(async () => {
  await importsIdle();
  await env.close();
});

describe('rows of one upload that repeat an earlier row', { timeout: 300_000 }, () => {
  const cols = recordColumns(recordType('employment')!);
  /** Employment rows: `people[i]` is row i's person key; rows with the same key and `vary` are the same fact. */
  async function sheet(people: number[], vary: (i: number) => string = () => '') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('转移就业 Employment');
    ws.addRow(cols.map((c) => c.zh));
    people.forEach((key, i) => {
      const p = personOf(key);
      const values: Record<string, unknown> = {
        occurredOn: '2019-07-01',
        eastUnit: '区人社局',
        county: p.county.name,
        'values.destination': '来津',
        'values.employer': `天津重复检查${vary(i)}有限公司`,
        idNumber: p.idNumber,
        name: p.name,
        note: `第 ${i + 1} 份`, // a remark does not make a row another fact
      };
      ws.addRow(cols.map((c) => values[c.key] ?? null));
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const reasonsOf = async (url: string) => {
    const res = await renshe.get(url);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as never);
    const ws = wb.worksheets[0]!;
    return ws.getColumn(ws.getRow(1).cellCount).values.slice(2);
  };

  it('are rejected as duplicates naming the first row; with duplicates=accept they go in', async () => {
    // rows 2, 4 and 5 state one fact (same person, type, date, unit, county and values); row 3 another person
    const content = await sheet([990_001, 990_002, 990_001, 990_001]);
    const res = await upload(renshe, content, 'employment');
    const done = await finished(renshe, res.body.id);
    expect(done).toMatchObject({ status: 'done', total: 4, accepted: 2, rejected: 2 });
    expect(await reasonsOf(done.rejectsUrl)).toEqual([
      '整行：与第 2 行重复（同一类型、日期、人员和各项内容），未导入 / Row: repeats row 2 (same type, date, people and values); not imported',
      '整行：与第 2 行重复（同一类型、日期、人员和各项内容），未导入 / Row: repeats row 2 (same type, date, people and values); not imported',
    ]);
    // a different employer is another fact
    const other = await sheet([990_011, 990_011], (i) => String(i));
    expect(await finished(renshe, (await upload(renshe, other, 'employment')).body.id)).toMatchObject({
      accepted: 2,
      rejected: 0,
    });
    const kept = await sheet([990_021, 990_021, 990_021]);
    const accepted = await upload(renshe, kept, 'employment', 'kept.xlsx', 'accept');
    expect(await finished(renshe, accepted.body.id)).toMatchObject({ accepted: 3, rejected: 0 });
  });

  it('are still seen when the import resumes after the first of them went in', async () => {
    const content = await sheet([...Array.from({ length: 1_500 }, (_, i) => 991_000 + i), 991_000]);
    const first = await upload(renshe, content, 'employment');
    await finished(renshe, first.body.id);
    // as if the first run stopped after its first batch: rows past it are taken back out
    await env.owner.db.execute(sql`delete from records where import_id = ${first.body.id} and import_row > 1001`);
    await env.owner.db.execute(sql`update imports set status = 'interrupted' where id = ${first.body.id}`);
    const resumed = await renshe.post(`/api/imports/${first.body.id}/resume`);
    expect(resumed.status).toBe(202);
    const done = await finished(renshe, first.body.id);
    expect(done).toMatchObject({ status: 'done', total: 1_501, accepted: 1_500, rejected: 1 });
    expect(await reasonsOf(done.rejectsUrl)).toEqual([
      '整行：与第 2 行重复（同一类型、日期、人员和各项内容），未导入 / Row: repeats row 2 (same type, date, people and values); not imported',
    ]);
  });
});
