import { z } from 'zod';

/**
 * Cohorts (学生班级): western students studying in the district, such as the 夏河班 of 南开大学附属中学 — a register of
 * the students (persons by encrypted ID number), their term results and the support they received; each support is a
 * `student_support` ledger record, so the education indicators count it.
 */

const isoDate = z.iso.date();
const named = z.object({ id: z.string(), name: z.string() });

export const COHORT_STUDENT_STATUSES = ['studying', 'graduated', 'left'] as const;
export type CohortStudentStatus = (typeof COHORT_STUDENT_STATUSES)[number];
export const COHORT_STUDENT_STATUS_LABELS: Record<CohortStudentStatus, { zh: string; en: string }> = {
  studying: { zh: '在读', en: 'Studying' },
  graduated: { zh: '已毕业', en: 'Graduated' },
  left: { zh: '已离校', en: 'Left' },
};

/** The kinds of support a student receives; the same values as the `student_support` record type's supportKind. */
export const SUPPORT_KINDS = ['scholarship', 'mentoring', 'living', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_LABELS: Record<SupportKind, { zh: string; en: string }> = {
  scholarship: { zh: '奖助学金', en: 'Scholarship' },
  mentoring: { zh: '结对导师', en: 'Mentoring' },
  living: { zh: '生活补助', en: 'Living allowance' },
  other: { zh: '其他', en: 'Other' },
};

/** A term as schools name it: 2019-2020学年第一学期 → "2019-2020-1". */
export const TERM = /^\d{4}-\d{4}-[12]$/;

export const studentBody = z.object({
  idNumber: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(50),
  grade: z.string().trim().min(1).max(20),
  enrolledOn: isoDate,
});
export type StudentBody = z.infer<typeof studentBody>;

export const resultBody = z.object({
  term: z.string().regex(TERM),
  score: z.number().min(0).max(1000).nullable().default(null),
  rank: z.number().int().min(1).max(2000).nullable().default(null),
  classSize: z.number().int().min(1).max(2000).nullable().default(null),
  comment: z.string().trim().max(500).nullable().default(null),
});
export type ResultBody = z.infer<typeof resultBody>;

export const supportBody = z.object({
  kind: z.enum(SUPPORT_KINDS),
  /** Money in fen; none for mentoring. */
  amountFen: z.number().int().min(0).max(100_000_000).nullable().default(null),
  term: z.string().regex(TERM).nullable().default(null),
  givenOn: isoDate,
  /** The eastern unit that gave it; the cohort's school when left out. */
  unitId: z.uuid().optional(),
  note: z.string().trim().max(500).nullable().default(null),
});
export type SupportBody = z.infer<typeof supportBody>;

export const cohortResultDto = resultBody.extend({ id: z.string() });
export const cohortSupportDto = z.object({
  id: z.string(),
  kind: z.enum(SUPPORT_KINDS),
  amountFen: z.number().nullable(),
  term: z.string().nullable(),
  givenOn: z.string(),
  unit: named,
  /** The ledger record it produced. */
  recordId: z.string().nullable(),
});

export const cohortStudentDto = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  grade: z.string(),
  status: z.enum(COHORT_STUDENT_STATUSES),
  enrolledOn: z.string(),
  results: z.array(cohortResultDto),
  supports: z.array(cohortSupportDto),
});
export type CohortStudentDto = z.infer<typeof cohortStudentDto>;

export const cohortDto = z.object({
  id: z.string(),
  name: z.string(),
  school: named,
  county: z.object({ code: z.string(), name: z.string() }),
  pairingId: z.string().nullable(),
  startYear: z.number().int(),
  note: z.string().nullable(),
  students: z.number().int(),
  /** Students who received support of any kind, and the money given (fen). */
  supported: z.number().int(),
  amountFen: z.number(),
  version: z.number().int(),
  /** edit: add students, results and support (the school, the education group and its lead unit, the office). */
  abilities: z.object({ edit: z.boolean() }),
});
export type CohortDto = z.infer<typeof cohortDto>;

export const cohortDetailDto = cohortDto.extend({ roster: z.array(cohortStudentDto) });
export type CohortDetailDto = z.infer<typeof cohortDetailDto>;
