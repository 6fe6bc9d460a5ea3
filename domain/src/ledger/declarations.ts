import type { Side } from '../scope/scope';
import type { MeasureKey } from './measures';

export type Label = { zh: string; en: string };

export const RECORD_CATEGORIES = {
  org: { zh: '组织领导', en: 'Organisation and leadership' },
  talent: { zh: '人才支援', en: 'Talent support' },
  funds: { zh: '资金支持', en: 'Funding' },
  industry: { zh: '产业合作', en: 'Industry cooperation' },
  labour: { zh: '劳务协作', en: 'Labour cooperation' },
  pairing: { zh: '携手奔小康', en: 'Pairing assistance' },
  consumption: { zh: '消费帮扶', en: 'Consumption assistance' },
  health_edu: { zh: '医教帮扶', en: 'Health and education' },
  publicity: { zh: '宣传', en: 'Publicity' },
} as const;
export type RecordCategory = keyof typeof RECORD_CATEGORIES;

type Base = { key: string; label: Label; required?: boolean; note?: Label };
/** A field of a record type. `measure` fields land in a measure column, the rest in typed attributes. */
export type FieldDecl =
  | (Base & { kind: 'text'; maxLength?: number })
  | (Base & { kind: 'number'; measure?: MeasureKey; min?: number; max?: number; integer?: boolean })
  | (Base & { kind: 'money'; measure?: MeasureKey })
  | (Base & { kind: 'date' })
  | (Base & { kind: 'boolean' })
  | (Base & { kind: 'enum'; options: readonly { value: string; label: Label }[] })
  | (Base & { kind: 'unit'; side: Side })
  | (Base & { kind: 'region' });

export type FieldKind = FieldDecl['kind'];

/** Who appears on a record: none, exactly one person (an inline roster), or a roster of many. */
export type RosterDecl =
  { mode: 'none' } | { mode: 'single'; label: Label } | { mode: 'many'; label: Label; countsAs: MeasureKey[] };

/** A record type, declared once: from it come the API contract, validation, the form and the Excel template. */
export type RecordTypeDecl = {
  code: string;
  label: Label;
  category: RecordCategory;
  /** The working group (by code) whose indicators this type feeds and who may review it. */
  group: string;
  reportedBy: Side;
  /** Whether the owning working group reviews before the other side confirms. */
  review: boolean;
  fields: readonly FieldDecl[];
  roster: RosterDecl;
  /** District-level types (meetings, articles, events in the district) may have no county. */
  countyOptional?: boolean;
  /**
   * Measures that indicator rules may filter on (e.g. a secondment's months: "one year or more"). Together with the
   * enumerations and yes/no fields they are the dimensions the engine's monthly roll-up keeps per record group.
   */
  dimMeasures?: readonly MeasureKey[];
  /** Measures a record of this type always carries, e.g. one job fair is one session. */
  fixed?: Partial<Record<MeasureKey, number>>;
};

export const opt = (value: string, zh: string, en: string) => ({ value, label: { zh, en } });
export const L = (zh: string, en: string): Label => ({ zh, en });
