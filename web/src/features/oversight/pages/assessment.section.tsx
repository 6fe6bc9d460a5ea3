import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';
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
  return (
    <>
      <AssessmentNav />
      <SectionRoutes>
        <Route index element={<AssessmentPage />} />
        <Route path="scheme" element={<AssessmentSchemePage />} />
        <Route path="adjustments" element={<AssessmentAdjustmentsPage />} />
      </SectionRoutes>
    </>
  );
}
