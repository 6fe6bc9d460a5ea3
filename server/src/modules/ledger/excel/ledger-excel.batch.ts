import { deriveMeasures, MEASURE_KEYS, type RecordTypeDecl } from '@xiezuo/domain';
import {
  withBatchedReferences,
  lockReferences,
  type BulkChecks,
  type ForeignKey,
  type Reference,
} from '../../../db/bulk-refs';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { withAudit } from '../../../lib/audit-tx';
import * as imports from '../../imports/imports.service';
import { resolvePeople, type CheckedPerson, type ResolvedPerson } from '../../persons/persons.service';
import * as repo from './ledger-excel.repository';
import type { RecordCore, ValidRecord } from '../records.validate';

/** A row that passed every check, ready to go in. */
export type ValidRow = { number: number; core: RecordCore; valid: ValidRecord; note: string | null };

/** What one background import works with: who imports what, into which batch. */
export type ImportJob = {
  ctx: AppContext;
  actor: Actor;
  meta: RequestMeta;
  importId: string;
  decl: RecordTypeDecl;
  path: string;
  filename: string;
  signal: AbortSignal;
  /** Rows repeating an earlier row of the upload go in too (asked for with ?duplicates=accept); else rejected. */
  acceptDuplicates: boolean;
};

/** The tables a batch writes, and every foreign key on them, each checked per batch by `insertBatch` (db/bulk-refs.ts). */
export const IMPORT_TABLES = ['persons', 'records', 'record_people'];
export const IMPORT_FOREIGN_KEYS: readonly ForeignKey[] = [
  'persons.tenant_id>tenants.id',
  'records.tenant_id>tenants.id',
  'records.east_unit_id>units.id',
  'records.county_code>regions.code',
  'records.region_code>regions.code',
  'records.pairing_id>pairings.id',
  'records.created_by>users.id',
  'records.confirmed_by>users.id', // always empty: imported records are drafts
  'records.import_id>imports.id',
  'record_people.tenant_id>tenants.id',
  'record_people.record_id>records.id', // the records inserted by the same statement
  'record_people.person_id>persons.id',
];

/** The rows a batch refers to outside itself: tenant, user, import, units, regions and pairings. */
function referencesOf(job: ImportJob, rows: ValidRow[]): Reference[] {
  const { actor, importId } = job;
  return [
    { table: 'tenants', column: 'id', type: 'uuid', values: [actor.tenantId] },
    { table: 'users', column: 'id', type: 'uuid', values: [actor.userId] },
    { table: 'imports', column: 'id', type: 'uuid', values: [importId] },
    { table: 'units', column: 'id', type: 'uuid', values: rows.map((r) => r.core.eastUnitId) },
    {
      table: 'regions',
      column: 'code',
      type: 'text',
      values: rows.flatMap((r) => [r.core.countyCode, r.core.regionCode]),
    },
    { table: 'pairings', column: 'id', type: 'uuid', values: rows.map((r) => r.core.pairingId) },
  ];
}

export type Progress = { processed: number; rejected: number };

/** The people of a batch, each once (by blind index): the first row that names a person speaks for them. */
function distinctPeople(rows: ValidRow[]): CheckedPerson[] {
  const byIndex = new Map<string, CheckedPerson>();
  for (const r of rows) for (const p of r.valid.people) if (!byIndex.has(p.idIndex)) byIndex.set(p.idIndex, p);
  // in blind-index order, so two batches inserting the same new people take their row locks in the same order
  return [...byIndex.values()].sort((a, b) => (a.idIndex < b.idIndex ? -1 : 1));
}

