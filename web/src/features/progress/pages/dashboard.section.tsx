import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';

// The overview and the scoped views share one chunk; the funds page (gauges) is its own. ECharts loads after the table.
const DashboardPage = lazy(() => import('./dashboard.page').then((m) => ({ default: m.DashboardPage })));
const FundsPage = lazy(() => import('./funds.page').then((m) => ({ default: m.FundsPage })));

/** `/dashboard/*`: district overview, one county / working group / unit (same page scoped by the path), funds. */
export function DashboardSection() {
  const { t } = useT();
  return (
    <Suspense
      fallback={
        <div className="xz-content__loading" role="status">
          <Spin description={t('common.loading')} />
        </div>
      }
    >
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="counties/:id" element={<DashboardPage key="county" scopeKey="county" />} />
        <Route path="groups/:id" element={<DashboardPage key="group" scopeKey="group" />} />
        <Route path="units/:id" element={<DashboardPage key="unit" scopeKey="unit" />} />
        <Route path="funds" element={<FundsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
