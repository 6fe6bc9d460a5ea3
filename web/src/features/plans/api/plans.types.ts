import type { MEASURES, RecordCategory, RecordTypeDecl } from '@xiezuo/domain';

/**
 * `GET /api/record-types`. The route declares its types loosely (fields as unknown); it sends the domain's
 * RECORD_TYPES as declared, so the declaration type is what arrives.
 */
export type RecordTypesDto = {
  types: RecordTypeDecl[];
  measures: typeof MEASURES;
  categories: Record<RecordCategory, { zh: string; en: string }>;
};
