import { Card, Progress, Typography } from 'antd';
import type { FundRules } from '../api/funds.types';
import { useT } from '../../../app/i18n';
import { pct } from '../utils/labels';

type Shares = FundRules['district'];
const RULES = [
  { key: 'industryShare', label: 'fund.shares.industry' },
  { key: 'grassrootsLivelihoodShare', label: 'fund.shares.grassroots' },
] as const;

/** One share against its threshold: the bar is red below it. */
function ShareLine({ label, value, threshold }: { label: string; value: number | null; threshold: number | null }) {
  const { t } = useT();
  const below = value !== null && threshold !== null && value < threshold - 1e-9;
  return (
    <div>
      <Typography.Text>{label}</Typography.Text>
      <Progress
        percent={value === null ? 0 : Math.round(value * 1000) / 10}
        format={() => pct(value)}
        status={below ? 'exception' : 'normal'}
        strokeColor={below ? undefined : '#389e0d'}
        aria-label={label}
      />
      {threshold !== null ? (
        <Typography.Text type={below ? 'danger' : 'secondary'} className="xz-funds-sub">
          {t('fund.shares.threshold', { v: pct(threshold) })}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** The two fund rules of the district and each county, shares of fiscal money paid, with their thresholds. */
export function SharesCard({ rules }: { rules: FundRules }) {
  const { t } = useT();
  const rows: { name: string; shares: Shares }[] = [
    { name: t('fund.district'), shares: rules.district },
    ...rules.counties.map((c) => ({ name: c.countyName, shares: c })),
  ];
  return (
    <Card title={t('fund.shares.title')} className="xz-funds-card" size="small">
      <div className="xz-funds-shares">
        {rows.map((r) => (
          <section key={r.name} aria-label={r.name}>
            <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
              {r.name}
            </Typography.Title>
            {RULES.map((x) => (
              <ShareLine key={x.key} label={t(x.label)} value={r.shares[x.key]} threshold={rules.thresholds[x.key]} />
            ))}
          </section>
        ))}
      </div>
    </Card>
  );
}
