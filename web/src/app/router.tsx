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
const WorkbenchPage = lazy(() =>
  import('../features/workbench/pages/workbench.page').then((m) => ({ default: m.WorkbenchPage })),
);
const MessagesPage = lazy(() =>
  import('../features/messages/pages/messages.page').then((m) => ({ default: m.MessagesPage })),
);
const PhoneLoginPage = lazy(() =>
  import('../features/account/pages/phone-login.page').then((m) => ({ default: m.PhoneLoginPage })),
);
const AccountHomePage = lazy(() =>
  import('../features/account/pages/account-home.page').then((m) => ({ default: m.AccountHomePage })),
);
const SystemMessagesPage = lazy(() =>
  import('../features/system/pages/system-messages.page').then((m) => ({ default: m.SystemMessagesPage })),
);
const OrgPage = lazy(() => import('../features/org/pages/org.page').then((m) => ({ default: m.OrgPage })));
const AuditLogPage = lazy(() =>
  import('../features/audit/pages/audit-log.page').then((m) => ({ default: m.AuditLogPage })),
);
const UsersPage = lazy(() => import('../features/users/pages/users.page').then((m) => ({ default: m.UsersPage })));
const SystemConfigPage = lazy(() =>
  import('../features/system/pages/system-config.page').then((m) => ({ default: m.SystemConfigPage })),
);
const ConsumptionSection = lazy(() =>
  import('../features/consumption/pages/consumption.section').then((m) => ({ default: m.ConsumptionSection })),
);
const PairingsSection = lazy(() =>
  import('../features/pairings/pages/pairings.section').then((m) => ({ default: m.PairingsSection })),
);
const DashboardSection = lazy(() =>
  import('../features/progress/pages/dashboard.section').then((m) => ({ default: m.DashboardSection })),
);
const BigScreenPage = lazy(() =>
  import('../features/progress/pages/big-screen.page').then((m) => ({ default: m.BigScreenPage })),
);
const WarningsPage = lazy(() =>
  import('../features/oversight/pages/warnings.page').then((m) => ({ default: m.WarningsPage })),
);
const SupervisionSection = lazy(() =>
  import('../features/oversight/pages/supervision.section').then((m) => ({ default: m.SupervisionSection })),
);
const AssessmentSection = lazy(() =>
  import('../features/oversight/pages/assessment.section').then((m) => ({ default: m.AssessmentSection })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/pages/reports.page').then((m) => ({ default: m.ReportsPage })),
);
const PlansPage = lazy(() => import('../features/plans/pages/plans.page').then((m) => ({ default: m.PlansPage })));
const TasksSection = lazy(() =>
  import('../features/tasks/pages/tasks.section').then((m) => ({ default: m.TasksSection })),
);
const TelemedicineSection = lazy(() =>
  import('../features/telemedicine/pages/telemedicine.section').then((m) => ({ default: m.TelemedicineSection })),
);
const CohortsSection = lazy(() =>
  import('../features/cohorts/pages/cohorts.section').then((m) => ({ default: m.CohortsSection })),
);
const CharitySection = lazy(() =>
  import('../features/charity/pages/charity.section').then((m) => ({ default: m.CharitySection })),
);
const PublicCharityPage = lazy(() =>
  import('../features/charity/pages/public-charity.page').then((m) => ({ default: m.PublicCharityPage })),
);
const CharityVerifyPage = lazy(() =>
  import('../features/charity/pages/verify.page').then((m) => ({ default: m.CharityVerifyPage })),
);
const DonorPage = lazy(() => import('../features/charity/pages/donor.page').then((m) => ({ default: m.DonorPage })));
const FundsSection = lazy(() =>
  import('../features/funds/pages/funds.section').then((m) => ({ default: m.FundsSection })),
);
const MyImportsPage = lazy(() =>
  import('../features/workbench/pages/my-imports.page').then((m) => ({ default: m.MyImportsPage })),
);
const LabourSection = lazy(() =>
  import('../features/labour/pages/labour.section').then((m) => ({ default: m.LabourSection })),
);
const WorkerPostPage = lazy(() =>
  import('../features/labour/pages/worker-post.page').then((m) => ({ default: m.WorkerPostPage })),
);
const LedgerSection = lazy(() =>
  import('../features/ledger/pages/ledger.section').then((m) => ({ default: m.LedgerSection })),
);

export const router = createBrowserRouter([
  {
    element: <RootRoute />,
    errorElement: <PageCrashed />,
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'login/phone', element: <PhoneLoginPage /> },
      { path: 'account', element: <AccountHomePage /> },
      // the public charity pages need no session; the donor's page an external one
      { path: 'charity/public', element: <PublicCharityPage /> },
      { path: 'charity/verify/:code', element: <CharityVerifyPage /> },
      { path: 'charity/donor', element: <DonorPage /> },
      // a worker's phone page: external sign-in, outside the staff shell
      { path: 'jobs', element: <WorkerPostPage /> },
      { path: 'jobs/:id', element: <WorkerPostPage /> },
      {
        element: <SessionGate />,
        children: [
          // the big screen fills the display: outside the shell, no menu or header
          {
            path: 'dashboard/screen',
            element: (
              <RequireAbility ability="business.read">
                <BigScreenPage />
              </RequireAbility>
            ),
          },
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <WorkbenchPage /> },
              { path: 'messages', element: <MessagesPage /> },
              { path: 'imports', element: <MyImportsPage /> },
              {
                path: 'org',
                element: (
                  <RequireAbility ability="org.read">
                    <OrgPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'pairings/*',
                element: (
                  <RequireAbility ability="business.read">
                    <PairingsSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'labour/*',
                element: (
                  <RequireAbility ability="business.read">
                    <LabourSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'consumption/*',
                element: (
                  <RequireAbility ability="business.read">
                    <ConsumptionSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'dashboard/*',
                element: (
                  <RequireAbility ability="business.read">
                    <DashboardSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'warnings',
                element: (
                  <RequireAbility ability="business.read">
                    <WarningsPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'supervision/*',
                element: (
                  <RequireAbility ability="business.read">
                    <SupervisionSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'assessment/*',
                element: (
                  <RequireAbility ability="business.read">
                    <AssessmentSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'plans',
                element: (
                  <RequireAbility ability="business.read">
                    <PlansPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'tasks/*',
                element: (
                  <RequireAbility ability="business.read">
                    <TasksSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'telemedicine/*',
                element: (
                  <RequireAbility ability="business.read">
                    <TelemedicineSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'cohorts/*',
                element: (
                  <RequireAbility ability="business.read">
                    <CohortsSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'ledger/*',
                element: (
                  <RequireAbility ability="business.read">
                    <LedgerSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'charity/*',
                element: (
                  <RequireAbility ability="business.read" or="charity.custody">
                    <CharitySection />
                  </RequireAbility>
                ),
              },
              {
                path: 'funds/*',
                element: (
                  <RequireAbility ability="business.read">
                    <FundsSection />
                  </RequireAbility>
                ),
              },
              {
                path: 'reports',
                element: (
                  <RequireAbility ability="business.read">
                    <ReportsPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequireAbility ability="audit.read">
                    <AuditLogPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'users',
                element: (
                  <RequireAbility ability="users.read">
                    <UsersPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'system',
                element: (
                  <RequireAbility ability="config.read">
                    <SystemConfigPage />
                  </RequireAbility>
                ),
              },
              {
                path: 'system/messages',
                element: (
                  <RequireAbility ability="config.read">
                    <SystemMessagesPage />
                  </RequireAbility>
                ),
              },
              { path: '403', element: <ForbiddenPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
