import { Card, Descriptions, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { fenToWan, fenToYuan } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { benefitText, categoryText, levelText, sourceText, unitText } from '../utils/labels';

const str = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** What the project is: where, what kind, the money by stage in 万元, the beneficiaries. */
export function ProjectFactsCard({ project: p }: { project: Project }) {
  const { t, lang } = useT();
  return (
    <Card title={t('fund.detail.facts')} size="small" className="xz-funds-card">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('fund.col.code')}>{p.code}</Descriptions.Item>
        <Descriptions.Item label={t('fund.col.county')}>
          {p.countyName}
          {p.regionName ? ` ${p.regionName}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.col.year')}>{p.year}</Descriptions.Item>
        <Descriptions.Item label={t('fund.col.category')}>{categoryText(p.category, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.col.level')}>{levelText(p.level, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.col.source')}>{sourceText(p.fundSource, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.form.households')}>
          {p.households}（{t('fund.form.poorHouseholds')} {p.poorHouseholds}）
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.form.persons')}>
          {p.persons}（{t('fund.form.poorPersons')} {p.poorPersons}）
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" className="xz-funds-sub">
        {t('fund.detail.by', { proposer: str(p.proposedBy), approver: str(p.approvedBy) })}
      </Typography.Text>
      {p.description ? <Typography.Paragraph>{p.description}</Typography.Paragraph> : null}
    </Card>
  );
}

/** The money by stage, in 万元, and what is still open to pay. */
export function ProjectMoneyCard({ project: p }: { project: Project }) {
  const { t } = useT();
  const cells = [
    ['fund.col.planned', p.plannedFen],
    ['fund.col.approved', p.approvedFen],
    ['fund.col.paid', p.paidFen],
    ['fund.col.received', p.receivedFen],
    ['fund.col.spent', p.spentFen],
    ['fund.col.open', p.openFen],
  ] as const;
  return (
    <Card title={t('fund.inWan', { label: t('fund.detail.money') })} size="small" className="xz-funds-card">
      <div className="xz-funds-stat-grid">
        {cells.map(([k, v]) => (
          <div key={k} aria-label={t(k)}>
            <Typography.Text type="secondary" className="xz-funds-sub">
              {t(k)}
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 18 }} title={`${fenToYuan(v)} 元`}>
              {fenToWan(v)}
            </Typography.Text>
          </div>
        ))}
      </div>
    </Card>
  );
}

/** Outputs planned and measured, benefit links, the assets handed over and the evaluation. */
export function ProjectResultsCard({ project: p }: { project: Project }) {
  const { t, lang } = useT();
  const assets = p.assets as { owner?: string; valueFen?: number; handedOverOn?: string } | null;
  const evaluation = p.evaluation as { score?: number; householdsBenefiting?: number; note?: string } | null;
  return (
    <Card title={t('fund.detail.outputs')} size="small" className="xz-funds-card">
      <Table
        size="small"
        pagination={false}
        rowKey={(o) => o.name}
        dataSource={p.outputs}
        columns={[
          { key: 'name', title: t('fund.form.output'), dataIndex: 'name' },
          { key: 'unit', title: t('fund.detail.unit'), render: (_, o) => unitText(o.unit, lang) },
          { key: 'planned', title: t('fund.detail.planned'), dataIndex: 'planned', align: 'right' },
          { key: 'actual', title: t('fund.detail.actual'), align: 'right', render: (_, o) => str(o.actual) },
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('fund.detail.benefit')}>
          {p.benefitLinks.length
            ? p.benefitLinks.map((b) => `${benefitText(b.kind, lang)} ${b.households}`).join('；')
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.detail.assets')}>
          {assets
            ? `${str(assets.owner)} · ${t('fund.wan', { v: fenToWan(assets.valueFen ?? 0) })} · ${str(assets.handedOverOn)}`
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.detail.evaluation')}>
          {evaluation
            ? `${t('fund.step.score')} ${str(evaluation.score)} · ${t('fund.step.benefiting')} ${str(evaluation.householdsBenefiting)} · ${str(evaluation.note)}`
            : '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
