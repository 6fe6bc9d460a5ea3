import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';
import { FundsNav } from '../components/funds-nav';
import '../funds.css';

const FundsOverviewPage = lazy(() => import('./funds-overview.page').then((m) => ({ default: m.FundsOverviewPage })));
const ProjectsPage = lazy(() => import('./projects.page').then((m) => ({ default: m.ProjectsPage })));
const ProjectDetailPage = lazy(() => import('./project-detail.page').then((m) => ({ default: m.ProjectDetailPage })));
const PaymentsPage = lazy(() => import('./payments.page').then((m) => ({ default: m.PaymentsPage })));
const ReceiptsPage = lazy(() => import('./receipts.page').then((m) => ({ default: m.ReceiptsPage })));
const FindingsPage = lazy(() => import('./findings.page').then((m) => ({ default: m.FindingsPage })));

/** /funds (overview), /funds/projects[/:id], /funds/payments, /funds/receipts, /funds/findings (business.read). */
export function FundsSection() {
  const { t } = useT();
  return (
    <>
      <FundsNav />
      <Suspense
        fallback={
          <div className="xz-content__loading" role="status">
            <Spin description={t('common.loading')} />
          </div>
        }
      >
        <Routes>
          <Route index element={<FundsOverviewPage />} />
          <Route path="projects" element={<ProjectsPage />} />
          <Route path="projects/:id" element={<ProjectDetailPage />} />
          <Route path="payments" element={<PaymentsPage />} />
          <Route path="receipts" element={<ReceiptsPage />} />
          <Route path="findings" element={<FindingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </>
  );
}
