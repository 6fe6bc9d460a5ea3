import { Table, Tag } from 'antd';
import {
  ASSESSMENT_ITEM_KIND_LABELS,
  DEFAULT_TIMELINESS_DAYS,
  isAdjustmentKind,
  isTimelinessKind,
  type AssessmentItem,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { formatScore } from '../utils/assessment-view';

/** The scheme read-only (units, leaders, and everyone once the year is frozen). */
export function SchemeTable({ items }: { items: readonly AssessmentItem[] }) {
  const { t, lang } = useT();
  return (
    <Table<AssessmentItem>
      rowKey="code"
      size="middle"
      pagination={false}
      dataSource={[...items]}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('asmt.col.item'), key: 'name', render: (_v, i) => i.name[lang] },
        {
          title: t('asmt.scheme.kind'),
          key: 'kind',
          render: (_v, i) => (
            <Tag color={isAdjustmentKind(i.kind) ? 'purple' : 'blue'}>{ASSESSMENT_ITEM_KIND_LABELS[i.kind][lang]}</Tag>
          ),
        },
        {
          title: t('asmt.scheme.weight'),
          key: 'weight',
          align: 'right',
          render: (_v, i) => <span className="xz-num">{formatScore(i.weight)}</span>,
        },
        {
          title: t('asmt.scheme.cap'),
          key: 'cap',
          align: 'right',
          render: (_v, i) => <span className="xz-num">{formatScore(i.cap ?? i.weight)}</span>,
        },
        {
          title: t('asmt.scheme.days'),
          key: 'days',
          align: 'right',
          render: (_v, i) =>
            isTimelinessKind(i.kind) ? (
              <span className="xz-num">{i.days ?? DEFAULT_TIMELINESS_DAYS[i.kind]}</span>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
