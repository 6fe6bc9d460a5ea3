import { Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../app/i18n';
import { NotFoundPage } from '../app/status.pages';

/**
 * A feature section's routes (`/tasks/*`, `/cohorts/*`, …): its lazily loaded pages behind one loading state, and the
 * not-found page for any path the section does not know.
 */
export function SectionRoutes({ children }: { children: ReactNode }) {
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
        {children}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
