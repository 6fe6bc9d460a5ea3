/** `?months=` between 1 and 60 (the API's range), else null: the server's configured default applies. */
export function parseMonths(v: string | null): number | null {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n >= 1 && n <= 60 ? n : null;
}

/** `?asOf=YYYY-MM-DD` when it is a real calendar day, else null (today on the server). */
export function parseAsOf(v: string | null): string | null {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}
