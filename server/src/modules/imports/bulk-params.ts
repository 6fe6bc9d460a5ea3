/** A value a bulk insert sends in a PostgreSQL array literal. */
export type ArrayItem = string | number | boolean | null | undefined;

const ESCAPE = /["\\]/;
const ESCAPES = /["\\]/g;

/**
 * A PostgreSQL array literal ('{"a","b",NULL}') of text, numbers or booleans, for one `$n::type[]` parameter of a
 * bulk insert: every element quoted, built with one join. The driver builds the same literal by concatenating
 * element after element, which for a 1,000-row, 24-column batch cost a fifth of the import's time in Node and left
 * ropes of small strings for the collector.
 */
export function arrayLiteral(values: readonly ArrayItem[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'string') parts[i] = ESCAPE.test(v) ? `"${v.replace(ESCAPES, '\\$&')}"` : `"${v}"`;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error('not a finite number');
      parts[i] = String(v);
    } else parts[i] = v ? 't' : 'f';
  }
  return `{${parts.join(',')}}`;
}
