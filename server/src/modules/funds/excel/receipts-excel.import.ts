import { actingOf, type ImportRowError } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { withAudit } from '../../../lib/audit-tx';
import { guard, type Upload } from '../../../lib/files/upload';
import { cellDate, cellText, readFirstSheet, type Plain } from '../../../lib/xlsx/xlsx-read';
import { xlsxRefused } from '../../../lib/xlsx/xlsx-guard';
import * as imports from '../../imports/imports.service';
import { buildRejectsWorkbook, type RejectedRow } from '../../imports/rejects-report';
import { matchCounties } from '../matching.service';
import * as money from '../money.repository';
import * as projects from '../projects.repository';
import {
  cellFen,
  cellOf,
  isEnglishHeader,
  mapHeader,
  missingColumns,
  RECEIPT_COLUMNS,
  rowError,
  type ReceiptColumnKey,
} from './funds-excel.columns';

/** Lines one statement may hold. */
export const MAX_RECEIPT_ROWS = 20_000;
const AUDIT_ACTION = 'receipt.import';
type Map = Partial<Record<ReceiptColumnKey, number>>;
type Sheet = { header: string[]; map: Map; rows: { number: number; cells: Plain[] }[] };
type Parsed = {
  receivedOn: string;
  voucher: string;
  amountFen: number;
  payer: string | null;
  project: string | null;
  note: string | null;
};

async function readSheet(path: string): Promise<Sheet> {
  let sheet: Sheet | null = null;
  for await (const r of readFirstSheet(path)) {
    const texts = r.cells.map(cellText);
    if (texts.every((t) => t === '')) continue;
    if (!sheet) {
      const map = mapHeader(RECEIPT_COLUMNS, texts);
      const missing = missingColumns(RECEIPT_COLUMNS, map);
      if (missing.length || map.credit === undefined)
        throw new AppError('IMPORT_HEADER_INVALID', {
          row: r.number,
          missing: map.credit === undefined ? [...missing, '收入金额（元）'] : missing,
          expected: RECEIPT_COLUMNS.map((x) => x.zh),
        });
      sheet = { header: texts, map, rows: [] };
      continue;
    }
    if (!sheet.rows.length && isEnglishHeader(RECEIPT_COLUMNS, texts)) continue;
    if (sheet.rows.length >= MAX_RECEIPT_ROWS) throw xlsxRefused('rows', { max: MAX_RECEIPT_ROWS });
    sheet.rows.push(r);
  }
  if (!sheet) throw new AppError('IMPORT_HEADER_INVALID', { expected: RECEIPT_COLUMNS.map((x) => x.zh) });
  return sheet;
}

const err = (row: number, key: ReceiptColumnKey | null, zh: string, en: string) =>
  rowError(RECEIPT_COLUMNS, row, key, zh, en);

/** One statement line: a credit becomes a receipt; a debit-only line is skipped ('skip'); errors otherwise. */
function parseLine(n: number, cells: Plain[], map: Map): Parsed | 'skip' | ImportRowError[] {
  const at = (k: ReceiptColumnKey) => cellOf(map, cells, k);
  const credit = cellFen(at('credit'));
  const debit = cellFen(at('debit'));
  if ((credit === null || credit === 0) && typeof debit === 'number' && debit > 0) return 'skip';
  const errors: ImportRowError[] = [];
  const date = cellDate(at('date'));
  if (date === null || date === 'invalid') errors.push(err(n, 'date', '应为日期', 'must be a date'));
  const voucher = cellText(at('voucher')).slice(0, 60);
  if (!voucher) errors.push(err(n, 'voucher', '必填', 'required'));
  if (credit === 'invalid' || credit === null || credit === 0)
    errors.push(
      err(n, 'credit', '应为大于0、最多两位小数的金额', 'must be an amount above 0 with at most two decimals'),
    );
  if (errors.length) return errors;
  return {
    receivedOn: date as string,
    voucher,
    amountFen: credit as number,
    payer: cellText(at('payer')).slice(0, 200) || null,
    project: cellText(at('project')) || null,
    note: cellText(at('summary')).slice(0, 1000) || null,
  };
}

/** The county a statement is for: the officer's one county, or the `county` field naming one of theirs. */
function countyOf(actor: Actor, upload: Upload): string {
  const mine = actingOf(actor).counties;
  const asked = upload.fields.county;
  if (asked ? !mine.includes(asked) : mine.length !== 1) throw new AppError('FORBIDDEN');
  return asked ?? mine[0]!;
}

