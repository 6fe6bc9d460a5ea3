import type { Lang } from '@xiezuo/domain';
import type { ValidationIssue } from '../../../components/server-form-errors';

/** One problem the server found: `values.title`, `people.3.idNumber`, `countyCode`, … (read by `validationIssues`). */
export type FieldIssue = ValidationIssue;
export type PersonField = 'idNumber' | 'name' | 'phone';

/** Where each problem is shown: on a form control, on a roster row's cell, on the roster as a whole, or in the summary. */
export type PlacedErrors = {
  form: { name: (string | number)[]; errors: string[] }[];
  rows: Map<number, Partial<Record<PersonField, string>>>;
  roster: string[];
  other: string[];
};

const TOP_FIELDS = new Set(['occurredOn', 'eastUnitId', 'countyCode', 'regionCode', 'pairingId', 'note', 'reason']);
const PERSON_FIELDS = new Set<string>(['idNumber', 'name', 'phone']);

/** Server messages come as "english / 中文"; picks the half in the current language. */
export function messageIn(message: string, lang: Lang): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return lang === 'en' ? parts[0]!.trim() : parts[1]!.trim();
}

/**
 * Puts each server problem where the person will look: `values.x` on the x control, `people.3.idNumber` on the
 * fourth roster row, `people` above the roster, anything else in the summary. `describe` turns an issue into text.
 */
export function placeErrors(issues: readonly FieldIssue[], describe: (i: FieldIssue) => string): PlacedErrors {
  const placed: PlacedErrors = { form: [], rows: new Map(), roster: [], other: [] };
  for (const issue of issues) {
    const text = describe(issue);
    const [head, second, third] = issue.path.split('.');
    if (head === 'values' && second) placed.form.push({ name: ['values', second], errors: [text] });
    else if (head === 'people' && second === undefined) placed.roster.push(text);
    else if (head === 'people' && /^\d+$/.test(second ?? '') && third && PERSON_FIELDS.has(third)) {
      const index = Number(second);
      placed.rows.set(index, { ...placed.rows.get(index), [third as PersonField]: text });
    } else if (head && TOP_FIELDS.has(head) && second === undefined) placed.form.push({ name: [head], errors: [text] });
    else placed.other.push(issue.path ? `${issue.path}: ${text}` : text);
  }
  return placed;
}
