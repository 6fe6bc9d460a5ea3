import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';

const SupervisionListPage = lazy(() =>
  import('./supervision-list.page').then((m) => ({ default: m.SupervisionListPage })),
);
const SupervisionDetailPage = lazy(() =>
  import('./supervision-detail.page').then((m) => ({ default: m.SupervisionDetailPage })),
);

/** `/supervision/*`: the list of orders and one order. */
export function SupervisionSection() {
  return (
    <SectionRoutes>
      <Route index element={<SupervisionListPage />} />
      <Route path=":id" element={<SupervisionDetailPage />} />
    </SectionRoutes>
  );
}
