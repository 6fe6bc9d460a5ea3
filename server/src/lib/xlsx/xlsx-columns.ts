/**
 * The first stage of every Excel pipeline (columns → template → rows → import / export): a module declares its sheet's
 * columns once, and the template, the header of an upload and the export all read that declaration.
 */

/** A column of a sheet a module writes and reads back: its key, the zh header a template shows, the en name, a width. */
export type SheetColumn<K extends string = string> = { key: K; zh: string; en: string; width: number };

/** A label compared loosely: spaces, '*', colons and a trailing bracket (e.g. 金额（元）) ignored, dashes alike, case folded. */
export const normaliseLabel = (s: string) =>
  s
    .replace(/[\s*＊:：]/g, '')
    .replace(/[（(][^（(]*[)）]$/, '')
    .replace(/[—–－~～]/g, '-')
    .toLowerCase();

/** Whether a header cell names a column: by its zh label, its en name, or both run together (a bilingual header). */
const names = (c: Pick<SheetColumn, 'zh' | 'en'>, n: string) =>
  normaliseLabel(c.zh) === n || normaliseLabel(c.en) === n || normaliseLabel(`${c.zh}${c.en}`) === n;

/** Maps an upload's header cells to the columns (the first cell naming one wins): column key → 0-based cell index. */
export function mapHeader<K extends string>(
  cols: readonly SheetColumn<K>[],
  header: readonly string[],
): Map<K, number> {
  const map = new Map<K, number>();
  header.forEach((h, i) => {
    const n = normaliseLabel(h);
    if (!n) return;
    const col = cols.find((c) => names(c, n));
    if (col && !map.has(col.key)) map.set(col.key, i);
  });
  return map;
}

/** zh labels of the columns in `required` that the header lacks. */
export const missingColumns = <K extends string>(
  cols: readonly SheetColumn<K>[],
  map: ReadonlyMap<K, number>,
  required: (c: SheetColumn<K>) => boolean,
): string[] => cols.filter((c) => required(c) && !map.has(c.key)).map((c) => c.zh);

/** Whether a row is the template's optional second header line, holding the English names. */
export function isEnglishHeader(cols: readonly Pick<SheetColumn, 'en'>[], cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 3 && filled.every((c) => cols.some((col) => normaliseLabel(col.en) === normaliseLabel(c)));
}

/** Which entry of a closed list a cell names: its zh or en label, or its key. */
export function byLabel<K extends string>(
  keys: readonly K[],
  labels: Record<K, { zh: string; en: string }>,
  text: string,
): K | undefined {
  const n = normaliseLabel(text);
  return keys.find(
    (k) => normaliseLabel(labels[k].zh) === n || normaliseLabel(labels[k].en) === n || k.toLowerCase() === n,
  );
}

/** A cell of a mapped row, by column key (undefined when the upload has no such column). */
export const cellAt = <K extends string, T>(
  map: ReadonlyMap<K, number>,
  cells: readonly T[],
  key: K,
): T | undefined => {
  const i = map.get(key);
  return i === undefined ? undefined : cells[i];
};
