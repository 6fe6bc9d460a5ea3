import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';
import { AssessmentNav } from '../components/assessment-nav';

const AssessmentPage = lazy(() => import('./assessment.page').then((m) => ({ default: m.AssessmentPage })));
const AssessmentSchemePage = lazy(() =>
  import('./assessment-scheme.page').then((m) => ({ default: m.AssessmentSchemePage })),
);
const AssessmentAdjustmentsPage = lazy(() =>
  import('./assessment-adjustments.page').then((m) => ({ default: m.AssessmentAdjustmentsPage })),
);

/** `/assessment/*`: the ranking, the year's scheme (edited by the office), bonuses and deductions. */
export function AssessmentSection() {
  const { t } = useT();
  return (
    <>
      <AssessmentNav />
      <Suspense
        fallback={
          <div className="xz-content__loading" role="status">
            <Spin description={t('common.loading')} />
          </div>
        }
      >
        <Routes>
          <Route index element={<AssessmentPage />} />
          <Route path="scheme" element={<AssessmentSchemePage />} />
          <Route path="adjustments" element={<AssessmentAdjustmentsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </>
  );
}
