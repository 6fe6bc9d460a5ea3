import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { useT } from '../../../app/i18n';
import { NotFoundPage } from '../../../app/status.pages';

const TaskListPage = lazy(() => import('./task-list.page').then((m) => ({ default: m.TaskListPage })));
const TaskDetailPage = lazy(() => import('./task-detail.page').then((m) => ({ default: m.TaskDetailPage })));
const TaskTimelinePage = lazy(() => import('./task-timeline.page').then((m) => ({ default: m.TaskTimelinePage })));
const DocumentsPage = lazy(() => import('./documents.page').then((m) => ({ default: m.DocumentsPage })));
const UnitPlansPage = lazy(() => import('./unit-plans.page').then((m) => ({ default: m.UnitPlansPage })));

/** `/tasks/*`: the division, the timeline, the documents, the unit plans, and one task. */
export function TasksSection() {
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
        <Route index element={<TaskListPage />} />
        <Route path="timeline" element={<TaskTimelinePage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="unit-plans" element={<UnitPlansPage />} />
        <Route path=":id" element={<TaskDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
