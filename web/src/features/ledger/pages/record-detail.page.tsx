import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { recordType } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession } from '../../auth/session-context';
import type { RecordPerson } from '../api/ledger.types';
import { useRecord } from '../api/use-record.query';
import { EvidenceUpload } from '../components/evidence-upload';
import { PeopleTable } from '../components/people.table';
import { typeLabel } from '../components/record-columns';
import { RecordFactsCard } from '../components/record-facts.card';
import { RecordHistory } from '../components/record-history';
import { RecordSourceAlert } from '../components/record-source.alert';
import { RecordWorkflowBar } from '../components/record-workflow.bar';
import { RevealDialog } from '../components/reveal.dialog';
import { StatusTag } from '../components/status-tag';
import { headlineOf } from '../utils/field-controls';
import { mayTryReveal } from '../utils/session-roles';
import '../ledger.css';

// back keeps the list's filters (they are in its URL); a record opened from a link goes to the list instead
const cameFromApp = () => ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/** One record: facts, people (masked), evidence, history, and the workflow buttons its abilities allow. */
export function RecordDetailPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  const record = useRecord(id);
  const [revealing, setRevealing] = useState<RecordPerson | null>(null);
  const r = record.data;
  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => void (cameFromApp() ? navigate(-1) : navigate('/ledger'))}
      style={{ paddingInline: 0 }}
    >
      {t('ledger.detail.back')}
    </Button>
  );

  if (record.isPending)
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  if (!r) {
    const missing =
      isApiError(record.error) && (record.error.code === 'NOT_FOUND' || record.error.code === 'VALIDATION_FAILED');
    return (
      <EmptyState description={missing ? t('ledger.detail.notFound') : (record.error?.message ?? '')} action={back} />
    );
  }
  const headline = headlineOf(recordType(r.type), r.values);
  return (
    <>
      {back}
      <PageHeader
        title={
          <>
            {headline
              ? t('ledger.detail.heading', { type: typeLabel(r.type, lang), headline })
              : typeLabel(r.type, lang)}{' '}
            <StatusTag status={r.status} periodClosed={r.periodClosed} isMineToConfirm={r.abilities.confirm} />
          </>
        }
        subtitle={`${r.occurredOn} · ${r.eastUnit.name} · ${t('ledger.detail.updated', { at: r.updatedAt.slice(0, 16).replace('T', ' ') })}`}
      />
      {r.source ? <RecordSourceAlert source={r.source} /> : null}
      {r.periodClosed ? (
        <Alert type="warning" showIcon title={t('ledger.detail.closedHint')} style={{ marginBottom: 12 }} />
      ) : null}
      {r.status === 'disputed' && r.disputeReason ? (
        <Alert
          type="error"
          showIcon
          title={t('ledger.detail.disputeAlert', { reason: r.disputeReason })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <RecordWorkflowBar record={r} />
      <RecordFactsCard record={r} />
      {r.people.length || r.peopleCount ? (
        <Card size="small" title={`${t('ledger.detail.people')}（${r.people.length}）`} className="xz-ledger-card">
          <PeopleTable people={r.people} onReveal={mayTryReveal(session.roles) ? setRevealing : undefined} />
        </Card>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('ledger.detail.files')}
            className="xz-ledger-card"
            extra={
              r.abilities.edit || r.abilities.withdraw || r.abilities.requestUnlock ? (
                <EvidenceUpload recordId={r.id} />
              ) : null
            }
          >
            {r.files.length ? (
              <ul className="xz-role-list">
                {r.files.map((f) => (
                  <li key={f.id}>
                    <PaperClipOutlined />{' '}
                    <a href={`/api/records/${encodeURIComponent(r.id)}/files/${encodeURIComponent(f.id)}`}>
                      {f.filename}
                    </a>
                    <Typography.Text type="secondary">{` · ${kb(f.size)} · ${f.createdAt.slice(0, 10)}`}</Typography.Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{t('ledger.detail.noFiles')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('ledger.detail.history')} className="xz-ledger-card">
            <RecordHistory events={r.history} />
          </Card>
        </Col>
      </Row>
      <RevealDialog person={revealing} onClose={() => setRevealing(null)} />
    </>
  );
}
