import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestClient, type TestEnv } from '../../../../test/harness';
import { buildZip, deflatedZeros } from '../../../../test/fixtures/zip';
import { everyHundredth, writeEmploymentXlsx, type BadKind } from './ledger-excel.fixture';
import { sweepInterrupted } from '../../imports/imports.service';
import { importsIdle, stopImports } from './ledger-excel.import';
import { BATCH_SIZE } from './ledger-excel.run';
import { finished, upload } from './ledger-excel.import.support';

const chunk = <T>(xs: T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

let env: TestEnv;
let renshe: TestClient;
let huan: TestClient;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xz-rec-import-'));
beforeAll(async () => {
  env = await createTestEnv();
  renshe = await signedIn(env.app, 'unit-renshe');
  huan = await signedIn(env.app, 'county-huan');
});
afterAll(async () => {
  await importsIdle();
  await env.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async (q: ReturnType<typeof sql>) => Number((await env.ctx.db.execute<{ n: string }>(q)).rows[0]!.n);
const personCount = () => count(sql`select count(*) as n from persons`);
const recordsOf = (id: string) => count(sql`select count(*) as n from records where import_id = ${id}`);
async function sheetFile(name: string, opts: Parameters<typeof writeEmploymentXlsx>[1]) {
  const file = path.join(dir, name);
  const sheet = await writeEmploymentXlsx(file, opts);
  return { ...sheet, content: fs.readFileSync(file) };
}

const REASONS: Record<BadKind, string> = {
  checksum: '身份证号：身份证号校验位错误 / ID number: ID number check digit is wrong',
  numericId: '身份证号：身份证号须以文本格式填写 / ID number: ID number must be text',
  county: '受援县：不是本区对口帮扶的受援县 / County: not a county this district assists',
  missing: '用工单位：必填 / Employer: required',
};

// heavy: 10,000 rows through a real database, which a busy CI machine may take minutes over
describe('employment import, 10,000 rows with 100 bad ones', { timeout: 300_000 }, () => {
  let importId: string;
  let content: Buffer;

  it('answers at once, then puts 9,900 rows in as the importer’s drafts and lists the 100 others with row and reason', async () => {
    const sheet = await sheetFile('employment-10k.xlsx', {
      rows: 10_000,
      unit: 'renshe',
      badOf: everyHundredth,
      distinctPeople: 9_000,
    });
    content = sheet.content;
    const personsBefore = await personCount();
    const started = performance.now();
    const res = await upload(renshe, content, 'employment', '转移就业.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.status).toBe('running');
    importId = res.body.id;
    const done = await finished(renshe, importId);
    console.info(`[import 10,000 employment rows] ${(performance.now() - started).toFixed(0)} ms`);
    expect(done.rejectsUrl).toBe(`/api/imports/${importId}/rejects`);

    const rejects = await renshe.get(done.rejectsUrl);
    expect(rejects.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(rejects.raw as never);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(['行号 Row', '错误 Reason']);
    const byRow = new Map<number, string>();
    for (let r = 2; r <= ws.rowCount; r++)
      byRow.set(Number(ws.getCell(r, header.length - 1).value), String(ws.getCell(r, header.length).value));
    for (const [row, why] of byRow) if (!sheet.bad.has(row)) console.info('unexpected reject', row, why);
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([...sheet.bad.keys()]);
    for (const [row, kind] of sheet.bad) expect(byRow.get(row), `row ${row} (${kind})`).toBe(REASONS[kind]);
    const idCol = header.indexOf('身份证号') + 1;
    expect(ws.getCell(2, idCol).numFmt).toBe('@');

    expect(await personCount()).toBe(personsBefore + sheet.validIds.size); // 8,910: row i and row i + 9,000 name the same person
    const rows = await env.ctx.db.execute<{
      n: string;
      drafts: string;
      users: string;
      people: string;
      rows: string;
      persons: string;
      poor: string;
    }>(sql`
      select count(*) as n, count(*) filter (where status = 'draft') as drafts, count(distinct created_by) as users, sum(people_count) as people,
             count(distinct import_row) as rows, sum(persons) as persons, sum(poor_persons) as poor
      from records where import_id = ${importId}`);
    expect(rows.rows[0]).toMatchObject({
      n: '9900',
      drafts: '9900',
      users: '1',
      people: '9900',
      rows: '9900',
      persons: '9900',
    });
    expect(Number(rows.rows[0]!.poor)).toBeGreaterThan(3000);
    expect(
      await count(
        sql`select count(*) as n from records r join users u on u.id = r.created_by where r.import_id = ${importId} and u.username = 'unit-renshe'`,
      ),
    ).toBe(9_900);
    expect(
      await count(
        sql`select count(*) as n from record_people rp join records r on r.id = rp.record_id where r.import_id = ${importId}`,
      ),
    ).toBe(9_900);
    // no event row per imported record; its history still opens with its creation by the importer
    expect(
      await count(
        sql`select count(*) as n from record_events e join records r on r.id = e.record_id where r.import_id = ${importId}`,
      ),
    ).toBe(0);
    const one = await env.ctx.db.execute<{ id: string }>(
      sql`select id from records where import_id = ${importId} and import_row = 2`,
    );
    const detail = await renshe.get(`/api/records/${one.rows[0]!.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.history).toEqual([
      expect.objectContaining({ action: 'create', toStatus: 'draft', user: expect.any(String) }),
    ]);
    const submitted = await renshe.post(`/api/records/${one.rows[0]!.id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(
      (await renshe.get(`/api/records/${one.rows[0]!.id}`)).body.history.map((e: { action: string }) => e.action),
    ).toEqual(['create', 'submit']);
    const sample = await env.ctx.db.execute<{ attrs: Record<string, unknown>; region_code: string | null }>(
      sql`select attrs, region_code from records where import_id = ${importId} and import_row = 2`,
    );
    expect(sample.rows[0]).toEqual({
      attrs: {
        destination: 'near_home',
        employer: '天津用工单位0有限公司',
        postKind: 'enterprise',
        startDate: '2019-01-01',
      },
      region_code: '621022100',
    });

    const audit = await env.ctx.db.execute<{ details: { created?: number; finished?: boolean } }>(
      sql`select details from audit_log where action = 'record.import' and object_id = ${importId} order by id`,
    );
    const created = audit.rows.reduce((n, r) => n + (r.details.created ?? 0), 0);
    expect(created).toBe(9_900);
    expect(audit.rows.at(-1)!.details).toMatchObject({ finished: true, accepted: 9_900, rejected: 100 });
    expect(done).toMatchObject({
      status: 'done',
      kind: 'records',
      recordType: 'employment',
      total: 10_000,
      processed: 10_000,
      accepted: 9_900,
      rejected: 100,
      error: null,
    });
  });

  it('answers a re-upload of the same file with the same batch and creates nothing', async () => {
    const [records, persons] = [await count(sql`select count(*) as n from records`), await personCount()];
    const again = await upload(renshe, content, 'employment', 'copy.xlsx');
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id: importId, status: 'done', accepted: 9_900 });
    await importsIdle();
    expect(await count(sql`select count(*) as n from records`)).toBe(records);
    expect(await personCount()).toBe(persons);
    expect((await upload(renshe, content, 'job_fair')).status).toBe(400);
  });

  it('shows the batch to its importer, not to a county officer', async () => {
    expect((await huan.get(`/api/imports/${importId}`)).status).toBe(403);
    expect((await huan.get(`/api/imports/${importId}/rejects`)).status).toBe(403);
  });
});

describe('a crash mid-import', { timeout: 300_000 }, () => {
  it('leaves whole batches only, and the same file uploaded again resumes without duplicates', async () => {
    const sheet = await sheetFile('employment-3k.xlsx', {
      rows: 3_000,
      unit: '区人社局',
      badOf: everyHundredth,
      keyOffset: 500_000,
    });
    // the database refuses one row of the third batch (of 1,000), as a crash in the middle of it would
    await env.owner.db.execute(
      sql.raw(
        `create function xz_fail() returns trigger language plpgsql as $$ begin if new.import_row = 2300 then raise exception 'simulated crash'; end if; return new; end $$`,
      ),
    );
    await env.owner.db.execute(
      sql.raw(`create trigger xz_fail before insert on records for each row execute function xz_fail()`),
    );
    // fired with the per-row foreign-key checks skipped too (db/bulk-refs.ts), so this crash hits the batched path
    await env.owner.db.execute(sql.raw(`alter table records enable always trigger xz_fail`));
    const personsBefore = await personCount();
    const first = await upload(renshe, sheet.content, 'employment');
    expect(first.status).toBe(202);
    const failed = await finished(renshe, first.body.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'IMPORT_FAILED' });
    expect(failed.error.zh).toContain('重新上传同一文件');
    const rowsIn = async () =>
      (
        await env.ctx.db.execute<{ r: number }>(
          sql`select import_row as r from records where import_id = ${first.body.id} order by 1`,
        )
      ).rows.map((x) => x.r);
    const before = new Set(await rowsIn());
    expect(before.has(2300)).toBe(false);
    await env.owner.db.execute(sql.raw(`drop trigger xz_fail on records; drop function xz_fail()`));

    // a killed process leaves the batch 'running' with a heartbeat that goes stale
    await env.ctx.db.execute(
      sql`update imports set status = 'running', heartbeat_at = now() - interval '10 minutes' where id = ${first.body.id}`,
    );
    const resumed = await upload(renshe, sheet.content, 'employment');
    expect(resumed.body.id).toBe(first.body.id);
    const done = await finished(renshe, first.body.id);
    expect(done).toMatchObject({ status: 'done', total: 3_000, accepted: 2_970, rejected: 30 });
    expect(await recordsOf(first.body.id)).toBe(2_970);
    expect(
      await count(sql`select count(distinct import_row) as n from records where import_id = ${first.body.id}`),
    ).toBe(2_970);
    // the first run left whole batches only: the batch with row 2300 not at all, the ones before it entirely (one after
    // it, written meanwhile on the second connection, may be in or not, but whole)
    const batches = chunk(await rowsIn(), BATCH_SIZE).map(
      (rows) => rows.filter((r) => before.has(r)).length / rows.length,
    );
    expect(batches.every((share) => share === 0 || share === 1)).toBe(true);
    expect(batches.slice(0, 3)).toEqual([1, 1, 0]);
    expect(await personCount()).toBe(personsBefore + sheet.validIds.size);
  });
});

describe('a server stopping mid-import', { timeout: 300_000 }, () => {
  it('marks the batch interrupted between batches, and the same file uploaded again finishes it', async () => {
    const sheet = await sheetFile('employment-6k.xlsx', { rows: 6_000, unit: 'renshe', keyOffset: 700_000 });
    const first = await upload(renshe, sheet.content, 'employment');
    await stopImports(); // what the app's onClose hook does
    const stopped = await finished(renshe, first.body.id);
    expect(stopped).toMatchObject({ status: 'interrupted', error: { code: 'INTERRUPTED' } });
    expect(stopped.accepted).toBe(await recordsOf(first.body.id));
    expect((await recordsOf(first.body.id)) % BATCH_SIZE).toBe(0);
    const again = await upload(renshe, sheet.content, 'employment');
    expect(again.body).toMatchObject({ id: first.body.id, status: 'running' });
    expect(await finished(renshe, first.body.id)).toMatchObject({
      status: 'done',
      total: 6_000,
      accepted: 6_000,
      rejected: 0,
    });
    expect(await recordsOf(first.body.id)).toBe(6_000);
  });
});

describe('a server killed mid-import (its heartbeat stops)', { timeout: 300_000 }, () => {
  const abandon = (id: string, secondsAgo: number) =>
    env.owner.db.execute(
      sql`update imports set status = 'running', heartbeat_at = now() - make_interval(secs => ${secondsAgo}) where id = ${id}`,
    );

  it('shows the batch interrupted with the rows done once its heartbeat is 30 s old, and continuing resumes at the first missing row', async () => {
    const sheet = await sheetFile('employment-4k.xlsx', { rows: 4_000, unit: 'renshe', keyOffset: 740_000 });
    const first = await upload(renshe, sheet.content, 'employment');
    await stopImports();
    await finished(renshe, first.body.id);
    const done = await recordsOf(first.body.id);
    // as a kill -9 leaves it: still 'running', nobody beating
    await abandon(first.body.id, 10);
    expect((await renshe.get(`/api/imports/${first.body.id}`)).body.status).toBe('running');
    await abandon(first.body.id, 31);
    const seen = (await renshe.get(`/api/imports/${first.body.id}`)).body;
    expect(seen).toMatchObject({ status: 'interrupted', accepted: done, error: { code: 'INTERRUPTED' } });
    // only its uploader continues it
    expect((await huan.post(`/api/imports/${first.body.id}/resume`)).status).toBe(403);
    const resumed = await renshe.post(`/api/imports/${first.body.id}/resume`);
    expect(resumed.status).toBe(202);
    expect(resumed.body).toMatchObject({ id: first.body.id, status: 'running' });
    expect(await finished(renshe, first.body.id)).toMatchObject({ status: 'done', total: 4_000, accepted: 4_000 });
    expect(await recordsOf(first.body.id)).toBe(4_000);
  });

  it('a re-upload 31 s after the last heartbeat resumes instead of answering the stalled batch', async () => {
    const sheet = await sheetFile('employment-3k.xlsx', { rows: 3_000, unit: 'renshe', keyOffset: 760_000 });
    const first = await upload(renshe, sheet.content, 'employment');
    await stopImports();
    await finished(renshe, first.body.id);
    await abandon(first.body.id, 31);
    const again = await upload(renshe, sheet.content, 'employment');
    expect(again.body).toMatchObject({ id: first.body.id, status: 'running' });
    expect(await finished(renshe, first.body.id)).toMatchObject({ status: 'done', accepted: 3_000 });
  });

  it('at start, running batches become interrupted: all with the embedded database, the stale ones otherwise', async () => {
    const sheet = await sheetFile('employment-2k.xlsx', { rows: 2_000, unit: 'renshe', keyOffset: 780_000 });
    const first = await upload(renshe, sheet.content, 'employment');
    await stopImports();
    await finished(renshe, first.body.id);
    await abandon(first.body.id, 5);
    expect(await sweepInterrupted(env.ctx.db, false)).toBe(0);
    expect(await sweepInterrupted(env.ctx.db, true)).toBe(1);
    const row = await env.ctx.db.execute<{ status: string }>(
      sql`select status from imports where id = ${first.body.id}`,
    );
    expect(row.rows[0]!.status).toBe('interrupted');
  });
});

describe('who may import what, and what is refused before reading', () => {
  it('refuses a county officer an east-reported type (403) and rejects rows of another unit', async () => {
    const sheet = await sheetFile('other-unit.xlsx', { rows: 5, unit: 'zuzhibu', keyOffset: 900_000 });
    expect((await upload(huan, sheet.content, 'employment')).status).toBe(403);
    const res = await upload(renshe, sheet.content, 'employment');
    const done = await finished(renshe, res.body.id);
    expect(done).toMatchObject({ status: 'done', accepted: 0, rejected: 5 });
    const rejects = await renshe.get(done.rejectsUrl);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(rejects.raw as never);
    const ws = wb.worksheets[0]!;
    const reasons = ws.getColumn(ws.getRow(1).cellCount).values.slice(2);
    expect(reasons).toEqual(
      Array(5).fill('东部单位：您不是该单位的填报人，不能导入其台账 / East unit: you do not report for this unit'),
    );
  });

  it('refuses a zip bomb before inflating it, and fails a sheet without the template header', async () => {
    const zeros = deflatedZeros(3 * 1024);
    const bomb = buildZip([
      { name: 'xl/worksheets/sheet1.xml', data: zeros.data, crc: zeros.crc, uncompressedSize: 3 * 1024 * 1024 * 1024 },
    ]);
    const refused = await upload(renshe, bomb, 'employment', 'bomb.xlsx');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'XLSX_REFUSED', details: { limit: 'entrySize' } });
    expect(
      await count(sql`select count(*) as n from audit_log where action = 'record.import' and outcome = 'failure'`),
    ).toBeGreaterThanOrEqual(1);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRows([
      ['名称', '日期'],
      ['a', 'b'],
    ]);
    const res = await upload(renshe, Buffer.from(await wb.xlsx.writeBuffer()), 'employment');
    expect(res.status).toBe(202);
    const done = await finished(renshe, res.body.id);
    expect(done.status).toBe('failed');
    expect(done.error).toMatchObject({ code: 'IMPORT_HEADER_INVALID', zh: 'Excel 表头与导入模板不一致' });
    expect(done.error.details.missing).toEqual([
      '发生日期',
      '东部单位',
      '受援县',
      '就业去向',
      '用工单位',
      '身份证号',
      '姓名',
    ]);
    // the importer is told that it stopped, and why
    const told = (await renshe.get('/api/messages?pageSize=100')).body.items.filter(
      (m: { template: string }) => m.template === 'import.stopped',
    );
    expect(told.map((m: { body: string }) => m.body).join('\n')).toContain('Excel 表头与导入模板不一致');
  });
});
