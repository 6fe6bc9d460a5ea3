import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';
import { ConsumptionNav } from '../components/consumption-nav';

const DashboardPage = lazy(() =>
  import('./consumption-dashboard.page').then((m) => ({ default: m.ConsumptionDashboardPage })),
);
const PledgesPage = lazy(() => import('./pledges.page').then((m) => ({ default: m.PledgesPage })));
const PurchasesPage = lazy(() => import('./purchases.page').then((m) => ({ default: m.PurchasesPage })));
const CataloguePage = lazy(() => import('./catalogue.page').then((m) => ({ default: m.CataloguePage })));

/** `/consumption/*`: dashboard, pledge board, purchases, catalogue. */
export function ConsumptionSection() {
  return (
    <>
      <ConsumptionNav />
      <SectionRoutes>
        <Route index element={<DashboardPage />} />
        <Route path="pledges" element={<PledgesPage />} />
        <Route path="purchases" element={<PurchasesPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
      </SectionRoutes>
    </>
  );
}
