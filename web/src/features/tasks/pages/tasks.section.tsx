import { lazy } from 'react';
import { Route } from 'react-router';
import { SectionRoutes } from '../../../components/section-routes';

const TaskListPage = lazy(() => import('./task-list.page').then((m) => ({ default: m.TaskListPage })));
const TaskDetailPage = lazy(() => import('./task-detail.page').then((m) => ({ default: m.TaskDetailPage })));
const TaskTimelinePage = lazy(() => import('./task-timeline.page').then((m) => ({ default: m.TaskTimelinePage })));
const DocumentsPage = lazy(() => import('./documents.page').then((m) => ({ default: m.DocumentsPage })));
const UnitPlansPage = lazy(() => import('./unit-plans.page').then((m) => ({ default: m.UnitPlansPage })));

/** `/tasks/*`: the division, the timeline, the documents, the unit plans, and one task. */
export function TasksSection() {
  return (
    <SectionRoutes>
      <Route index element={<TaskListPage />} />
      <Route path="timeline" element={<TaskTimelinePage />} />
      <Route path="documents" element={<DocumentsPage />} />
      <Route path="unit-plans" element={<UnitPlansPage />} />
      <Route path=":id" element={<TaskDetailPage />} />
    </SectionRoutes>
  );
}
