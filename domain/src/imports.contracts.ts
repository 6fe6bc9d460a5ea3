import { z } from 'zod';
import { paging } from './page';

/** What a spreadsheet import can load; each kind is managed under one ability (server imports.policy). */
export const IMPORT_KINDS = ['pairings', 'records', 'fund_projects', 'fund_receipts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** `interrupted`: its process or database stopped; the rows in so far stay, and continuing resumes at the first missing row. */
export const IMPORT_STATUSES = ['running', 'done', 'failed', 'interrupted'] as const;
/** A batch that stopped short of done: the workbench counts the caller's own, and `?stopped=true` lists them. */
export const IMPORT_STOPPED_STATUSES = ['failed', 'interrupted'] as const;

/** One import batch: counts, and where its rejects report can be downloaded (null when nothing was rejected). */
export const importDto = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(IMPORT_STATUSES),
  total: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  rejectsUrl: z.string().nullable(),
  filename: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Ledger imports: the record type the rows are read as (null for other kinds). */
  recordType: z.string().nullable(),
  /** Data rows read so far while running; `total` is final once done. */
  processed: z.number().int(),
  /** Why a batch failed (header not the template's, interrupted, …), in both languages. */
  error: z.object({ code: z.string(), zh: z.string(), en: z.string(), details: z.unknown().optional() }).nullable(),
});
export type ImportDto = z.infer<typeof importDto>;

/** `GET /api/imports`: the caller's own batches, newest first; `stopped=true` keeps those that stopped short. */
export const importListQuery = z.object({
  stopped: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  ...paging(20, 100),
});
export type ImportListQuery = z.infer<typeof importListQuery>;
export const importListDto = z.object({ items: z.array(importDto), total: z.number().int() });
export type ImportListDto = z.infer<typeof importListDto>;

/** What an upload answers; a re-upload of the same file answers the earlier batch. */
export const importResultDto = importDto.pick({
  id: true,
  status: true,
  total: true,
  accepted: true,
  rejected: true,
  rejectsUrl: true,
});
export type ImportResultDto = z.infer<typeof importResultDto>;

/** One problem with one row of an uploaded sheet, in both languages. */
export type ImportRowError = { row: number; column: { zh: string; en: string }; zh: string; en: string };
