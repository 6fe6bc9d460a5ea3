import { Alert, Button, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useImportProjects } from '../api/use-funds.mutations';
import { filtersHref, type ProjectFilters } from '../utils/project-filters';

/** The library's spreadsheets: export and 项目资金明细表 of the filters; for proposers the template and an import. */
export function ProjectsExcelBar({ filters, canImport }: { filters: ProjectFilters; canImport: boolean }) {
  const { t } = useT();
  const imp = useImportProjects();
  const r = imp.data;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Button icon={<DownloadOutlined />} href={filtersHref('/api/projects/export.xlsx', filters)}>
        {t('fund.projects.export')}
      </Button>
      <Button icon={<DownloadOutlined />} href={filtersHref('/api/projects/funds-sheet.xlsx', filters)}>
        {t('fund.projects.sheet')}
      </Button>
      {canImport ? (
        <>
          <Button href="/api/projects/template.xlsx">{t('fund.projects.template')}</Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) =>
              imp.mutate(file as File, { onSuccess: (v) => onSuccess?.(v), onError: (e) => onError?.(e) })
            }
          >
            <Button icon={<UploadOutlined />} loading={imp.isPending}>
              {t('fund.projects.import')}
            </Button>
          </Upload>
        </>
      ) : null}
      {r ? (
        <Alert
          role="status"
          showIcon
          type={r.rejected ? 'warning' : 'success'}
          title={t('ledger.excel.done', { accepted: r.accepted, rejected: r.rejected })}
          action={r.rejectsUrl ? <a href={r.rejectsUrl}>{t('ledger.excel.rejects')}</a> : undefined}
        />
      ) : null}
      {imp.error ? <Alert role="alert" showIcon type="error" title={imp.error.message} /> : null}
    </Space>
  );
}
