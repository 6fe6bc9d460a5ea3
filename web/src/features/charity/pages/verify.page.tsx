import { Card, Descriptions, Result, Spin, Steps, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { NEED_KIND_LABELS, NEED_STATUS_LABELS } from '@xiezuo/domain';
import { useT, type MessageKey } from '../../../app/i18n';
import { usePublicVerify } from '../api/charity.api';
import { yuanText } from '../utils/money';
import '../charity.css';

/** The page a certificate's QR code opens: the step's amount, date and SM3 digest with its input, and what followed. */
export function CharityVerifyPage() {
  const { t, lang } = useT();
  const { code = '' } = useParams();
  const q = usePublicVerify(code);
  if (q.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <Result status="404" title={t('charity.verify.title')} subTitle={q.error.message} />;
  const v = q.data;
  return (
    <main className="xz-charity-public" id="main-content">
      <Typography.Title level={3}>{t('charity.verify.title')}</Typography.Title>
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t(v.kind === 'receipt' ? 'charity.verify.receipt' : 'charity.verify.transfer')}>
            {v.number}
          </Descriptions.Item>
          <Descriptions.Item label={t('charity.amount')}>{yuanText(v.amountFen)} 元</Descriptions.Item>
          <Descriptions.Item label={t('charity.date')}>{v.date}</Descriptions.Item>
          {v.donor ? <Descriptions.Item label={t('charity.receipt.donor')}>{v.donor}</Descriptions.Item> : null}
          <Descriptions.Item label={t('charity.field.county')}>{v.counties.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('charity.digest')}>
            <span className="xz-charity-digest" data-testid="digest">
              {v.digest}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('charity.verify.input')}>
            <span className="xz-charity-digest">{v.digestInput}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('charity.verify.steps')} style={{ marginTop: 12 }}>
        <Steps
          direction="vertical"
          size="small"
          current={v.steps.length - 1}
          items={v.steps.map((s) => ({ title: t(`charity.verify.step.${s.step}` as MessageKey), description: s.date }))}
        />
      </Card>
      <Card size="small" style={{ marginTop: 12 }}>
        {v.needs.map((n) => (
          <Typography.Paragraph key={n.id} style={{ margin: 0 }}>
            {NEED_KIND_LABELS[n.kind][lang]} · {n.title} · {NEED_STATUS_LABELS[n.status][lang]}
          </Typography.Paragraph>
        ))}
      </Card>
      <Typography.Paragraph style={{ marginTop: 12 }}>
        <Link to="/charity/public">{t('charity.public.title')}</Link>
      </Typography.Paragraph>
    </main>
  );
}
