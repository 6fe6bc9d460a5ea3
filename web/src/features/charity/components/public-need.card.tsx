import { Button, Card, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { NEED_KIND_LABELS, NEED_STATUS_LABELS, type PublicNeedDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { progressPercent, yuanText } from '../utils/money';

/** One need as the public sees it: place, kind, progress, and for a fulfilled one its delivery date and thanks. */
export function PublicNeedCard({ n }: { n: PublicNeedDto }) {
  const { t, lang } = useT();
  return (
    <Card size="small" className="xz-charity-need" title={n.title}>
      <Space wrap size={4}>
        <Tag color="blue">{NEED_KIND_LABELS[n.kind][lang]}</Tag>
        <Tag>{NEED_STATUS_LABELS[n.status][lang]}</Tag>
        <Typography.Text type="secondary">
          {n.countyName}
          {n.placeName ? ` · ${n.placeName}` : ''}
        </Typography.Text>
        {n.beneficiary ? (
          <Typography.Text type="secondary">
            {t('charity.public.age', { initial: n.beneficiary.initial, band: n.beneficiary.ageBand })}
          </Typography.Text>
        ) : null}
      </Space>
      <Typography.Paragraph style={{ margin: '8px 0' }}>{n.description}</Typography.Paragraph>
      <Progress percent={progressPercent(n.claimedFen, n.amountFen)} size="small" />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text>
          {yuanText(n.claimedFen)} / {yuanText(n.amountFen)} 元
        </Typography.Text>
        {n.deliveredOn ? (
          <Typography.Text type="success">{t('charity.public.deliveredOn', { date: n.deliveredOn })}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('charity.public.deadline', { date: n.deadline })}</Typography.Text>
        )}
        {n.status === 'published' ? (
          <Link to={`/charity/donor?need=${n.id}`}>
            <Button type="primary" size="small">
              {t('charity.public.claim')}
            </Button>
          </Link>
        ) : null}
      </Space>
      {n.thanks ? <Typography.Paragraph type="secondary">“{n.thanks}”</Typography.Paragraph> : null}
    </Card>
  );
}
