import { useState } from 'react';
import { Alert, Button, Space, Tooltip, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { recordType, type ImportDto } from '@xiezuo/domain';
import { api } from '../../../api/api-client';
import { useT } from '../../../app/i18n';

type Query = Record<string, string | number | undefined>;
const ALERT: Partial<Record<ImportDto['status'], 'error' | 'info' | 'warning'>> = {
  failed: 'error',
  running: 'info',
  interrupted: 'warning',
};

/** The export address for the list's filters (no paging: the whole filtered ledger). */
export function exportHref(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && k !== 'page' && k !== 'pageSize') p.set(k, String(v));
  return `/api/records/export.xlsx?${p.toString()}`;
}

/** Export of the filtered ledger; with a record type chosen, its Excel template and an import with progress. */
export function RecordsExcelBar({ query, type, canWrite }: { query: Query; type: string | null; canWrite: boolean }) {
  const { t, lang } = useT();
  const hasRosterSheet = type !== null && recordType(type)?.roster.mode === 'many';
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const status = useQuery({
    queryKey: ['imports', importId],
    queryFn: () => api.get<ImportDto>(`/api/imports/${encodeURIComponent(importId ?? '')}`),
    enabled: importId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
  const d = status.data;
  const [resuming, setResuming] = useState(false);
  const resume = () => {
    if (!importId) return;
    setResuming(true);
    api
      .post(`/api/imports/${encodeURIComponent(importId)}/resume`)
      .then(() => status.refetch())
      .finally(() => setResuming(false));
  };
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Button icon={<DownloadOutlined />} href={exportHref(query)}>
        {t('ledger.excel.export')}
      </Button>
      {canWrite && type ? (
        <>
          <Tooltip title={hasRosterSheet ? t('ledger.excel.templateRoster') : t('ledger.excel.templateHint')}>
            <Button href={`/api/records/template.xlsx?type=${encodeURIComponent(type)}`}>
              {t('ledger.excel.template')}
            </Button>
          </Tooltip>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              setUploading(true);
              api
                .upload<{ id: string }>(`/api/imports?type=${encodeURIComponent(type)}`, file as File)
                .then((r) => (setImportId(r.id), onSuccess?.(r)))
                .catch((e: Error) => onError?.(e))
                .finally(() => setUploading(false));
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              {t('ledger.excel.import')}
            </Button>
          </Upload>
        </>
      ) : null}
      {d ? (
        <Alert
          role="status"
          type={ALERT[d.status] ?? (d.rejected ? 'warning' : 'success')}
          showIcon
          title={
            d.status === 'running'
              ? t('ledger.excel.running', { n: d.processed ?? 0 })
              : d.status === 'interrupted'
                ? t('ledger.excel.interrupted', { accepted: d.accepted })
                : d.status === 'failed' && d.error
                  ? t('ledger.excel.failed', { reason: d.error[lang] })
                  : t('ledger.excel.done', { accepted: d.accepted, rejected: d.rejected })
          }
          action={
            d.status === 'interrupted' ? (
              <Button size="small" type="primary" loading={resuming} onClick={resume}>
                {t('ledger.excel.continue')}
              </Button>
            ) : d.rejectsUrl ? (
              <a href={d.rejectsUrl}>{t('ledger.excel.rejects')}</a>
            ) : undefined
          }
        />
      ) : null}
    </Space>
  );
}
