import crypto from 'node:crypto';
import { normaliseIdNumber } from '@xiezuo/domain';
import { blindIndex, type DataKeys } from '../../../security/pii';
import type { RecordCore } from '../records.validate';

/** Values with their keys in one order, so the same row written by another tool compares equal. */
const sortedJson = (value: unknown): string =>
  value === null || typeof value !== 'object' || Array.isArray(value)
    ? JSON.stringify(value ?? null)
    : `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`)
        .join(',')}}`;

/**
 * Rows of one upload that state the same fact twice: the same record type, date, east unit, county, place and
 * pairing, the same people (by ID number) and the same value in every declared field (the remark aside). The first
 * stays; a later one is reported as a duplicate of it (rejected unless the upload asked to keep them). Only a
 * digest of each row is kept, never its ID numbers.
 */
export class DuplicateRows {
  private readonly seen = new Map<string, number>();

  constructor(private readonly keys: DataKeys) {}

  private digest(core: RecordCore): string {
    const people = core.people.map((p) => blindIndex(this.keys, normaliseIdNumber(p.idNumber))).sort();
    const fact = [core.type, core.occurredOn, core.eastUnitId, core.countyCode, core.regionCode, core.pairingId];
    return crypto
      .createHash('sha256')
      .update(sortedJson([...fact, core.values, people]))
      .digest('base64url');
  }

  /** Remembers a row already in the ledger from an earlier run of this upload. */
  remember(row: number, core: RecordCore): void {
    const d = this.digest(core);
    if (!this.seen.has(d)) this.seen.set(d, row);
  }

  /** The earlier row this one repeats, if any; else this row is remembered as the first of its kind. */
  firstOf(row: number, core: RecordCore): number | undefined {
    const d = this.digest(core);
    const first = this.seen.get(d);
    if (first === undefined) this.seen.set(d, row);
    return first;
  }
}
