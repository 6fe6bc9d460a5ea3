import { z } from 'zod';

/**
 * External accounts: people and organisations outside government (workers, employers, donors, suppliers, hospital
 * doctors) who sign in by phone and one-time code. Their roles are not staff roles and grant no staff ability.
 */
export const EXTERNAL_ROLES = ['worker', 'employer', 'donor', 'supplier', 'doctor'] as const;
export type ExternalRole = (typeof EXTERNAL_ROLES)[number];

export const EXTERNAL_ROLE_LABELS: Record<ExternalRole, { zh: string; en: string }> = {
  worker: { zh: '求职者', en: 'Worker' },
  employer: { zh: '用工企业', en: 'Employer' },
  donor: { zh: '捐赠方', en: 'Donor' },
  supplier: { zh: '供应商', en: 'Supplier' },
  doctor: { zh: '医生', en: 'Doctor' },
};

/**
 * What an account belongs to: a generic reference a module points at (a person of the ledger, an enterprise,
 * a supplier, a hospital…). The kind names the module's table; the id is that row's id.
 */
export const SUBJECT_KINDS = ['person', 'enterprise', 'organisation', 'supplier', 'hospital'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export const subjectRef = z.object({ kind: z.enum(SUBJECT_KINDS), id: z.string().min(1).max(64) });
export type SubjectRef = z.infer<typeof subjectRef>;

/** A mainland mobile number: 11 digits from 13–19, with an optional +86 / 86 and spaces or dashes. */
export const phoneInput = z.string().trim().min(1).max(20);

export const otpRequestBody = z.object({ phone: phoneInput, tenant: z.string().trim().max(40).optional() });
export const otpRequestDto = z.object({
  sent: z.literal(true),
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
});
export const otpVerifyBody = z.object({
  phone: phoneInput,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  tenant: z.string().trim().max(40).optional(),
});

export const accountSessionDto = z.object({
  account: z.object({
    id: z.string(),
    phoneMasked: z.string(),
    displayName: z.string().nullable(),
    roles: z.array(z.enum(EXTERNAL_ROLES)),
    subject: subjectRef.nullable(),
    tenant: z.object({ id: z.string(), name: z.string() }),
    isNew: z.boolean(),
  }),
  kind: z.literal('external'),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type AccountSessionDto = z.infer<typeof accountSessionDto>;
