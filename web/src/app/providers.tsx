import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
// the ES builds of the locales; `antd/locale/*` would pull antd's CommonJS copy in beside the ES one
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { MessageBridge } from './error-notifier';
import { useLang } from './i18n';
import { getLang, subscribeLang } from './lang-store';
import { queryClient } from './query-client';

// dayjs formats dates everywhere (tables, pickers); keep its global locale in step before anything renders.
const syncDayjs = () => dayjs.locale(getLang() === 'en' ? 'en' : 'zh-cn');
syncDayjs();
subscribeLang(syncDayjs);

const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

// antd's default link blue, error red and grey text fall below WCAG AA contrast (4.5:1); these meet it.
const TOKENS = {
  colorPrimary: '#1f5fbf',
  colorInfo: '#1f5fbf',
  colorLink: '#1f5fbf',
  colorError: '#cf1322',
  fontFamily: FONT_FAMILY,
  borderRadius: 6,
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
};

/** Query client, antd theme and locale (zh_CN default, en_US), and the message bridge for the global error handler. */
export function Providers({ children }: { children: ReactNode }) {
  const [lang] = useLang();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ algorithm: theme.defaultAlgorithm, token: TOKENS }}>
        <AntApp>
          <MessageBridge />
          {children}
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
