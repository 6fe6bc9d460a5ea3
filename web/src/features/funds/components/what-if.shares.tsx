import { Alert, Spin, Table } from 'antd';
import type { FundRules } from '../api/funds.types';
import { useT, type Translate } from '../../../app/i18n';
import { useFundRules } from '../api/use-funds.queries';
import { pct } from '../utils/labels';

type Shares = FundRules['district'];
type Row = { key: string; where: string; rule: 'industryShare' | 'grassrootsLivelihoodShare' };
export type WhatIf = { whatIfProject: string } | { whatIfPayment: string } | { whatIfAdjustment: string };

const RULE_LABEL = {
  industryShare: 'fund.shares.industry',
  grassrootsLivelihoodShare: 'fund.shares.grassroots',
} as const;

function breakList(rules: FundRules, t: Translate): string {
  return rules.breaks
    .map((b) => {
      const where = b.countyCode
        ? (rules.counties.find((c) => c.countyCode === b.countyCode)?.countyName ?? b.countyCode)
        : t('fund.district');
      return `${where}${t(RULE_LABEL[b.rule])} ${pct(b.before)} → ${pct(b.after)}（${t('fund.shares.threshold', { v: pct(b.threshold) })}）`;
    })
    .join('；');
}

/**
 * What approving this does to the two shares: the district and the counties concerned, before and after, with the
 * thresholds; a rule it breaks is named in red (the approver then needs an override with a reason).
 */
export function WhatIfShares({ year, whatIf, county }: { year: number; whatIf: WhatIf; county: string | null }) {
  const { t } = useT();
  const rules = useFundRules(year, { ...whatIf });
  const r = rules.data;
  if (rules.error) return <Alert type="error" showIcon title={rules.error.message} />;
  if (!r) return <Spin size="small" description={t('common.loading')} />;
  const before = (code: string | null): Shares | undefined =>
    code ? r.before?.counties.find((c) => c.countyCode === code) : r.before?.district;
  const after = (code: string | null): Shares | undefined =>
    code ? r.counties.find((c) => c.countyCode === code) : r.district;
  const places = [null, ...(county ? [county] : []), ...r.breaks.map((b) => b.countyCode)].filter(
    (v, i, a) => a.indexOf(v) === i,
  );
  const rows: (Row & { code: string | null })[] = places.flatMap((code) =>
    (['industryShare', 'grassrootsLivelihoodShare'] as const).map((rule) => ({
      key: `${code ?? 'd'}-${rule}`,
      code,
      rule,
      where: code ? (r.counties.find((c) => c.countyCode === code)?.countyName ?? code) : t('fund.district'),
    })),
  );
  const broken = (row: Row & { code: string | null }) =>
    r.breaks.some((b) => b.rule === row.rule && b.countyCode === row.code);
  return (
    <div aria-label={t('fund.shares.title')}>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'where', title: t('fund.shares.where'), dataIndex: 'where' },
          { key: 'rule', title: t('fund.shares.title'), render: (_, row) => t(RULE_LABEL[row.rule]) },
          { key: 'before', title: t('fund.shares.before'), render: (_, row) => pct(before(row.code)?.[row.rule]) },
          {
            key: 'after',
            title: t('fund.shares.after'),
            render: (_, row) => (
              <span className={broken(row) ? 'xz-funds-break' : undefined}>{pct(after(row.code)?.[row.rule])}</span>
            ),
          },
          {
            key: 'threshold',
            title: t('fund.shares.thresholdCol'),
            render: (_, row) => pct(r.thresholds[row.rule]),
          },
        ]}
      />
      <div style={{ marginTop: 8 }}>
        {r.breaks.length ? (
          <Alert type="warning" showIcon title={t('fund.shares.breaks', { list: breakList(r, t) })} />
        ) : (
          <Alert type="success" showIcon title={t('fund.shares.ok')} />
        )}
      </div>
    </div>
  );
}

/** Whether the what-if of this step breaks a rule (the dialog then asks for the override). */
export function useBreaks(year: number, whatIf: WhatIf, enabled: boolean): boolean {
  const rules = useFundRules(year, { ...whatIf }, enabled);
  return (rules.data?.breaks.length ?? 0) > 0;
}
