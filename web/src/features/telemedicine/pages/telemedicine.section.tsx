import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';

const TelemedListPage = lazy(() => import('./telemed-list.page').then((m) => ({ default: m.TelemedListPage })));
const TelemedDetailPage = lazy(() => import('./telemed-detail.page').then((m) => ({ default: m.TelemedDetailPage })));

/** `/telemedicine/*`: the requests, and one request. */
export function TelemedicineSection() {
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
        <Route index element={<TelemedListPage />} />
        <Route path=":id" element={<TelemedDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
