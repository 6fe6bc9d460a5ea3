// 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence, 1 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM';

const PLAIN_ID = /^\d{17}[\dX]$/;

/** Full-width digits and letters to half-width, spaces removed, x upper-cased. */
export function normaliseIdNumber(raw: string): string {
  if (PLAIN_ID.test(raw)) return raw; // as most arrive; an import checks 100,000 of them
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Today (UTC) as YYYYMMDD, worked out again once a day has passed. */
let today = { ymd: '', until: 0 };
function todayYmd(): string {
  const now = Date.now();
  if (now >= today.until) {
    const d = new Date(now);
    today = {
      ymd: d.toISOString().slice(0, 10).replace(/-/g, ''),
      until: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1),
    };
  }
  return today.ymd;
}

/** A real calendar date from 1900 to today (UTC), without a Date object per number. */
function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!)) return false;
  return yyyymmdd <= todayYmd();
}

/** Validates a normalised 18-character ID number; returns the first problem or null. */
export function checkIdNumber(id: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  if (!validBirthDate(id.slice(6, 14))) return 'BIRTH_DATE';
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'CHECKSUM';
  return null;
}

/** 6210**********123X: the address prefix and the last four kept, the rest hidden. */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length < 7
    ? '*'.repeat(phone.length)
    : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Birth date (ISO) and gender from a valid ID number. */
export function idFacts(id: string): { birthDate: string; gender: 'male' | 'female' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** Builds a valid ID number from an address code, birth date (YYYYMMDD) and sequence; for synthetic demo people. */
export function makeIdNumber(address6: string, birth8: string, seq3: number): string {
  const first17 = `${address6}${birth8}${String(seq3).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

export const normalisePhone = (raw: string) => normaliseIdNumber(raw).replace(/^\+?86/, '');
export const isValidMobile = (p: string) => /^1[3-9]\d{9}$/.test(p);
