import { Suspense, useEffect } from 'react';
import { Spin } from 'antd';
import { Outlet, ScrollRestoration, useLocation, useSearchParams } from 'react-router';
import { useLang } from './i18n';

/** Keeps `?lang=en` in the URL while English is chosen, so a copied link opens in the same language. */
function useLangInUrl() {
  const [lang] = useLang();
  const [params, setParams] = useSearchParams();
  const { state } = useLocation();
  const inUrl = params.get('lang');
  useEffect(() => {
    // keep the navigation state (e.g. the sign-in notice) across this silent URL update
    const opts = { replace: true, preventScrollReset: true, state: state as unknown };
    if (lang === 'en' && inUrl !== 'en') setParams((p) => (p.set('lang', 'en'), p), opts);
    if (lang === 'zh' && inUrl !== null) setParams((p) => (p.delete('lang'), p), opts);
  }, [lang, inUrl, setParams, state]);
}

export function RootRoute() {
  useLangInUrl();
  return (
    <Suspense
      fallback={
        <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }} role="status">
          <Spin size="large" />
        </div>
      }
    >
      <Outlet />
      {/* a new page opens at its top (after 保存草稿 the record's buttons are not left under the sticky header); back restores */}
      <ScrollRestoration />
    </Suspense>
  );
}
