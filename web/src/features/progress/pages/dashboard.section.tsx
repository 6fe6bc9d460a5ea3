import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';

// The overview and the scoped views share one chunk; the funds page (gauges) is its own. ECharts loads after the table.
const DashboardPage = lazy(() => import('./dashboard.page').then((m) => ({ default: m.DashboardPage })));
const FundsPage = lazy(() => import('./funds.page').then((m) => ({ default: m.FundsPage })));

/** `/dashboard/*`: district overview, one county / working group / unit (same page scoped by the path), funds. */
export function DashboardSection() {
  return (
    <SectionRoutes>
      <Route index element={<DashboardPage />} />
      <Route path="counties/:id" element={<DashboardPage key="county" scopeKey="county" />} />
      <Route path="groups/:id" element={<DashboardPage key="group" scopeKey="group" />} />
      <Route path="units/:id" element={<DashboardPage key="unit" scopeKey="unit" />} />
      <Route path="funds" element={<FundsPage />} />
    </SectionRoutes>
  );
}
