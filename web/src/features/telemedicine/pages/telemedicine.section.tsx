import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';

const TelemedListPage = lazy(() => import('./telemed-list.page').then((m) => ({ default: m.TelemedListPage })));
const TelemedDetailPage = lazy(() => import('./telemed-detail.page').then((m) => ({ default: m.TelemedDetailPage })));

/** `/telemedicine/*`: the requests, and one request. */
export function TelemedicineSection() {
  return (
    <SectionRoutes>
      <Route index element={<TelemedListPage />} />
      <Route path=":id" element={<TelemedDetailPage />} />
    </SectionRoutes>
  );
}
