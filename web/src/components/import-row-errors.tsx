import { Alert, Table } from 'antd';
import type { ImportRowError } from '@xiezuo/domain';
import { useT } from '../app/i18n';
import { isApiError } from '../api/api-error';

/** The refused rows of an IMPORT_ROWS_INVALID answer, or none. */
export function importRowErrors(error: unknown): ImportRowError[] {
  if (!isApiError(error) || error.code !== 'IMPORT_ROWS_INVALID') return [];
  const rows = (error.details as { rows?: ImportRowError[] } | undefined)?.rows;
  return Array.isArray(rows) ? rows : [];
}

/** Every problem of a refused sheet by row and column, under an alert saying nothing was changed. */
export function ImportRowErrors({ rows }: { rows: ImportRowError[] }) {
  const { t, lang } = useT();
  if (!rows.length) return null;
  return (
    <section aria-label={t('common.import.rowErrors', { n: rows.length })}>
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('common.import.rowErrors', { n: rows.length })}
        style={{ marginBottom: 8 }}
      />
      <Table<ImportRowError & { key: number }>
        size="small"
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={rows.map((r, key) => ({ ...r, key }))}
        columns={[
          { key: 'row', title: t('common.import.row'), width: 64, render: (_, r) => r.row },
          { key: 'column', title: t('common.import.column'), width: 150, render: (_, r) => r.column[lang] },
          { key: 'problem', title: t('common.import.problem'), render: (_, r) => r[lang] },
        ]}
      />
    </section>
  );
}
