import ExcelJS from 'exceljs';
import { addNotesSheet } from '../../../lib/xlsx/xlsx-template';
import {
  AGG_LABELS,
  describeFilter,
  describeRule,
  INDICATOR_CATEGORIES,
  MEASURES,
  measuresOfType,
  RECORD_TYPES,
  recordType,
  WAN,
  type BaseRule,
  type IndicatorRule,
  type PlanIndicatorDto,
  type ValueFormat,
} from '@xiezuo/domain';
import type { Actor, AppContext, RequestMeta } from '../../../http/context';
import { withAudit } from '../../../lib/audit-tx';
import { exportCellValue, setTextCell, styleHeader, type ExportValue } from '../../../lib/xlsx/xlsx-text';
import { getPlan } from '../../progress/progress.service';
import {
  CATALOG_COLUMNS,
  countyHeader,
  FORMAT_LABELS,
  PACING_LABELS,
  TARGET_KIND_LABELS,
  type CatalogColumnKey,
} from './plans-excel.columns';
import { planRefs, type PlanRefs } from '../plans-refs';

const typeNames = (types: readonly string[]) => types.map((t) => recordType(t)?.label.zh ?? t).join('、');
const shown = (v: number | null | undefined, format: ValueFormat): number | null =>
  v === null || v === undefined ? null : format === 'money' ? v / WAN : v;

function baseColumns(rule: BaseRule) {
  const types = 'types' in rule ? typeNames(rule.types) : '';
  const measure = rule.agg === 'sum' ? MEASURES[rule.measure].zh : '';
  const filters = 'filters' in rule ? rule.filters.map((f) => describeFilter(rule.types, f, 'zh')).join('；') : '';
  return { types, measure, filters };
}

/** The readable rule columns: types, measure and filters, each part named for a ratio. */
function ruleColumns(rule: IndicatorRule) {
  if (rule.agg !== 'ratio') return baseColumns(rule);
  const n = baseColumns(rule.numerator);
  const d = baseColumns(rule.denominator);
  const both = (a: string, b: string) => (a || b ? `分子：${a || '—'}；分母：${b || '—'}` : '');
  return { types: both(n.types, d.types), measure: both(n.measure, d.measure), filters: both(n.filters, d.filters) };
}

function rowValues(i: PlanIndicatorDto, refs: PlanRefs): Record<CatalogColumnKey, ExportValue> {
  const rule = ruleColumns(i.rule);
  const unitName = (code: string) => refs.units.find((u) => u.code === code)?.name ?? code;
  return {
    code: i.code,
    nameZh: i.name.zh,
    nameEn: i.name.en,
    category: INDICATOR_CATEGORIES[i.category].zh,
    unitZh: i.unit.zh,
    unitEn: i.unit.en,
    format: FORMAT_LABELS[i.format].zh,
    group: refs.groups.find((g) => g.code === i.group)?.name ?? i.group,
    responsibleUnits: i.responsibleUnits.map(unitName).join('、'),
    agg: AGG_LABELS[i.rule.agg].zh,
    types: rule.types,
    measure: rule.measure,
    filters: rule.filters,
    sentence: describeRule(i.rule, 'zh'),
    ruleJson: JSON.stringify(i.rule),
    targetKind: TARGET_KIND_LABELS[i.target.kind].zh,
    overall: shown(i.target.overall, i.format),
    perCounty: shown(i.target.perCounty, i.format),
    pacing: PACING_LABELS[i.pacing?.kind ?? 'linear'].zh,
    milestones:
      i.pacing?.kind === 'monthly' ? i.pacing.cumulative.map((v) => Math.round(v * 1000) / 10).join(',') : null,
    evidence: i.evidenceRequired ? '是' : '否',
    status: i.isActive ? '启用' : '停用',
    version: i.version,
  };
}

type CatalogSheetColumn = {
  header: string;
  note: string;
  width: number;
  value: (i: PlanIndicatorDto, row: Record<CatalogColumnKey, ExportValue>) => ExportValue;
  isText?: boolean;
};

function sheetColumns(refs: PlanRefs): CatalogSheetColumn[] {
  const cols: CatalogSheetColumn[] = [];
  for (const c of CATALOG_COLUMNS) {
    cols.push({
      header: c.zh,
      note: `${c.en}. ${c.hint}`,
      width: c.width,
      value: (_i, row) => row[c.key],
      isText: c.key === 'code' || c.key === 'ruleJson',
    });
    if (c.key === 'perCounty') {
      for (const county of refs.counties)
        cols.push({
          header: countyHeader(county),
          note: `Target for ${county.name} (${county.code}); empty = the per-county target.`,
          width: 14,
          value: (i) => shown(i.target.counties[county.code], i.format),
        });
    }
  }
  return cols;
}

const IMPORT_NOTE =
  '导入时读取第一张表；任一行有误则不作任何修改，并逐行列出问题。已发布方案的调整须填写理由。An import reads the first sheet; one bad row changes nothing and every problem is listed by row. A published plan needs a reason.';

function addRecordTypes(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('台账类型与字段 Record types');
  ws.columns = [
    { header: '台账类型代码', width: 22 },
    { header: '台账类型', width: 20 },
    { header: '可求和的计量', width: 36 },
    { header: '字段代码', width: 18 },
    { header: '字段', width: 18 },
    { header: '字段类型', width: 10 },
    { header: '可选值', width: 60 },
  ];
  for (const t of RECORD_TYPES) {
    const measures = measuresOfType(t)
      .map((m) => `${MEASURES[m].zh}（${m}）`)
      .join('、');
    ws.addRow([t.code, t.label.zh, measures, null, null, null, null]);
    for (const f of t.fields)
      ws.addRow([
        null,
        null,
        null,
        f.key,
        f.label.zh,
        f.kind,
        f.kind === 'enum' ? f.options.map((o) => `${o.value}=${o.label.zh}`).join('、') : null,
      ]);
  }
  styleHeader(ws, 7, { autoFilter: true });
}

/** The plan's catalog as a workbook: one row per indicator (readable rule columns and the JSON rule), notes, record types. */
export async function exportCatalog(ctx: AppContext, actor: Actor, meta: RequestMeta, year: number): Promise<Buffer> {
  const plan = await getPlan(ctx, actor, year, { includeInactive: true });
  const refs = await planRefs(ctx, actor);
  await withAudit(ctx.db, actor, meta, async () => ({
    result: undefined,
    audit: {
      action: 'plan.export',
      outcome: 'success',
      objectType: 'plan',
      objectId: String(year),
      details: { count: plan.indicators.length },
    },
  }));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiezuo';
  const ws = wb.addWorksheet(`${year} 指标目录 Catalog`);
  const cols = sheetColumns(refs);
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  cols.forEach((c, i) => {
    ws.getRow(1).getCell(i + 1).note = c.note;
    if (c.isText) ws.getColumn(i + 1).numFmt = '@';
  });
  for (const ind of plan.indicators) {
    const values = rowValues(ind, refs);
    const row = ws.addRow([]);
    cols.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = c.value(ind, values);
      if (c.isText) setTextCell(cell, typeof v === 'string' ? v : null);
      else cell.value = exportCellValue(v);
    });
  }
  styleHeader(ws, cols.length, { autoFilter: true });
  addNotesSheet(
    wb,
    [...cols.map((c) => [c.header, c.note] as const), ['', ''], ['导入 Import', IMPORT_NOTE]],
    '说明 Notes',
  );
  addRecordTypes(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