/**
 * Imports the county's bank statement (收入明细): each credit line becomes a receipt with its own voucher, valid lines
 * in and the others listed in a rejects report, a voucher already booked refused (so a statement read again adds
 * nothing); then the county's unmatched receipts and payments are matched in the same transaction.
 */
export async function importReceipts(ctx: AppContext, actor: Actor, meta: RequestMeta, upload: Upload) {
  const county = await guard(upload, () => countyOf(actor, upload));
  const received = await imports.receiveXlsx(ctx, actor, meta, 'fund_receipts', AUDIT_ACTION, upload);
  if (received.earlier) return { ...imports.presentImportResult(received.earlier), matched: 0 };
  const sheet = await readSheet(received.file.path);
  const rejected: RejectedRow[] = [];
  const ok: { number: number; cells: Plain[]; p: Parsed }[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  for (const r of sheet.rows) {
    const p = parseLine(r.number, r.cells, sheet.map);
    if (p === 'skip') skipped++;
    else if (Array.isArray(p)) rejected.push({ number: r.number, cells: r.cells, errors: p });
    else if (seen.has(p.voucher))
      rejected.push({
        number: r.number,
        cells: r.cells,
        errors: [err(r.number, 'voucher', `与第${seen.get(p.voucher)}行重复`, `repeats row ${seen.get(p.voucher)}`)],
      });
    else {
      seen.set(p.voucher, r.number);
      ok.push({ number: r.number, cells: r.cells, p });
    }
  }
  const codes = [...new Set(ok.flatMap((r) => (r.p.project ? [r.p.project] : [])))];
  const byCode = new Map((await projects.findByCodes(ctx.db, actor.tenantId, codes)).map((p) => [p.code, p]));
  const valid = ok.filter((r) => {
    const p = r.p.project ? byCode.get(r.p.project) : undefined;
    if (r.p.project && (!p || p.countyCode !== county)) {
      rejected.push({
        number: r.number,
        cells: r.cells,
        errors: [err(r.number, 'project', '项目不存在或不属于本县', 'unknown project or of another county')],
      });
      return false;
    }
    return true;
  });
  const textColumns = RECEIPT_COLUMNS.flatMap((x) =>
    x.isText && sheet.map[x.key] !== undefined ? [sheet.map[x.key]! + 1] : [],
  );
  return withAudit(ctx.db, actor, meta, async (tx) => {
    const opened = await imports.beginImport(tx, actor, 'fund_receipts', received);
    if (!opened) {
      const earlier = await imports.findEarlier(tx, actor, 'fund_receipts', received.file.hash);
      return {
        result: { ...imports.presentImportResult(earlier), matched: 0 },
        audit: {
          action: AUDIT_ACTION,
          outcome: 'success',
          objectType: 'import',
          objectId: earlier.id,
          details: { repeatOf: earlier.id },
        },
      };
    }
    const inserted = await money.insertReceipts(
      tx,
      valid.map((r) => ({
        tenantId: actor.tenantId,
        year: Number(r.p.receivedOn.slice(0, 4)),
        countyCode: county,
        receivedOn: r.p.receivedOn,
        amountFen: r.p.amountFen,
        voucher: r.p.voucher,
        payer: r.p.payer,
        projectId: r.p.project ? byCode.get(r.p.project)!.id : null,
        note: r.p.note,
        importId: opened.id,
        importRow: r.number,
        createdBy: actor.userId,
      })),
    );
    const booked = new Set(inserted.map((r) => r.voucher));
    for (const r of valid)
      if (!booked.has(r.p.voucher))
        rejected.push({
          number: r.number,
          cells: r.cells,
          errors: [err(r.number, 'voucher', '凭证号已登记', 'voucher already booked')],
        });
    const { matched } = await matchCounties(tx, actor, meta, [county]);
    rejected.sort((a, b) => a.number - b.number);
    const counts = { total: sheet.rows.length - skipped, accepted: inserted.length, rejected: rejected.length };
    const rejects = rejected.length ? await buildRejectsWorkbook(sheet.header, rejected, textColumns) : null;
    const done = await imports.finishImport(tx, ctx, opened.id, counts, rejects);
    return {
      result: { ...imports.presentImportResult(done), matched },
      audit: {
        action: AUDIT_ACTION,
        outcome: 'success',
        objectType: 'import',
        objectId: done.id,
        details: { filename: received.filename, county, ...counts, skipped, matched },
      },
    };
  });
}
