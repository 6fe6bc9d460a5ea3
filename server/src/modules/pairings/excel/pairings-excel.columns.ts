import {
  PAIRING_KIND_LABELS,
  PAIRING_KINDS,
  PAIRING_STATUS_LABELS,
  PAIRING_STATUSES,
  type PairingKind,
  type PairingStatus,
} from '@xiezuo/domain';
import { byLabel, mapHeader, missingColumns, type SheetColumn } from '../../../lib/xlsx/xlsx-columns';

export type PairingColumnKey =
  'kind' | 'eastUnit' | 'eastRegion' | 'westUnit' | 'westRegion' | 'startDate' | 'endDate' | 'status' | 'note';
type Column = SheetColumn<PairingColumnKey> & { hint: string; isText?: boolean; isDate?: boolean };

/** The columns of the pairings template, import and (first) export columns, in order. */
export const PAIRING_COLUMNS: readonly Column[] = [
  { key: 'kind', zh: '结对类型', en: 'Kind', width: 24, hint: '必填，从下拉列表选择。Required; pick from the list.' },
  {
    key: 'eastUnit',
    zh: '东部单位',
    en: 'East unit',
    width: 22,
    isText: true,
    hint: '填单位编码或完整名称（见“单位与区划”表），与东部区划编码二选一。Unit code or exact name (see the second sheet); this or the east region code.',
  },
  {
    key: 'eastRegion',
    zh: '东部区划编码',
    en: 'East region code',
    width: 16,
    isText: true,
    hint: '本区或街道的区划编码（文本），与东部单位二选一。Code of the district or a street (text); this or the east unit.',
  },
  {
    key: 'westUnit',
    zh: '西部单位',
    en: 'West unit',
    width: 22,
    isText: true,
    hint: '填单位编码或完整名称，与西部区划编码二选一。Unit code or exact name; this or the west region code.',
  },
  {
    key: 'westRegion',
    zh: '西部区划编码',
    en: 'West region code',
    width: 16,
    isText: true,
    hint: '受援县、乡镇或村的区划编码（文本），与西部单位二选一。Code of an assisted county, township or village (text); this or the west unit.',
  },
  {
    key: 'startDate',
    zh: '开始日期',
    en: 'Start date',
    width: 12,
    isDate: true,
    hint: '必填，日期或 YYYY-MM-DD。Required; a date or YYYY-MM-DD.',
  },
  {
    key: 'endDate',
    zh: '结束日期',
    en: 'End date',
    width: 12,
    isDate: true,
    hint: '可空，不得早于开始日期。Optional; not before the start date.',
  },
  {
    key: 'status',
    zh: '状态',
    en: 'Status',
    width: 10,
    hint: '可空，默认“进行中”。Optional; defaults to 进行中 (active).',
  },
  { key: 'note', zh: '备注', en: 'Note', width: 30, hint: '可空，最多 2000 字。Optional; up to 2,000 characters.' },
];

/** Maps header cells to columns by their zh label or en name, so a re-ordered or bilingual header still reads. */
export const mapPairingHeader = (header: string[]) => mapHeader(PAIRING_COLUMNS, header);
export type PairingHeader = ReturnType<typeof mapPairingHeader>;

/** The columns an upload must have; each side needs its unit or its region column. */
export function missingPairingColumns(map: PairingHeader): string[] {
  const missing = missingColumns(PAIRING_COLUMNS, map, (c) => c.key === 'kind' || c.key === 'startDate');
  if (!map.has('eastUnit') && !map.has('eastRegion')) missing.push('东部单位/东部区划编码');
  if (!map.has('westUnit') && !map.has('westRegion')) missing.push('西部单位/西部区划编码');
  return missing;
}

/** A pairing kind from its zh label (as in the drop-down), its en label or its key. */
export const kindFromLabel = (text: string): PairingKind | undefined =>
  byLabel(PAIRING_KINDS, PAIRING_KIND_LABELS, text);

/** A pairing status from its zh label, en label or key. */
export const statusFromLabel = (text: string): PairingStatus | undefined =>
  byLabel(PAIRING_STATUSES, PAIRING_STATUS_LABELS, text);
