import { Card, List, Pagination, Segmented, Space, Statistic, Typography } from 'antd';
import { Select } from '../../../components/select';
import { Link } from 'react-router';
import { NEED_KINDS, NEED_KIND_LABELS, type NeedKind } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { intParam, useUrlParams } from '../../../app/use-url-params';
import { usePublicNeeds, usePublicSummary } from '../api/charity.api';
import { PublicNeedCard } from '../components/public-need.card';
import { wanText, yuanText } from '../utils/money';
import '../charity.css';

const VIEWS = { open: 'published', fulfilled: 'delivered', all: '' } as const;
type View = keyof typeof VIEWS;

/** The public charity page (no sign-in, mobile first): totals, needs with filters and progress, honour list, proofs. */
export function PublicCharityPage() {
  const { t, lang } = useT();
  const { get, update: setParams } = useUrlParams();
  const view = (get('view') as View | null) ?? 'open';
  const county = get('county') ?? '';
  const kind = get('kind') ?? '';
  const page = intParam(get('page'), 1);
  const summary = usePublicSummary();
  const needs = usePublicNeeds({
    status: VIEWS[view] || undefined,
    county: county || undefined,
    kind: kind || undefined,
    page,
    pageSize: 10,
  });
  const s = summary.data;
  return (
    <main className="xz-charity-public" id="main-content">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('charity.public.title')}
        </Typography.Title>
        <LangSwitch />
      </Space>
      <Typography.Paragraph type="secondary">
        {t('charity.public.subtitle')}
        {s ? ` · ${t('charity.public.asOf', { date: s.asOf })}` : ''}
      </Typography.Paragraph>
      {s ? (
        <div className="xz-charity-public__totals">
          <Card size="small">
            <Statistic title={t('charity.flow.raised')} value={wanText(s.totals.askedFen)} suffix="万元" />
          </Card>
          <Card size="small">
            <Statistic title={t('charity.flow.claimed')} value={wanText(s.totals.claimedFen)} suffix="万元" />
          </Card>
          <Card size="small">
            <Statistic title={t('charity.flow.received')} value={wanText(s.totals.receivedFen)} suffix="万元" />
          </Card>
          <Card size="small">
            <Statistic title={t('charity.flow.passedOn')} value={wanText(s.totals.passedOnFen)} suffix="万元" />
          </Card>
          <Card size="small">
            <Statistic title={t('charity.flow.delivered')} value={s.totals.delivered} />
          </Card>
        </div>
      ) : null}
      <Space wrap style={{ marginBottom: 8 }}>
        <Segmented<View>
          value={view}
          onChange={(v) => setParams({ view: v, page: null })}
          options={[
            { value: 'open', label: t('charity.public.open') },
            { value: 'fulfilled', label: t('charity.public.fulfilled') },
            { value: 'all', label: t('charity.public.all') },
          ]}
        />
        <Select
          aria-label={t('charity.field.county')}
          style={{ minWidth: 120 }}
          value={county}
          onChange={(v) => setParams({ county: v || null, page: null })}
          options={[
            { value: '', label: t('charity.public.all') },
            ...(s?.byCounty ?? []).map((c) => ({ value: c.countyCode, label: c.countyName })),
          ]}
        />
        <Select
          aria-label={t('charity.field.kind')}
          style={{ minWidth: 120 }}
          value={kind}
          onChange={(v) => setParams({ kind: v || null, page: null })}
          options={[
            { value: '', label: t('charity.public.all') },
            ...NEED_KINDS.map((k: NeedKind) => ({ value: k, label: NEED_KIND_LABELS[k][lang] })),
          ]}
        />
      </Space>
      {(needs.data?.items ?? []).map((n) => (
        <PublicNeedCard key={n.id} n={n} />
      ))}
      <Pagination
        simple
        current={page}
        pageSize={10}
        total={needs.data?.total ?? 0}
        onChange={(p) => setParams({ page: String(p) })}
        style={{ margin: '12px 0' }}
      />
      <Card size="small" title={t('charity.public.honour')} style={{ marginBottom: 12 }}>
        <Space wrap>
          {(s?.honour ?? []).map((h) => (
            <Typography.Text key={`${h.kind}:${h.name}`}>
              {h.name}（{yuanText(h.amountFen)} 元）
            </Typography.Text>
          ))}
        </Space>
      </Card>
      <Card size="small" title={t('charity.public.entries')}>
        <List
          size="small"
          dataSource={s?.entries ?? []}
          renderItem={(e) => (
            <List.Item>
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <Link to={`/charity/verify/${e.code}`}>
                  {e.number} · {e.date} · {yuanText(e.amountFen)} 元
                </Link>
                <span className="xz-charity-digest">SM3 {e.digest}</span>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </main>
  );
}
