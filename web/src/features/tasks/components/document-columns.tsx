import { Button, Space, Tag, Upload, type TableProps } from 'antd';
import { Link } from 'react-router';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_STATUS_LABELS,
  type DocumentDto,
  type DocumentStatus,
  type Lang,
} from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';

export const DOCUMENT_STATUS_COLOR: Record<DocumentStatus, string> = {
  adopted: 'green',
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

export type DocumentActions = {
  onUpload: (d: DocumentDto, file: File) => void;
  onTransition: (d: DocumentDto, action: 'submit' | 'accept' | 'return') => void;
  onImport: (d: DocumentDto) => void;
};

/** Declarative columns of the documents table; the buttons come from each document's abilities. */
export function documentColumns(
  t: Translate,
  lang: Lang,
  act: DocumentActions,
): NonNullable<TableProps<DocumentDto>['columns']> {
  return [
    {
      title: t('tasks.docs.col.title'),
      key: 'title',
      render: (_v, d) => (
        <Link
          to={`/tasks?year=${d.year}&document=${d.id}`}
          style={{ display: 'inline-block', minWidth: 220, maxWidth: 420 }}
        >
          {d.title}
        </Link>
      ),
    },
    { title: t('tasks.docs.col.kind'), key: 'kind', render: (_v, d) => DOCUMENT_KIND_LABELS[d.kind][lang] },
    { title: t('tasks.docs.col.no'), key: 'no', responsive: ['lg'], render: (_v, d) => d.docNo ?? '—' },
    { title: t('tasks.docs.col.date'), key: 'date', responsive: ['md'], render: (_v, d) => d.issuedOn ?? '—' },
    {
      title: t('tasks.docs.col.owner'),
      key: 'owner',
      responsive: ['md'],
      render: (_v, d) => d.group?.name ?? d.unit?.name ?? '—',
    },
    {
      title: t('tasks.docs.col.status'),
      key: 'status',
      render: (_v, d) => <Tag color={DOCUMENT_STATUS_COLOR[d.status]}>{DOCUMENT_STATUS_LABELS[d.status][lang]}</Tag>,
    },
    { title: t('tasks.docs.col.tasks'), key: 'tasks', render: (_v, d) => t('tasks.docs.tasks', { n: d.taskCount }) },
    {
      title: t('tasks.docs.col.file'),
      key: 'file',
      render: (_v, d) =>
        d.file ? (
          <a href={`/api/documents/${d.id}/file`} download={d.file.filename}>
            {d.file.filename}
          </a>
        ) : d.abilities.edit ? (
          <Upload
            accept=".pdf,.docx"
            showUploadList={false}
            beforeUpload={(f) => {
              act.onUpload(d, f);
              return false;
            }}
          >
            <Button size="small">{t('tasks.docs.upload')}</Button>
          </Upload>
        ) : (
          '—'
        ),
    },
    {
      title: t('tasks.docs.col.actions'),
      key: 'actions',
      render: (_v, d) => (
        <Space wrap size={4}>
          {d.abilities.submit ? (
            <Button size="small" type="primary" onClick={() => act.onTransition(d, 'submit')}>
              {t('tasks.docs.submit')}
            </Button>
          ) : null}
          {d.abilities.accept ? (
            <Button size="small" type="primary" onClick={() => act.onTransition(d, 'accept')}>
              {t('tasks.docs.accept')}
            </Button>
          ) : null}
          {d.abilities.return ? (
            <Button size="small" danger onClick={() => act.onTransition(d, 'return')}>
              {t('tasks.docs.return')}
            </Button>
          ) : null}
          {d.abilities.import ? (
            <Button size="small" onClick={() => act.onImport(d)}>
              {t('tasks.docs.import')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
}
