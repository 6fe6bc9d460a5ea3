import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';
import { personOf, withBadCheck } from './ledger-excel.fixture';
import { importsIdle } from './ledger-excel.import';

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

async function download(url: string) {
  const res = await renshe.get(url);
  expect(res.status, url).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.raw as never);
  return wb;
}
const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
async function importFile(content: Buffer) {
  const res = await renshe.upload('/api/imports?type=training', { filename: 'training.xlsx', content });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  for (;;) {
    const got = await renshe.get(`/api/imports/${res.body.id}`);
    if (got.body.status !== 'running') return got.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}
/** Writes rows into a sheet under its header, by header label; returns the sheet. */
function fill(ws: ExcelJS.Worksheet, rows: Record<string, unknown>[]) {
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  rows.forEach((r, i) => {
    for (const [label, v] of Object.entries(r)) {
      const at = header.indexOf(label);
      if (at < 0) throw new Error(`no column ${label}`);
      ws.getCell(i + 2, at + 1).value = v as ExcelJS.CellValue;
    }
  });
  return ws;
}
/** A report sheet as { row number → reason } (its last two columns). */
function reasons(ws: ExcelJS.Worksheet) {
  const width = ws.getRow(1).cellCount;
  const out = new Map<number, string>();
  for (let r = 2; r <= ws.rowCount; r++)
    out.set(Number(ws.getCell(r, width - 1).value), String(ws.getCell(r, width).value));
  return out;
}
const count = async (q: ReturnType<typeof sql>) => Number((await env.ctx.db.execute<{ n: string }>(q)).rows[0]!.n);
const id = (seq: number) => makeIdNumber('621022', '19950607', seq);
const training = (key: string | null, extra: Record<string, unknown> = {}) => ({
  发生日期: '2019-08-01',
  东部单位: 'renshe',
  受援县: '环县',
  记录编号: key,
  培训类别: '贫困劳动力职业技能',
  培训名称: `培训 ${key}`,
  期数: 1,
  培训人次: 30,
  ...extra,
});

describe('training import with a roster sheet and pairings', { timeout: 300_000 }, () => {
  it('has a roster sheet keyed by record key, a pairing column, and every pairing with the label to use', async () => {
    const wb = await download('/api/records/template.xlsx?type=training');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '培训 Training',
      '名单 Roster',
      '单位与区县 Units & counties',
      '结对 Pairings',
      '填写说明 Notes',
    ]);
    const data = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(data.slice(0, 6)).toEqual(['发生日期', '东部单位', '受援县', '乡镇/村区划编码', '结对', '记录编号']);
    const roster = wb.getWorksheet('名单 Roster')!;
    expect((roster.getRow(1).values as unknown[]).slice(1)).toEqual([
      '记录编号',
      '身份证号',
      '姓名',
      '手机号',
      '是否建档立卡',
    ]);
    expect([roster.getCell(2, 1).numFmt, roster.getCell(500, 2).numFmt, roster.getCell(2, 4).numFmt]).toEqual([
      '@',
      '@',
      '@',
    ]);
    expect(roster.getCell(3, 5).dataValidation.formulae[0]).toBe('"是,否"');
    const pairings = wb.getWorksheet('结对 Pairings')!.getSheetValues().slice(2) as unknown[][];
    expect(pairings.length).toBeGreaterThan(20);
    for (const p of pairings) expect(String(p[1])).toContain(`${p[3]} — ${p[4]}`);
    const notes = wb
      .getWorksheet('填写说明 Notes')!
      .getSheetValues()
      .map((r) => (r as unknown[])?.[1]);
    expect(notes).toContain('结对 Pairing');
    expect(notes).toContain('名单 Roster：身份证号 ID number');
    // a type without a roster of many has no roster sheet, still the pairing column
    const employment = await download('/api/records/template.xlsx?type=employment');
    expect(employment.worksheets.map((w) => w.name)).not.toContain('名单 Roster');
    expect((employment.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toContain('结对');
  });

  it('attaches each record’s people by ID number (known ones reused, new ones created once) and reports bad lines with their record', async () => {
    const unit = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'renshe'`)).rows[0]!
      .id;
    const known = await renshe.post('/api/records', {
      type: 'training',
      occurredOn: '2019-07-01',
      eastUnitId: unit,
      countyCode: '621022',
      values: { trainingKind: 'cadre', title: '已录入', sessions: 1, personTimes: 1 },
      people: [{ idNumber: id(1), name: '甲已知' }],
    });
    expect(known.status, JSON.stringify(known.body)).toBe(200);
    const knownPerson = known.body.people[0].personId;

    const wb = await download('/api/records/template.xlsx?type=training');
    const labels = (wb.getWorksheet('结对 Pairings')!.getSheetValues().slice(2) as unknown[][]).map((r) => ({
      label: String(r[1]),
      county: String(r[5]),
    }));
    const huanPairing = labels.find((p) => p.county === '环县')!.label;
    const otherPairing = labels.find((p) => p.county !== '环县')!.label;
    fill(wb.worksheets[0]!, [
      training('T1', { 结对: huanPairing }), // row 2: in, 3 people, one known
      training('T2'), // row 3: in, shares person B with T1
      training('T3'), // row 4: refused, a roster line has a bad check digit
      training(null, { 培训人数: 25 }), // row 5: in, no roster
      training('T1'), // row 6: refused, key already used
      training('T5'), // row 7: refused, an ID number typed into a number cell
      training('T6', { 结对: otherPairing }), // row 8: refused, pairing of another county
      training('T7', { 结对: '不存在 — 结对' }), // row 9: refused, unknown pairing
    ]);
    const full = (n: number) => id(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))); // full-width digits normalise
    fill(wb.getWorksheet('名单 Roster')!, [
      { 记录编号: 'T1', 身份证号: id(1), 姓名: '甲改名不生效' }, // 2
      { 记录编号: 'T1', 身份证号: full(2), 姓名: '乙', 手机号: '13912345678', 是否建档立卡: '是' }, // 3
      { 记录编号: 'T1', 身份证号: id(3), 姓名: '丙' }, // 4
      { 记录编号: 'T2', 身份证号: id(2), 姓名: '乙' }, // 5
      { 记录编号: 'T2', 身份证号: id(4), 姓名: '丁' }, // 6
      { 记录编号: 'T3', 身份证号: id(5), 姓名: '戊' }, // 7
      { 记录编号: 'T3', 身份证号: withBadCheck(id(6)), 姓名: '己' }, // 8
      { 记录编号: 'T5', 身份证号: Number(id(7).slice(0, 17)), 姓名: '庚' }, // 9
      { 记录编号: 'T9', 身份证号: id(8), 姓名: '辛' }, // 10: no such record
      { 记录编号: null, 身份证号: id(9), 姓名: '壬' }, // 11: no key
    ]);
    const persons = await count(sql`select count(*) as n from persons`);
    const done = await importFile(await bytes(wb));
    expect(done).toMatchObject({ status: 'done', total: 8, accepted: 3, rejected: 7 });

    const recs = await env.ctx.db.execute<{
      import_row: number;
      persons: number;
      people_count: number;
      poor_persons: number;
      pairing_id: string | null;
    }>(
      sql`select import_row, persons, people_count, poor_persons, pairing_id from records where import_id = ${done.id} order by import_row`,
    );
    expect(recs.rows.map((r) => [r.import_row, r.persons, r.people_count, r.poor_persons])).toEqual([
      [2, 3, 3, 1],
      [3, 2, 2, 1], // 乙 was flagged on T1's line
      [5, 25, 0, null],
    ]);
    expect(recs.rows[0]!.pairing_id).not.toBeNull();
    expect(recs.rows[1]!.pairing_id).toBeNull();
    const people = await env.ctx.db.execute<{ import_row: number; person_id: string; name: string; id_masked: string }>(
      sql`select r.import_row, rp.person_id, p.name, p.id_masked from record_people rp join records r on r.id = rp.record_id join persons p on p.id = rp.person_id where r.import_id = ${done.id} order by r.import_row, rp.sort`,
    );
    expect(people.rows.map((p) => [p.import_row, p.name])).toEqual([
      [2, '甲已知'],
      [2, '乙'],
      [2, '丙'],
      [3, '乙'],
      [3, '丁'],
    ]);
    expect(people.rows[0]!.person_id).toBe(knownPerson);
    expect(people.rows[1]!.person_id).toBe(people.rows[3]!.person_id);
    expect(await count(sql`select count(*) as n from persons`)).toBe(persons + 3); // 乙, 丙, 丁

    const res = await renshe.get(done.rejectsUrl);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(res.raw as never);
    expect(report.worksheets.map((w) => w.name)).toEqual(['未导入 Rejected', '名单 Roster']);
    const dataReasons = reasons(report.worksheets[0]!);
    expect([...dataReasons.keys()]).toEqual([4, 6, 7, 8, 9]);
    expect(dataReasons.get(4)).toBe(
      '记录编号：“名单 Roster”表第 8 行有误，本记录未导入 / Record key: Roster sheet row(s) 8 refused, so this record was not imported',
    );
    expect(dataReasons.get(6)).toBe('记录编号：编号已在第 2 行使用 / Record key: key already used on row 2');
    expect(dataReasons.get(8)).toBe('结对：结对不存在或不属于该县 / Pairing: unknown pairing or of another county');
    expect(dataReasons.get(9)).toContain('结对：未找到该结对');
    const rosterReasons = reasons(report.getWorksheet('名单 Roster')!);
    expect([...rosterReasons.keys()]).toEqual([7, 8, 9, 10, 11]);
    expect(rosterReasons.get(7)).toBe(
      '记录编号：所属记录（数据表第 4 行）未导入 / Record key: its record (row 4 of the data sheet) was not imported',
    );
    expect(rosterReasons.get(8)).toBe('身份证号：身份证号校验位错误 / ID number: ID number check digit is wrong');
    expect(rosterReasons.get(9)).toBe('身份证号：身份证号须以文本格式填写 / ID number: ID number must be text');
    expect(rosterReasons.get(10)).toBe(
      '记录编号：数据表中没有这个记录编号 / Record key: no record on the data sheet has this key',
    );
    expect(rosterReasons.get(11)).toBe('记录编号：必填 / Record key: required');
    const rosterHeader = (report.getWorksheet('名单 Roster')!.getRow(1).values as unknown[]).slice(1);
    expect(rosterHeader).toEqual(['记录编号', '身份证号', '姓名', '手机号', '是否建档立卡', '行号 Row', '错误 Reason']);
    expect(report.getWorksheet('名单 Roster')!.getCell(2, 2)).toMatchObject({ value: id(5), numFmt: '@' });

    // the report, corrected (T3's bad line fixed, the rest dropped), goes back in as it is
    const data = report.worksheets[0]!;
    for (let r = data.rowCount; r >= 3; r--) data.spliceRows(r, 1);
    const lines = report.getWorksheet('名单 Roster')!;
    lines.getCell(3, 2).value = id(6);
    for (let r = lines.rowCount; r >= 4; r--) lines.spliceRows(r, 1);
    const again = await importFile(await bytes(report));
    expect(again).toMatchObject({ status: 'done', total: 1, accepted: 1, rejected: 0 });
    expect(await count(sql`select people_count as n from records where import_id = ${again.id}`)).toBe(2);
  });

  it('imports nothing twice from the same file, and resumes a failed roster import without losing or repeating people', async () => {
    const wb = await download('/api/records/template.xlsx?type=training');
    const n = 2_500;
    fill(
      wb.worksheets[0]!,
      Array.from({ length: n }, (_, i) => training(`K${i}`)),
    );
    fill(
      wb.getWorksheet('名单 Roster')!,
      Array.from({ length: n * 2 }, (_, i) => ({
        记录编号: `K${i >> 1}`,
        身份证号: personOf(800_000 + i).idNumber,
        姓名: `名${i}`,
      })),
    );
    await env.owner.db.execute(
      sql.raw(
        `create function xz_fail() returns trigger language plpgsql as $$ begin if new.import_row = 2300 then raise exception 'simulated crash'; end if; return new; end $$`,
      ),
    );
    // an ordinary trigger: imports then keep PostgreSQL's per-row foreign-key checks (db/bulk-refs.ts), so this
    // crash and the resumption hit that path
    await env.owner.db.execute(
      sql.raw(`create trigger xz_fail before insert on records for each row execute function xz_fail()`),
    );
    const file = await bytes(wb); // one upload's bytes: writing the workbook again would stamp another time in it
    const failed = await importFile(file);
    expect(failed.status).toBe('failed');
    expect(await count(sql`select count(*) as n from records where import_id = ${failed.id}`)).toBe(2_000);
    await env.owner.db.execute(sql.raw(`drop trigger xz_fail on records; drop function xz_fail()`));
    const done = await importFile(file);
    expect(done).toMatchObject({ id: failed.id, status: 'done', total: n, accepted: n, rejected: 0 });
    expect(
      await count(
        sql`select count(*) as n from record_people rp join records r on r.id = rp.record_id where r.import_id = ${done.id}`,
      ),
    ).toBe(n * 2);
    const again = await importFile(file);
    expect(again).toMatchObject({ id: done.id, status: 'done', accepted: n });
    expect(await count(sql`select count(*) as n from records where import_id = ${done.id}`)).toBe(n);
  });
});
