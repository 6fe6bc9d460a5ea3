import type { RecordTypeDecl } from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../http/context';
import { withAudit } from '../audit/audit.service';
import * as imports from '../imports/imports.service';
import { resolvePeople, type CheckedPerson } from '../persons/persons.service';
import * as repo from './records-excel.repository';
import { columnsOf } from './records.service';
import type { RecordCore, ValidRecord } from './records.validate';

/** A row that passed every check, ready to go in. */
export type ValidRow = { number: number; core: RecordCore; valid: ValidRecord; note: string | null };

/** What one background import works with: who imports what, into which batch. */
export type ImportJob = { ctx: AppContext; actor: Actor; meta: RequestMeta; importId: string; decl: RecordTypeDecl; path: string; filename: string; signal: AbortSignal };

export type Progress = { processed: number; rejected: number };

/** The people of a batch, each once (by blind index): the first row that names a person speaks for them. */
function distinctPeople(rows: ValidRow[]): CheckedPerson[] {
  const byIndex = new Map<string, CheckedPerson>();
  for (const r of rows) for (const p of r.valid.people) if (!byIndex.has(p.idIndex)) byIndex.set(p.idIndex, p);
  // in blind-index order, so two batches inserting the same new people take their row locks in the same order
  return [...byIndex.values()].sort((a, b) => (a.idIndex < b.idIndex ? -1 : 1));
}

/**
 * Puts one batch of valid rows in, in one transaction: the people resolved in bulk (unknown ones created), the
 * records inserted as drafts of the importing user (a row number the batch already holds is skipped), their roster
 * lines and 'create' events, the batch's progress, and the `record.import` audit row. All of it or none of it.
 * Returns how many records were created.
 */
export async function insertBatch(job: ImportJob, rows: ValidRow[], counties: string[], progress: Progress): Promise<number> {
  const { ctx, actor, importId, decl } = job;
  const tenantId = actor.tenantId;
  return withAudit(ctx.db, actor, job.meta, async (tx) => {
    const people = distinctPeople(rows);
    const resolved = people.length ? await resolvePeople(tx, ctx.keys, tenantId, people, counties) : [];
    const personOf = new Map(people.map((p, i) => [p.idIndex, resolved[i]!]));
    const rosters = rows.map((r) =>
      r.valid.people.map((p) => {
        const person = personOf.get(p.idIndex)!;
        return { personId: person.personId, isPoor: p.isPoor ?? person.isPoor };
      }),
    );
    const values = rows.map((r, i) => {
      const roster = decl.roster.mode === 'none' || !rosters[i]!.length ? null : { count: rosters[i]!.length, poor: rosters[i]!.filter((p) => p.isPoor).length };
      const cols = columnsOf(r.core, r.valid, roster); // a fresh object: completed in place, not copied
      cols.note = r.note;
      cols.importRow = r.number;
      return cols;
    });
    const inserted = await repo.insertImported(tx, { tenantId, createdBy: actor.userId, importId }, values);
    const rowIndex = new Map(rows.map((r, i) => [r.number, i]));
    await repo.insertRecordPeople(
      tx,
      tenantId,
      inserted.flatMap((rec) => rosters[rowIndex.get(rec.importRow)!]!.map((p, sort) => ({ recordId: rec.id, personId: p.personId, isPoor: p.isPoor, sort }))),
    );
    await repo.insertCreateEvents(tx, { tenantId, userId: actor.userId, importId }, inserted.map((rec) => ({ recordId: rec.id, row: rec.importRow })));
    await imports.reportProgress(tx, importId, progress, inserted.length);
    const newPeople = resolved.filter((p) => p.isNew).length;
    const details = { recordType: decl.code, filename: job.filename, rows: [rows[0]?.number, rows.at(-1)?.number], created: inserted.length, newPeople };
    return { result: inserted.length, audit: { action: 'record.import', outcome: 'success', objectType: 'import', objectId: importId, details } };
  });
}
