import type { ColumnsType } from 'antd/es/table';
import { Tag, Typography } from 'antd';
import type { Lang } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { fenToWan } from '../../ledger/utils/money';
import type { ProjectSummary } from '../api/funds.types';
import { categoryText, sourceText, STAGE_COLORS, stageText } from '../utils/labels';
import { sortOrderOf, type ProjectSort } from '../utils/project-filters';

export function StageTag({ stage, lang }: { stage: ProjectSummary['stage']; lang: Lang }) {
  return <Tag color={STAGE_COLORS[stage]}>{stageText(stage, lang)}</Tag>;
}

/** The library's columns; on a phone the name cell carries county, stage and amount and the rest is left out. */
export function projectColumns(o: {
  t: Translate;
  lang: Lang;
  sort: ProjectSort;
  compact: boolean;
}): ColumnsType<ProjectSummary> {
  const { t, lang, sort, compact } = o;
  const wan = (v: number) => fenToWan(v);
  const name = {
    key: 'code',
    title: t('fund.col.name'),
    width: compact ? undefined : 300,
    sorter: !compact,
    sortOrder: sortOrderOf(sort, 'code'),
    render: (_: unknown, p: ProjectSummary) => (
      <>
        <Typography.Text strong>{p.name}</Typography.Text>
        <Typography.Text type="secondary" className="xz-funds-sub">
          {p.code} · {p.countyName}
          {p.regionName ? ` ${p.regionName}` : ''}
          {compact ? ` · ${t('fund.wan', { v: wan(p.plannedFen) })}` : ''}
        </Typography.Text>
        {compact ? <StageTag stage={p.stage} lang={lang} /> : null}
      </>
    ),
  };
  if (compact) return [name];
  return [
    name,
    { key: 'year', dataIndex: 'year', title: t('fund.col.year'), width: 70 },
    {
      key: 'category',
      title: t('fund.col.category'),
      width: 110,
      render: (_, p) => categoryText(p.category, lang),
    },
    { key: 'source', title: t('fund.col.source'), width: 120, render: (_, p) => sourceText(p.fundSource, lang) },
    {
      key: 'stage',
      title: t('fund.col.stage'),
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'stage'),
      render: (_, p) => <StageTag stage={p.stage} lang={lang} />,
    },
    {
      key: 'plannedFen',
      title: t('fund.inWan', { label: t('fund.col.planned') }),
      align: 'right',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'plannedFen'),
      render: (_, p) => wan(p.plannedFen),
    },
    {
      key: 'paid',
      title: t('fund.inWan', { label: t('fund.col.paid') }),
      align: 'right',
      width: 110,
      render: (_, p) => wan(p.paidFen),
    },
    {
      key: 'received',
      title: t('fund.inWan', { label: t('fund.col.received') }),
      align: 'right',
      width: 110,
      render: (_, p) => wan(p.receivedFen),
    },
    {
      key: 'spent',
      title: t('fund.inWan', { label: t('fund.col.spent') }),
      align: 'right',
      width: 110,
      render: (_, p) => wan(p.spentFen),
    },
  ];
}
