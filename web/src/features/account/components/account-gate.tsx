import { Spin } from 'antd';
import { Navigate, useLocation } from 'react-router';
import type { AccountSessionDto } from '@xiezuo/domain';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import { StatusMessage } from '../../../app/status-message';
import { useAccount } from '../api/account.api';

/** Loads the external account; strangers go to phone sign-in, staff (whose session is not external) go home. */
export function AccountGate({ children }: { children: (account: AccountSessionDto) => React.ReactNode }) {
  const { t } = useT();
  const location = useLocation();
  const account = useAccount();
  if (account.isPending)
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }} role="status">
        <Spin size="large" description={t('common.loading')} />
      </div>
    );
  if (account.error) {
    if (isApiError(account.error) && account.error.code === 'FORBIDDEN') return <Navigate to="/" replace />;
    if (isApiError(account.error) && account.error.status === 401)
      return <Navigate to={`/login/phone?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    return <StatusMessage title={t('common.loadFailed')} subtitle={account.error.message} />;
  }
  return <>{children(account.data)}</>;
}
