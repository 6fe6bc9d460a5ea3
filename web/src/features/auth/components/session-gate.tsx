import { lazy, Suspense } from 'react';
import { Button, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isApiError, isSessionLost } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import { StatusMessage } from '../../../app/status-message';
import { useSession } from '../api/use-session.query';
import { SessionContext } from '../session-context';
import { loginUrl } from '../utils/safe-next';

// rarely shown (first sign-in, reset passwords): its form stays out of the shell every page loads
const ForcedPasswordChangePage = lazy(() =>
  import('../pages/forced-password-change.page').then((m) => ({ default: m.ForcedPasswordChangePage })),
);

/** Loads `GET /api/auth/me`; sends strangers to sign-in and forces a password change before anything else. */
export function SessionGate() {
  const { t } = useT();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }} role="status" aria-live="polite">
        <Spin size="large" description={t('common.loading')} />
      </div>
    );
  }
  if (session.error) {
    if (isSessionLost(session.error)) return <Navigate to={loginUrl(location.pathname + location.search)} replace />;
    // an external account (signed in by phone) has no staff session: its own page
    if (isApiError(session.error) && session.error.code === 'FORBIDDEN') return <Navigate to="/account" replace />;
    return (
      <StatusMessage
        title={t('common.loadFailed')}
        subtitle={session.error.message}
        extra={<Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (session.data.user.mustChangePassword) {
    return (
      <Suspense fallback={<Spin size="large" />}>
        <ForcedPasswordChangePage session={session.data} />
      </Suspense>
    );
  }
  return (
    <SessionContext.Provider value={session.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}
