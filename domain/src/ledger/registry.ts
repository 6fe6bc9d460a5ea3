import type { RecordTypeDecl } from './declarations';
import { FUNDS_TYPES } from './types.funds';
import { INDUSTRY_TYPES } from './types.industry';
import { LABOUR_TYPES } from './types.labour';
import { ORG_TYPES } from './types.org';
import { TALENT_TYPES } from './types.talent';

/** Every record type, declared once. */
export const RECORD_TYPES: readonly RecordTypeDecl[] = [
  ...ORG_TYPES,
  ...TALENT_TYPES,
  ...FUNDS_TYPES,
  ...INDUSTRY_TYPES,
  ...LABOUR_TYPES,
];

const byCode = new Map(RECORD_TYPES.map((t) => [t.code, t]));

export function recordType(code: string): RecordTypeDecl | undefined {
  return byCode.get(code);
}

export const RECORD_TYPE_CODES = RECORD_TYPES.map((t) => t.code) as [string, ...string[]];

/** The codes of the record types the given working groups own (a group lead reviews and sees these). */
export const recordTypesOfGroups = (groups: readonly string[]): string[] =>
  groups.length ? RECORD_TYPES.filter((t) => groups.includes(t.group)).map((t) => t.code) : [];