/** The columns of a batch's records and their roster lines, built column by column (no object per record). */
export function importedBatch(
  decl: RecordTypeDecl,
  rows: ValidRow[],
  personOf: Map<string, ResolvedPerson>,
): repo.ImportedBatch {
  const columns = new Map(repo.IMPORT_COLUMNS.map(([key]) => [key, new Array<unknown>(rows.length)]));
  const col = (key: (typeof repo.IMPORT_COLUMNS)[number][0]) => columns.get(key)!;
  const [
    typeCode,
    year,
    occurredOn,
    eastUnitId,
    countyCode,
    regionCode,
    pairingId,
    reporterSide,
    attrs,
    peopleCount,
    note,
    importRow,
  ] = (
    [
      'typeCode',
      'year',
      'occurredOn',
      'eastUnitId',
      'countyCode',
      'regionCode',
      'pairingId',
      'reporterSide',
      'attrs',
      'peopleCount',
      'note',
      'importRow',
    ] as const
  ).map(col);
  const measures = MEASURE_KEYS.map(col);
  const roster: repo.ImportedBatch['roster'] = { importRow: [], personId: [], isPoor: [], sort: [] };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const people = r.valid.people;
    let poor = 0;
    for (let sort = 0; sort < people.length; sort++) {
      const p = people[sort]!;
      const person = personOf.get(p.idIndex)!;
      const isPoor = p.isPoor ?? person.isPoor;
      if (isPoor) poor++;
      roster.importRow.push(r.number);
      roster.personId.push(person.personId);
      roster.isPoor.push(isPoor);
      roster.sort.push(sort);
    }
    const count = people.length;
    // the same columns records.service's columnsOf gives a record entered by hand (ledger-excel.batch.test.ts)
    const m = deriveMeasures(decl, r.valid.values, decl.roster.mode === 'none' || !count ? null : { count, poor });
    typeCode![i] = r.core.type;
    year![i] = Number(r.core.occurredOn.slice(0, 4));
    occurredOn![i] = r.core.occurredOn;
    eastUnitId![i] = r.core.eastUnitId;
    countyCode![i] = r.core.countyCode;
    regionCode![i] = r.core.regionCode;
    pairingId![i] = r.core.pairingId;
    reporterSide![i] = decl.reportedBy;
    attrs![i] = r.valid.values;
    for (let k = 0; k < MEASURE_KEYS.length; k++) measures[k]![i] = m[MEASURE_KEYS[k]!] ?? null;
    peopleCount![i] = decl.roster.mode === 'none' ? 0 : count;
    note![i] = r.note;
    importRow![i] = r.number;
  }
  return { columns, roster };
}

/**
 * Puts one batch of valid rows in, in one transaction: the people resolved in bulk (unknown ones created), the
 * records inserted as drafts of the importing user with their roster lines in one statement (a row number the batch
 * already holds is skipped), the batch's progress, and the `record.import` audit row. All of it
 * or none of it. Returns how many records went in.
 */
export async function insertBatch(
  job: ImportJob,
  rows: ValidRow[],
  counties: string[],
  progress: Progress,
  references: BulkChecks,
): Promise<number> {
  const { ctx, actor, importId, decl } = job;
  const tenantId = actor.tenantId;
  return withAudit(ctx.db, actor, job.meta, async (tx) => {
    const people = distinctPeople(rows);
    const { created, resolved } = await withBatchedReferences(
      tx,
      references,
      () => referencesOf(job, rows),
      async () => {
        const resolved = people.length ? await resolvePeople(tx, ctx.keys, tenantId, people, counties) : [];
        // people found (not created) by this batch stay until it commits, as the roster's foreign key would keep them
        if (references.batched)
          await lockReferences(tx, [
            {
              table: 'persons',
              column: 'id',
              type: 'uuid',
              values: resolved.filter((p) => !p.isNew).map((p) => p.personId),
            },
          ]);
        const personOf = new Map(people.map((p, i) => [p.idIndex, resolved[i]!]));
        return {
          created: await repo.insertImported(
            tx,
            { tenantId, createdBy: actor.userId, importId },
            importedBatch(decl, rows, personOf),
          ),
          resolved,
        };
      },
    );
    await imports.reportProgress(tx, importId, progress, created);
    const newPeople = resolved.filter((p) => p.isNew).length;
    const details = {
      recordType: decl.code,
      filename: job.filename,
      rows: [rows[0]?.number, rows.at(-1)?.number],
      created,
      newPeople,
    };
    return {
      result: created,
      audit: { action: 'record.import', outcome: 'success', objectType: 'import', objectId: importId, details },
    };
  });
}
