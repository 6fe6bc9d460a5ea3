/** A value a bulk insert sends in a PostgreSQL array literal. */
export type ArrayItem = string | number | boolean | null | undefined;

const ESCAPE = /["\\]/;
const ESCAPES = /["\\]/g;
// an element may go unquoted unless it is empty, spelled NULL, or holds a brace, comma, quote, backslash or space
const SPECIAL = /[{},"\\\s]/;
const needsQuotes = (v: string) => v.length === 0 || (v.length === 4 && v.toLowerCase() === 'null') || SPECIAL.test(v); // a third faster than one regex with ^$|^null$

/**
 * A PostgreSQL array literal ('{a,"b c",NULL}') of text, numbers or booleans, for one `$n::type[]` parameter of a
 * bulk insert, built with one join; an element is quoted only where the array syntax needs it. The driver builds the
 * same literal by concatenating element after element, which for a 1,000-row, 24-column batch cost a fifth of the
 * import's time in Node and left ropes of small strings for the collector.
 */
export function arrayLiteral(values: readonly ArrayItem[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'string')
      parts[i] = !needsQuotes(v) ? v : ESCAPE.test(v) ? `"${v.replace(ESCAPES, '\\$&')}"` : `"${v}"`;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error('not a finite number');
      parts[i] = String(v);
    } else parts[i] = v ? 't' : 'f';
  }
  return `{${parts.join(',')}}`;
}
