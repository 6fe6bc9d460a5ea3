import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { SessionGate } from '../features/auth/components/session-gate';
import { AppLayout } from './app-layout';
import { PageCrashed } from './error-boundary';
import { RequireAbility } from './require-ability';
import { RootRoute } from './root-route';
import { ForbiddenPage, NotFoundPage } from './status.pages';

// One chunk per page; the shell (layout, menu, session) is in the entry chunk.
const LoginPage = lazy(() => import('../features/auth/pages/login.page').then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import('../features/home/pages/home.page').then((m) => ({ default: m.HomePage })));
const OrgPage = lazy(() => import('../features/org/pages/org.page').then((m) => ({ default: m.OrgPage })));
const AuditLogPage = lazy(() => import('../features/audit/pages/audit-log.page').then((m) => ({ default: m.AuditLogPage })));
const UsersPage = lazy(() => import('../features/users/pages/users.page').then((m) => ({ default: m.UsersPage })));
const SystemConfigPage = lazy(() => import('../features/system/pages/system-config.page').then((m) => ({ default: m.SystemConfigPage })));

export const router = createBrowserRouter([
  {
    element: <RootRoute />,
    errorElement: <PageCrashed />,
    children: [
      { path: 'login', element: <LoginPage /> },
      {
        element: <SessionGate />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'org', element: <RequireAbility ability="org.read"><OrgPage /></RequireAbility> },
              { path: 'audit', element: <RequireAbility ability="audit.read"><AuditLogPage /></RequireAbility> },
              { path: 'users', element: <RequireAbility ability="users.read"><UsersPage /></RequireAbility> },
              { path: 'system', element: <RequireAbility ability="config.read"><SystemConfigPage /></RequireAbility> },
              { path: '403', element: <ForbiddenPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
