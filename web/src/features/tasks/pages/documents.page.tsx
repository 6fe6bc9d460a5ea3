import { useState } from 'react';
import { App, Button, Input, Modal, Spin, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { actingOf, type DocumentDto, type DocumentKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useUrlParams } from '../../../app/use-url-params';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession } from '../../auth/session-context';
import { useOversightYear } from '../../oversight/components/oversight-year';
import { useDocuments, usePlanTransition, useUploadDocumentFile } from '../api/use-documents';
import { DocumentDialog } from '../components/document.dialog';
import { documentColumns } from '../components/document-columns';
import { ImportTasksDialog } from '../components/import-tasks.dialog';
import { TasksNav } from '../components/tasks-nav';

const OFFICE_KINDS: DocumentKind[] = ['task_division', 'implementation_plan', 'group_plan', 'other'];

/** The year's documents and plans: record one with its file, import its clauses, review plans. */
export function DocumentsPage() {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const { params } = useUrlParams();
  const year = useOversightYear(Number(params.get('year')) || null);
  const docs = useDocuments(year ?? 0);
  const upload = useUploadDocumentFile();
  const transition = usePlanTransition();
  const [isCreating, setCreating] = useState(false);
  const [importing, setImporting] = useState<DocumentDto | null>(null);
  const [returning, setReturning] = useState<DocumentDto | null>(null);
  const [note, setNote] = useState('');
  if (year === null) return <Spin description={t('common.loading')} />;
  const acting = actingOf(session);
  const kinds: DocumentKind[] = acting.office ? OFFICE_KINDS : acting.groups.length ? ['group_plan'] : [];
  const act = (d: DocumentDto, action: 'submit' | 'accept' | 'return', withNote?: string) =>
    transition.mutate(
      { id: d.id, body: { action, ...(withNote ? { note: withNote } : {}) } },
      { onSuccess: () => message.success(t('tasks.docs.done', { action: t(`tasks.docs.${action}`) })) },
    );
  const columns = documentColumns(t, lang, {
    onUpload: (d, file) =>
      upload.mutate({ id: d.id, file }, { onSuccess: () => message.success(t('tasks.docs.uploaded')) }),
    onTransition: (d, action) => (action === 'return' ? setReturning(d) : act(d, action)),
    onImport: setImporting,
  });
  return (
    <>
      <PageHeader
        title={t('tasks.docs.title', { year })}
        subtitle={t('tasks.docs.subtitle')}
        extra={
          kinds.length ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('tasks.docs.new')}
            </Button>
          ) : null
        }
      />
      <TasksNav />
      <Table<DocumentDto>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={docs.data?.items ?? []}
        loading={docs.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: docs.error ? docs.error.message : <EmptyState description={t('tasks.empty')} /> }}
      />
      {isCreating ? <DocumentDialog year={year} kinds={kinds} onClose={() => setCreating(false)} /> : null}
      {importing ? (
        <ImportTasksDialog open documents={[importing]} initial={importing.id} onClose={() => setImporting(null)} />
      ) : null}
      <Modal
        open={returning !== null}
        title={t('tasks.docs.return')}
        okText={t('tasks.docs.return')}
        okButtonProps={{ danger: true, disabled: note.trim().length < 2 }}
        onOk={() => {
          if (returning) act(returning, 'return', note.trim());
          setReturning(null);
          setNote('');
        }}
        onCancel={() => setReturning(null)}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label={t('tasks.docs.returnNote')}
          placeholder={t('tasks.docs.returnNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </>
  );
}
