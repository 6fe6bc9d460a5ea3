import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';
import { LabourNav } from '../components/labour-nav';

const DashboardPage = lazy(() => import('./labour-dashboard.page').then((m) => ({ default: m.LabourDashboardPage })));
const PostsPage = lazy(() => import('./posts.page').then((m) => ({ default: m.PostsPage })));
const WorkersPage = lazy(() => import('./workers.page').then((m) => ({ default: m.WorkersPage })));
const ApplicationsPage = lazy(() => import('./applications.page').then((m) => ({ default: m.ApplicationsPage })));

/** `/labour/*`: dashboard, posts with ranked workers and the push composer, the pool, the applications board. */
export function LabourSection() {
  return (
    <>
      <LabourNav />
      <SectionRoutes>
        <Route index element={<DashboardPage />} />
        <Route path="posts" element={<PostsPage />} />
        <Route path="workers" element={<WorkersPage />} />
        <Route path="applications" element={<ApplicationsPage />} />
      </SectionRoutes>
    </>
  );
}
