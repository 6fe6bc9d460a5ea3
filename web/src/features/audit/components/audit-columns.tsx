import { Descriptions, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import type { Translate } from '../../../app/i18n';
import type { AuditEntryDto as AuditEntry, AuditOutcome } from '@xiezuo/domain';
import { actionLabel, objectTypeLabel } from '../utils/action-label';

/** `用户 · 审计管理员（auditadmin）`; an object without a name shows its id's first characters. */
function objectText(e: AuditEntry, t: Translate): string {
  if (!e.objectType) return '—';
  const name = e.objectName ?? (e.objectId ? `#${e.objectId.slice(0, 8)}` : null);
  return name ? `${objectTypeLabel(e.objectType, t)} · ${name}` : objectTypeLabel(e.objectType, t);
}

const OUTCOME_COLOR: Record<AuditOutcome, string> = { success: 'green', failure: 'orange', denied: 'red' };

/** Column config of the audit table; only time sorts, and it sorts on the server. */
export function auditColumns(t: Translate, order: 'asc' | 'desc'): NonNullable<TableProps<AuditEntry>['columns']> {
  return [
    {
      title: t('audit.col.at'),
      dataIndex: 'at',
      key: 'at',
      width: 180,
      sorter: true,
      sortOrder: order === 'asc' ? 'ascend' : 'descend',
      sortDirections: ['descend', 'ascend', 'descend'],
      render: (at: string) => <time dateTime={at}>{dayjs(at).format('YYYY-MM-DD HH:mm:ss')}</time>,
    },
    {
      title: t('audit.col.user'),
      dataIndex: 'username',
      key: 'user',
      width: 130,
      render: (u: string | null) => u ?? '—',
    },
    {
      title: t('audit.col.action'),
      dataIndex: 'action',
      key: 'action',
      width: 200,
      // the code stays in the expanded row for whoever needs it; the column names the action
      render: (a: string) => actionLabel(a, t),
    },
    {
      title: t('audit.col.object'),
      key: 'object',
      ellipsis: true,
      responsive: ['md'],
      render: (_v, e) => objectText(e, t),
    },
    {
      title: t('audit.col.outcome'),
      dataIndex: 'outcome',
      key: 'outcome',
      width: 90,
      render: (o: AuditOutcome) => <Tag color={OUTCOME_COLOR[o]}>{t(`audit.outcome.${o}`)}</Tag>,
    },
    {
      title: t('audit.col.ip'),
      dataIndex: 'ip',
      key: 'ip',
      width: 130,
      responsive: ['lg'],
      render: (ip: string | null) => <span className="xz-mono">{ip ?? '—'}</span>,
    },
  ];
}

/** The expanded row: record number, object, request id, details as JSON and the row's hash. */
export function AuditEntryDetails({ entry, t }: { entry: AuditEntry; t: Translate }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'id', label: t('audit.detail.id'), children: entry.id },
        { key: 'action', label: t('audit.detail.action'), children: <span className="xz-mono">{entry.action}</span> },
        {
          key: 'object',
          label: t('audit.detail.object'),
          children: (
            <span className="xz-mono">{entry.objectType ? `${entry.objectType}:${entry.objectId ?? ''}` : '—'}</span>
          ),
        },
        {
          key: 'req',
          label: t('audit.detail.requestId'),
          children: <span className="xz-mono">{entry.requestId ?? '—'}</span>,
        },
        {
          key: 'details',
          label: t('audit.detail.details'),
          children: entry.details ? (
            <pre className="xz-mono xz-json">{JSON.stringify(entry.details, null, 2)}</pre>
          ) : (
            '—'
          ),
        },
        {
          key: 'hash',
          label: t('audit.detail.hash'),
          children: (
            <Typography.Text copyable className="xz-mono" style={{ wordBreak: 'break-all' }}>
              {entry.hash}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
