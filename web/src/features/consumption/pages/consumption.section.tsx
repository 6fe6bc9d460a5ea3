import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';
import { ConsumptionNav } from '../components/consumption-nav';

const DashboardPage = lazy(() =>
  import('./consumption-dashboard.page').then((m) => ({ default: m.ConsumptionDashboardPage })),
);
const PledgesPage = lazy(() => import('./pledges.page').then((m) => ({ default: m.PledgesPage })));
const PurchasesPage = lazy(() => import('./purchases.page').then((m) => ({ default: m.PurchasesPage })));
const CataloguePage = lazy(() => import('./catalogue.page').then((m) => ({ default: m.CataloguePage })));

/** `/consumption/*`: dashboard, pledge board, purchases, catalogue. */
export function ConsumptionSection() {
  const { t } = useT();
  return (
    <>
      <ConsumptionNav />
      <Suspense
        fallback={
          <div className="xz-content__loading" role="status">
            <Spin description={t('common.loading')} />
          </div>
        }
      >
        <Routes>
          <Route index element={<DashboardPage />} />
          <Route path="pledges" element={<PledgesPage />} />
          <Route path="purchases" element={<PurchasesPage />} />
          <Route path="catalogue" element={<CataloguePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </>
  );
}
