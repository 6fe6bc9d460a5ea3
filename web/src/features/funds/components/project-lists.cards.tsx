import { Button, Card, List, Table, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { RECORD_STATUS_LABELS, recordType, type RecordStatus } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { fenToWan } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { useAttachProjectFile } from '../api/use-funds.mutations';
import { useFindings, usePayments } from '../api/use-funds.queries';
import { findingKindText, findingStatusText } from '../utils/labels';
import { MatchTag } from './payment-columns';

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/** The payments covering this project, each with its receipt (matched, waiting, or not received). */
export function ProjectPaymentsCard({ project: p }: { project: Project }) {
  const { t } = useT();
  const payments = usePayments({ project: p.id, pageSize: 100 });
  return (
    <Card title={t('fund.detail.payments')} size="small" className="xz-funds-card">
      <List
        size="small"
        loading={payments.isPending}
        dataSource={payments.data?.items ?? []}
        locale={{ emptyText: t('fund.detail.noPayments') }}
        renderItem={(pay) => {
          const line = pay.lines.find((l) => l.projectId === p.id);
          return (
            <List.Item extra={<MatchTag p={pay} t={t} />}>
              <List.Item.Meta
                title={`${pay.voucher} · ${t('fund.wan', { v: fenToWan(line?.amountFen ?? pay.amountFen) })}`}
                description={
                  <>
                    {pay.paidOn} · {t(`fund.pay.status.${pay.status}`)}
                    {pay.receipt
                      ? ` · ${t('fund.rec.receivedOn')} ${pay.receipt.receivedOn} (${pay.receipt.voucher ?? ''})`
                      : ''}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/** Audit findings on this project with their state; each opens in the findings list. */
export function ProjectFindingsCard({ project: p }: { project: Project }) {
  const { t, lang } = useT();
  const findings = useFindings({ project: p.id, pageSize: 100 });
  return (
    <Card title={t('fund.detail.findings')} size="small" className="xz-funds-card">
      <List
        size="small"
        loading={findings.isPending}
        dataSource={findings.data?.items ?? []}
        locale={{ emptyText: t('fund.detail.noFindings') }}
        renderItem={(f) => (
          <List.Item
            extra={
              <Tag color={f.status === 'closed' ? 'green' : f.overdue ? 'red' : 'gold'}>
                {findingStatusText(f.status, lang)}
              </Tag>
            }
          >
            <List.Item.Meta
              title={
                <Link to={`/funds/findings?open=${f.id}`}>{`${f.serial} · ${findingKindText(f.kind, lang)}`}</Link>
              }
              description={`${f.description} · ${t('fund.find.deadline')} ${f.deadline}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Evidence files (acceptance report, photos) and the ledger records the project's money produced. */
export function ProjectFilesCard({ project: p }: { project: Project }) {
  const { t, lang } = useT();
  const attach = useAttachProjectFile(p.id);
  return (
    <Card
      title={t('fund.detail.files')}
      size="small"
      className="xz-funds-card"
      extra={
        p.abilities.attach ? (
          <Upload
            accept=".pdf,.png,.jpg,.jpeg"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) =>
              attach.mutate(file as File, { onSuccess: () => onSuccess?.({}), onError: (e) => onError?.(e) })
            }
          >
            <Button size="small" icon={<UploadOutlined />} loading={attach.isPending}>
              {t('fund.detail.attach')}
            </Button>
          </Upload>
        ) : null
      }
    >
      {p.files.length ? (
        <ul className="xz-funds-files">
          {p.files.map((f) => (
            <li key={f.id}>
              <PaperClipOutlined /> <a href={`/api/projects/${p.id}/files/${f.id}`}>{f.filename}</a>{' '}
              <Typography.Text type="secondary">{kb(f.size)}</Typography.Text>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{t('fund.detail.noFiles')}</Typography.Text>
      )}
      {attach.error ? <Typography.Paragraph type="danger">{attach.error.message}</Typography.Paragraph> : null}
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>
        {t('fund.detail.records')}
      </Typography.Title>
      <Typography.Text type="secondary" className="xz-funds-sub">
        {t('fund.detail.recordsHint')}
      </Typography.Text>
      {p.records.length ? (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={p.records}
          aria-label={t('fund.detail.records')}
          columns={[
            { key: 'id', title: 'ID', render: (_, r) => <Link to={`/ledger/${r.id}`}>{r.id.slice(0, 8)}</Link> },
            { key: 'type', title: t('fund.col.category'), render: (_, r) => recordType(r.type)?.label[lang] ?? r.type },
            {
              key: 'status',
              title: t('fund.pay.status'),
              render: (_, r) =>
                r.status in RECORD_STATUS_LABELS ? RECORD_STATUS_LABELS[r.status as RecordStatus][lang] : r.status,
            },
            {
              key: 'amount',
              title: t('fund.inWan', { label: t('fund.pay.amount') }),
              align: 'right',
              render: (_, r) => fenToWan(r.amountFen),
            },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('fund.detail.noRecords')}</Typography.Paragraph>
      )}
    </Card>
  );
}
