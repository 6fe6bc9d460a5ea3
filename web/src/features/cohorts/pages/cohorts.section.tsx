import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';

const CohortListPage = lazy(() => import('./cohort-list.page').then((m) => ({ default: m.CohortListPage })));
const CohortDetailPage = lazy(() => import('./cohort-detail.page').then((m) => ({ default: m.CohortDetailPage })));

/** `/cohorts/*`: the cohorts of western students (the 夏河班), and one cohort's register. */
export function CohortsSection() {
  return (
    <SectionRoutes>
      <Route index element={<CohortListPage />} />
      <Route path=":id" element={<CohortDetailPage />} />
    </SectionRoutes>
  );
}
