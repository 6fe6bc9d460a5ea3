import { App, Button, Col, Descriptions, Empty, Flex, List, Rate, Row, Spin, Typography, Upload } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { TELEMED_KIND_LABELS, TELEMED_URGENCY_LABELS, type Lang, type TelemedRequestDto } from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useAttachTelemedFile, useTelemedRequest } from '../api/use-telemedicine';
import { TelemedActionsCard } from '../components/telemed-actions.card';
import { TelemedStatusTag } from '../components/telemed-status.tag';

const ACCEPT = '.png,.jpg,.jpeg,.pdf,.dcm';
const pre = (text: string | null) => (text ? <div style={{ whiteSpace: 'pre-wrap' }}>{text}</div> : '—');

function Facts({ r, t, lang }: { r: TelemedRequestDto; t: Translate; lang: Lang }) {
  const session = r.sessionOn ? `${r.sessionOn} ${r.sessionTime ?? ''} · ${r.sessionLink ?? ''}` : '—';
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'kind', label: t('telemed.col.kind'), children: TELEMED_KIND_LABELS[r.kind][lang] },
        { key: 'urgency', label: t('telemed.col.urgency'), children: TELEMED_URGENCY_LABELS[r.urgency][lang] },
        { key: 'from', label: t('telemed.col.from'), children: `${r.westHospital.name}（${r.county.name}）` },
        { key: 'to', label: t('telemed.col.to'), children: r.eastHospital.name },
        { key: 'dept', label: t('telemed.col.department'), children: r.department },
        {
          key: 'by',
          label: t('telemed.detail.requestedBy'),
          children: `${r.requestedBy ?? '—'} · ${r.requestedAt.slice(0, 10)}`,
        },
        { key: 'summary', label: t('telemed.detail.summary'), span: 'filled', children: pre(r.summary) },
        { key: 'expert', label: t('telemed.col.expert'), children: r.expert?.name ?? '—' },
        { key: 'session', label: t('telemed.detail.session'), children: session },
        { key: 'opinion', label: t('telemed.detail.opinion'), span: 'filled', children: pre(r.opinion) },
        ...(r.status === 'closed'
          ? [
              { key: 'feedback', label: t('telemed.detail.feedback'), children: r.feedback ?? '—' },
              { key: 'rating', label: t('telemed.detail.rating'), children: <Rate disabled value={r.rating ?? 0} /> },
            ]
          : []),
        ...(r.cancelReason
          ? [{ key: 'cancel', label: t('telemed.detail.cancelReason'), children: r.cancelReason }]
          : []),
        ...(r.recordId
          ? [
              {
                key: 'record',
                label: t('telemed.detail.record'),
                span: 'filled' as const,
                children: <Link to={`/ledger/${r.recordId}`}>{t('telemed.detail.openRecord')}</Link>,
              },
            ]
          : []),
      ]}
    />
  );
}

function Files({ r }: { r: TelemedRequestDto }) {
  const { t } = useT();
  const { message } = App.useApp();
  const attach = useAttachTelemedFile(r.id);
  return (
    <List
      size="small"
      bordered
      header={<Typography.Text strong>{t('telemed.detail.files')}</Typography.Text>}
      locale={{ emptyText: <Typography.Text type="secondary">{t('telemed.detail.noFiles')}</Typography.Text> }}
      dataSource={r.files}
      renderItem={(f) => (
        <List.Item>
          <a href={`/api/telemedicine/requests/${r.id}/files/${f.id}`}>{f.filename}</a>
          <Typography.Text type="secondary">{Math.ceil(f.size / 1024)} KB</Typography.Text>
        </List.Item>
      )}
      footer={
        r.abilities.attach ? (
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              attach.mutate(file, { onSuccess: () => message.success(t('telemed.detail.attached')) });
              return false;
            }}
          >
            <Button icon={<PaperClipOutlined />} loading={attach.isPending}>
              {t('telemed.detail.attach')}
            </Button>
          </Upload>
        ) : null
      }
    />
  );
}

/** One request: the case, the hospitals, the session and opinion, attachments, and the step the caller may take. */
export function TelemedDetailPage() {
  const { t, lang } = useT();
  const { id = '' } = useParams();
  const res = useTelemedRequest(id);
  const r = res.data;
  if (!r) return res.error ? <Empty description={res.error.message} /> : <Spin />;
  return (
    <>
      <PageHeader
        title={`${r.number} · ${r.department}`}
        subtitle={<TelemedStatusTag status={r.status} lang={lang} />}
      />
      <Typography.Paragraph>
        <Link to="/telemedicine">{t('telemed.detail.back')}</Link>
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={12}>
            <Facts r={r} t={t} lang={lang} />
            <Files r={r} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <TelemedActionsCard r={r} />
        </Col>
      </Row>
    </>
  );
}
