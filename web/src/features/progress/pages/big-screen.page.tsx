import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, ConfigProvider, Flex, Spin, theme } from 'antd';
import { CompressOutlined, ExpandOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { INDICATOR_STATUS_LABELS, type IndicatorProgressDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { CompletionBar } from '../components/completion-bar';
import { targetText } from '../components/progress-columns';
import { StatusTiles } from '../components/status-tiles';
import { useDashboardView } from '../hooks/use-dashboard-view';
import { formatValue } from '../utils/format';
import { STATUS_HEX, STATUS_ON_DARK, STATUS_ORDER } from '../utils/progress-view';
import './big-screen.css';

const PacingChartCard = lazy(() =>
  import('../components/pacing-chart.card').then((m) => ({ default: m.PacingChartCard })),
);

const REFRESH_MS = 60_000;
const DARK = { algorithm: theme.darkAlgorithm, token: { colorBgContainer: '#13253f', colorPrimary: '#1f5fbf' } };

function useFullscreen(): [boolean, () => void] {
  const [isFull, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const on = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);
  const toggle = () =>
    void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(
      () => undefined,
    );
  return [isFull, toggle];
}

function IndicatorCard({ item }: { item: IndicatorProgressDto }) {
  const { t, lang } = useT();
  return (
    <li className="xz-screen__card" style={{ borderTopColor: STATUS_HEX[item.status] }}>
      <span className="xz-screen__card-name">{item.name[lang]}</span>
      <span className="xz-screen__value">{formatValue(item.value, item.format, item.unit, lang)}</span>
      <Flex justify="space-between" gap={8} className="xz-screen__target">
        <span>{targetText(t, item, lang)}</span>
        <span className="xz-screen__status" style={{ color: STATUS_ON_DARK[item.status] }}>
          {INDICATOR_STATUS_LABELS[item.status][lang]}
        </span>
      </Flex>
      <CompletionBar cell={item} status={item.status} large />
    </li>
  );
}

/** Big-screen mode for the leaders' room: dark, large type, full screen on demand, refreshed every minute. */
export function BigScreenPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const v = useDashboardView({ refreshMs: REFRESH_MS });
  const [isFull, toggleFull] = useFullscreen();
  const data = v.progress.data;
  // worst first, so what needs attention is at the top left
  const items = [...(data?.items ?? [])].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  );
  const exit = () => {
    const next = new URLSearchParams(v.params);
    void navigate(`/dashboard?${next.toString()}`);
  };
  return (
    <ConfigProvider theme={DARK}>
      <main className="xz-screen" id="main-content">
        <header className="xz-screen__head">
          <div>
            <h1>{t('screen.title')}</h1>
            <div className="xz-screen__meta">
              {data
                ? t('screen.asOf', {
                    year: data.year,
                    asOf: data.asOf,
                    share: `${Math.round(data.expectedShare * 1000) / 10}%`,
                  })
                : t('common.loading')}
              {v.progress.dataUpdatedAt ? (
                <>
                  {' · '}
                  <span role="status">
                    {t('screen.refreshing', { time: dayjs(v.progress.dataUpdatedAt).format('HH:mm:ss') })}
                  </span>
                </>
              ) : null}
            </div>
          </div>
          <Flex gap={8}>
            <Button icon={isFull ? <CompressOutlined /> : <ExpandOutlined />} onClick={toggleFull}>
              {isFull ? t('screen.exitFullscreen') : t('screen.fullscreen')}
            </Button>
            <Button onClick={exit}>{t('screen.exit')}</Button>
          </Flex>
        </header>
        {!data ? (
          <Spin size="large" />
        ) : (
          <>
            <StatusTiles items={data.items} />
            <div className="xz-screen__grid">
              <section className="xz-screen__panel" aria-labelledby="screen-pacing">
                <h2 id="screen-pacing">{t('screen.pacing')}</h2>
                <Suspense fallback={<Spin />}>
                  <PacingChartCard items={data.items} onSelect={() => undefined} dark title={false} />
                </Suspense>
              </section>
              <section className="xz-screen__panel" aria-labelledby="screen-watch">
                <h2 id="screen-watch">{t('screen.watch')}</h2>
                <ul className="xz-screen__cards">
                  {items.map((i) => (
                    <IndicatorCard key={i.code} item={i} />
                  ))}
                </ul>
              </section>
            </div>
          </>
        )}
      </main>
    </ConfigProvider>
  );
}
