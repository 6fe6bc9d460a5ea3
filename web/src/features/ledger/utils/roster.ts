import {
  checkIdNumber,
  isValidMobile,
  normaliseIdNumber,
  normalisePhone,
  type IdNumberProblem,
  type PersonInput,
} from '@xiezuo/domain';

/** One roster row as the person types it; `key` keeps React rows stable while rows are added and removed. */
export type RosterRow = { key: string; idNumber: string; name: string; phone: string; isPoor: boolean };
export type RosterDraft = Omit<RosterRow, 'key'>;

export type RowProblem = IdNumberProblem | 'REQUIRED' | 'DUPLICATE' | 'PHONE';
export type RowProblems = Partial<Record<'idNumber' | 'name' | 'phone', RowProblem>>;

let seq = 0;
/** A new row with a unique key. */
export function rosterRow(draft: Partial<RosterDraft> = {}): RosterRow {
  seq += 1;
  return { key: `r${seq}`, idNumber: '', name: '', phone: '', isPoor: false, ...draft };
}

const YES = new Set(['是', 'y', 'yes', '1', 'true', '√', '✓', '✔', '建档立卡', '建档立卡户', '贫困户', '贫困']);
const looksLikeId = (s: string) => /^\d{6,17}[\dX]?$/.test(normaliseIdNumber(s));
const cell = (s: string | undefined) =>
  (s ?? '')
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .trim();

export type PasteResult = { rows: RosterDraft[]; skipped: number };

/**
 * Rows copied from Excel (tab-separated): ID number, name, phone, 建档立卡 (是/否). Blank lines and header rows
 * (no digits where the ID number should be) are skipped; when the first two columns are name then ID number,
 * they are swapped, since many sheets put the name first.
 */
export function parseRosterPaste(text: string): PasteResult {
  const rows: RosterDraft[] = [];
  let skipped = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = (line.includes('\t') ? line.split('\t') : line.split(/[,，]/)).map(cell);
    let [id = '', name = ''] = cells;
    if (!looksLikeId(id) && looksLikeId(name)) [id, name] = [name, id];
    id = normaliseIdNumber(id);
    if (!/\d/.test(id)) {
      skipped += 1;
      continue;
    }
    rows.push({ idNumber: id, name, phone: cells[2] ?? '', isPoor: YES.has((cells[3] ?? '').toLowerCase()) });
  }
  return { rows, skipped };
}

/** Client-side checks per row (the server checks again): GB 11643 ID number, no duplicates, a name, a mobile number. */
export function checkRoster(rows: readonly RosterDraft[]): RowProblems[] {
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const p: RowProblems = {};
    const id = normaliseIdNumber(r.idNumber);
    if (!id) p.idNumber = 'REQUIRED';
    else {
      const problem = checkIdNumber(id);
      if (problem) p.idNumber = problem;
      else if (seen.has(id)) p.idNumber = 'DUPLICATE';
      else seen.set(id, i);
    }
    if (!r.name.trim()) p.name = 'REQUIRED';
    if (r.phone.trim() && !isValidMobile(normalisePhone(r.phone))) p.phone = 'PHONE';
    return p;
  });
}

export const hasProblems = (problems: readonly RowProblems[]) => problems.some((p) => Object.keys(p).length > 0);

/** The valid, normalised ID number of a row, or null (what may be looked up). */
export function lookupId(r: RosterDraft): string | null {
  const id = normaliseIdNumber(r.idNumber);
  return id && checkIdNumber(id) === null ? id : null;
}

/** The roster as the API takes it. */
export function toPeopleInput(rows: readonly RosterDraft[]): PersonInput[] {
  return rows.map((r) => ({
    idNumber: normaliseIdNumber(r.idNumber),
    name: r.name.trim(),
    phone: r.phone.trim() ? normalisePhone(r.phone) : null,
    isPoor: r.isPoor,
  }));
}
