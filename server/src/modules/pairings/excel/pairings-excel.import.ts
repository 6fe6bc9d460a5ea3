import type { ImportResultDto } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { AppError } from '../../../http/app-error';
import { withAudit } from '../../../lib/audit-tx';
import * as imports from '../../imports/imports.service';
import { buildRejectsWorkbook, type RejectedRow } from '../../imports/rejects-report';
import { isEnglishHeader } from '../../../lib/xlsx/xlsx-columns';
import { readFirstSheet, type Plain } from '../../../lib/xlsx/xlsx-read';
import { readWholeTable, type Table, type TableSpec } from '../../../lib/xlsx/xlsx-table';
import type { Upload } from '../../../lib/files/upload';
import { mapPairingHeader, missingPairingColumns, PAIRING_COLUMNS, type PairingHeader } from './pairings-excel.columns';
import { listUnitRefs, type UnitRef } from './pairings-excel.repository';
import {
  parsePairingRow,
  partyKeyOf,
  rowError,
  rowErrorFromInsert,
  type ParsedRow,
  type UnitLookup,
} from './pairings-excel.rows';
import { insertPairing } from '../pairings.service';

/** Data rows one upload may hold; larger batches belong to a background job. */
export const MAX_IMPORT_ROWS = 5_000;
const AUDIT_ACTION = 'pairing.import';

/** The pairings sheet as a table: its header mapped to the columns, then at most MAX_IMPORT_ROWS data rows. */
type Header = { cells: string[]; map: PairingHeader };
const TABLE: TableSpec<Header> & { whenEmpty: string[] } = {
  header: (cells) => ({ cells, map: mapPairingHeader(cells) }),
  missing: (h) => missingPairingColumns(h.map),
  expected: PAIRING_COLUMNS.map((c) => c.zh),
  isSecondHeader: (_h, cells) => isEnglishHeader(PAIRING_COLUMNS, cells),
  maxRows: MAX_IMPORT_ROWS,
  whenEmpty: PAIRING_COLUMNS.map((c) => c.zh),
};

/** Units by code (case-insensitive) first, then by exact name; a name two units share is ambiguous. */
export function unitLookup(units: UnitRef[]): UnitLookup {
  const byCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  return (side, text) => {
    const byItsCode = byCode.get(text.toLowerCase());
    if (byItsCode) return byItsCode.side === side ? { id: byItsCode.id } : 'unknown';
    const named = units.filter((u) => u.side === side && u.name === text);
    if (named.length > 1) return 'ambiguous';
    return named[0] ? { id: named[0].id } : 'unknown';
  };
}

async function answerEarlier(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  earlier: imports.ImportRow,
): Promise<ImportResultDto> {
  await withAudit(ctx.db, actor, meta, async () => ({
    result: null,
    audit: {
      action: AUDIT_ACTION,
      outcome: 'success',
      objectType: 'import',
      objectId: earlier.id,
      details: { repeatOf: earlier.id, filename: earlier.filename, created: 0 },
    },
  }));
  return imports.presentImportResult(earlier);
}

/**
 * Imports pairings from an uploaded xlsx: checked before inflating, read as a stream, each row parsed, then in one
 * transaction every valid row inserted through insertPairing (the same rules as the form, each row in a savepoint),
 * the batch and its rejects report recorded and the import audited. The same file again answers the earlier batch.
 */
export async function importPairings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  upload: Upload,
): Promise<ImportResultDto> {
  const received = await imports.receiveXlsx(ctx, actor, meta, 'pairings', AUDIT_ACTION, upload);
  if (received.earlier) return answerEarlier(ctx, actor, meta, received.earlier);
  let sheet: Table<Header>;
  try {
    sheet = await readWholeTable(readFirstSheet(received.file.path), TABLE);
  } catch (err) {
    if (err instanceof AppError)
      await imports.refuse(
        ctx,
        actor,
        meta,
        AUDIT_ACTION,
        { filename: received.filename, hash: received.file.hash, code: err.code, details: err.details },
        received.file,
      );
    throw err;
  }
  const findUnit = unitLookup(await listUnitRefs(ctx.db, actor.tenantId));
  const parsed: { number: number; cells: Plain[]; parsed: ParsedRow }[] = sheet.rows.map((r) => ({
    ...r,
    parsed: parsePairingRow(r.number, r.cells, sheet.header.map, findUnit),
  }));
  const textColumns = PAIRING_COLUMNS.flatMap((c) =>
    c.isText && sheet.header.map.has(c.key) ? [sheet.header.map.get(c.key)! + 1] : [],
  );

  const batch = await withAudit(ctx.db, actor, meta, async (tx) => {
    const opened = await imports.beginImport(tx, actor, 'pairings', received);
    if (!opened) {
      const repeated = await imports.findEarlier(tx, actor, 'pairings', received.file.hash);
      return {
        result: repeated,
        audit: {
          action: AUDIT_ACTION,
          outcome: 'success',
          objectType: 'import',
          objectId: repeated.id,
          details: { repeatOf: repeated.id, filename: received.filename, created: 0 },
        },
      };
    }
    const rejected: RejectedRow[] = [];
    const created: string[] = [];
    const firstRowOf = new Map<string, number>();
    for (const r of parsed) {
      const input = r.parsed.input;
      if (!input) {
        rejected.push({ number: r.number, cells: r.cells, errors: r.parsed.errors });
        continue;
      }
      const key = partyKeyOf(input);
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        rejected.push({
          number: r.number,
          cells: r.cells,
          errors: [rowError(r.number, 'kind', 'duplicateFile', { row: first })],
        });
        continue;
      }
      firstRowOf.set(key, r.number);
      try {
        created.push((await tx.transaction((sp) => insertPairing(sp, actor, input))).id);
      } catch (err) {
        rejected.push({ number: r.number, cells: r.cells, errors: [rowErrorFromInsert(r.number, input, err)] });
      }
    }
    const counts = { total: parsed.length, accepted: created.length, rejected: rejected.length };
    const rejects = rejected.length ? await buildRejectsWorkbook(sheet.header.cells, rejected, textColumns) : null;
    const done = await imports.finishImport(tx, ctx, opened.id, counts, rejects);
    await imports.notifyImportEnd(ctx, tx, done);
    return {
      result: done,
      audit: {
        action: AUDIT_ACTION,
        outcome: 'success',
        objectType: 'import',
        objectId: done.id,
        details: { filename: received.filename, fileHash: received.file.hash, ...counts, pairingIds: created },
      },
    };
  });
  return imports.presentImportResult(batch);
}
