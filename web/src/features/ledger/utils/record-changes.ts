import type { Lang, RecordTypeDecl } from '@xiezuo/domain';
import { formatFieldValue } from './field-controls';

/** The content of a record a change may touch (what PATCH and unlock requests carry). */
export type RecordContent = {
  occurredOn: string;
  regionCode: string | null;
  pairingId: string | null;
  values: Record<string, unknown>;
  note: string | null;
};
export type ContentKey = keyof RecordContent;
const CONTENT_KEYS: readonly ContentKey[] = ['occurredOn', 'regionCode', 'pairingId', 'values', 'note'];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changed between two versions of the content (values compared as a whole, since PATCH replaces them). */
export function changedContent(before: RecordContent, after: RecordContent): Partial<RecordContent> {
  const out: Partial<RecordContent> = {};
  for (const k of CONTENT_KEYS) if (!same(before[k], after[k])) (out as Record<string, unknown>)[k] = after[k];
  return out;
}

export type ChangeRow = { key: string; label: string; before: string; after: string };
/** Labels of the common fields in before/after tables. */
export type CommonLabels = Record<'occurredOn' | 'regionCode' | 'pairingId' | 'note' | 'peopleCount', string>;

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const plain = (v: unknown) => (v === undefined || v === null || v === '' ? '—' : String(v));

/**
 * The fields that differ between two snapshots (an unlock request's before/after, or the current record and a
 * requested change), each labelled and formatted as the type declares it. Keys absent from `after` did not change.
 */
export function changeRows(
  decl: RecordTypeDecl | undefined,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  lang: Lang,
  labels: CommonLabels,
  names?: (id: string) => string | undefined,
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const k of ['occurredOn', 'regionCode', 'pairingId', 'peopleCount', 'note'] as const) {
    if (!(k in after) || same(before[k], after[k])) continue;
    const show = (v: unknown) =>
      (k === 'regionCode' || k === 'pairingId') && typeof v === 'string' ? (names?.(v) ?? v) : plain(v);
    rows.push({ key: k, label: labels[k], before: show(before[k]), after: show(after[k]) });
  }
  if ('values' in after) {
    const b = asRecord(before.values);
    const a = asRecord(after.values);
    const fields = decl?.fields ?? [];
    for (const f of fields) {
      if (same(b[f.key], a[f.key])) continue;
      rows.push({
        key: `values.${f.key}`,
        label: f.label[lang],
        before: formatFieldValue(f, b[f.key], lang, names),
        after: formatFieldValue(f, a[f.key], lang, names),
      });
    }
    for (const k of Object.keys({ ...b, ...a })) {
      if (fields.some((f) => f.key === k) || same(b[k], a[k])) continue;
      rows.push({ key: `values.${k}`, label: k, before: plain(b[k]), after: plain(a[k]) });
    }
  }
  if ('people' in after && Array.isArray(after.people))
    rows.push({
      key: 'people',
      label: labels.peopleCount,
      before: plain(before.peopleCount),
      after: String(after.people.length),
    });
  return rows;
}
