import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';

const SupervisionListPage = lazy(() =>
  import('./supervision-list.page').then((m) => ({ default: m.SupervisionListPage })),
);
const SupervisionDetailPage = lazy(() =>
  import('./supervision-detail.page').then((m) => ({ default: m.SupervisionDetailPage })),
);

/** `/supervision/*`: the list of orders and one order. */
export function SupervisionSection() {
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
        <Route index element={<SupervisionListPage />} />
        <Route path=":id" element={<SupervisionDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
