import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';

const CohortListPage = lazy(() => import('./cohort-list.page').then((m) => ({ default: m.CohortListPage })));
const CohortDetailPage = lazy(() => import('./cohort-detail.page').then((m) => ({ default: m.CohortDetailPage })));

/** `/cohorts/*`: the cohorts of western students (the 夏河班), and one cohort's register. */
export function CohortsSection() {
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
        <Route index element={<CohortListPage />} />
        <Route path=":id" element={<CohortDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
