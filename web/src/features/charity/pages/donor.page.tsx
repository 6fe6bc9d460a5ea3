import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Layout, List, Radio, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { CLAIM_STATUS_LABELS, NEED_KIND_LABELS, type DonorDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { AccountGate } from '../../account/components/account-gate';
import { useClaim, useMyDonations } from '../api/charity.api';
import { yuanText } from '../utils/money';
import '../charity.css';

type ClaimForm = {
  amountYuan: number;
  kind: 'enterprise' | 'individual';
  name: string;
  creditCode?: string;
  isHonoured: boolean;
};

/** Claims a need for the signed-in donor; the donor's details are asked on the first claim only. */
function ClaimCard({ needId, donor }: { needId: string; donor: DonorDto | null }) {
  const { t } = useT();
  const claim = useClaim();
  const onFinish = (v: ClaimForm) =>
    claim.mutate({
      needId,
      amountFen: Math.round(v.amountYuan * 100),
      donor: donor ? null : { kind: v.kind, name: v.name, creditCode: v.creditCode || null, isHonoured: v.isHonoured },
    });
  if (claim.isSuccess)
    return <Alert type="success" showIcon title={t('charity.donorPage.claimed')} style={{ marginBottom: 12 }} />;
  return (
    <Card size="small" title={t('charity.public.claim')} style={{ marginBottom: 12 }}>
      {claim.error ? <Alert type="error" showIcon title={claim.error.message} style={{ marginBottom: 8 }} /> : null}
      <Form<ClaimForm> layout="vertical" onFinish={onFinish} initialValues={{ kind: 'individual', isHonoured: false }}>
        <Form.Item name="amountYuan" label={t('charity.field.amount')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        {donor ? null : (
          <>
            <Form.Item name="kind" label={t('charity.donorPage.kind')}>
              <Radio.Group
                options={[
                  { value: 'individual', label: t('charity.donor.individual') },
                  { value: 'enterprise', label: t('charity.donor.enterprise') },
                ]}
              />
            </Form.Item>
            <Form.Item name="name" label={t('charity.donorPage.name')} rules={[{ required: true, min: 2 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="creditCode" label={t('charity.donorPage.creditCode')}>
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="isHonoured" valuePropName="checked">
              <Checkbox>{t('charity.donorPage.honour')}</Checkbox>
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={claim.isPending} block>
          {t('charity.donorPage.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function DonorHome() {
  const { t, lang } = useT();
  const [params] = useSearchParams();
  const needId = params.get('need');
  const my = useMyDonations();
  return (
    <Layout className="xz-shell">
      <Layout.Content className="xz-charity-public" id="main-content">
        <Typography.Title level={3} style={{ display: 'flex', justifyContent: 'space-between' }}>
          {t('charity.donorPage.title')} <LangSwitch />
        </Typography.Title>
        {needId && my.data ? <ClaimCard needId={needId} donor={my.data.donor} /> : null}
        <List
          loading={my.isPending}
          locale={{ emptyText: t('charity.donorPage.none') }}
          dataSource={my.data?.claims ?? []}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta
                title={`${c.needTitle}（${c.countyName}）`}
                description={
                  <>
                    <Tag>{NEED_KIND_LABELS[c.needKind][lang]}</Tag>
                    <Tag color="blue">{CLAIM_STATUS_LABELS[c.status][lang]}</Tag>
                    {yuanText(c.amountFen)} 元{c.receiptNo ? ` · ${c.receiptNo}` : ''}
                    {c.status === 'reserved'
                      ? ` · ${t('charity.donorPage.reservedUntil', { date: c.reservedUntil.slice(0, 10) })}`
                      : ''}
                  </>
                }
              />
            </List.Item>
          )}
        />
        <Link to="/charity/public">{t('charity.public.title')}</Link>
      </Layout.Content>
    </Layout>
  );
}

/** 我的捐赠: a donor signed in by phone claims needs and follows each claim through the custody chain. */
export function DonorPage() {
  return <AccountGate>{() => <DonorHome />}</AccountGate>;
}
