import { lazy, Suspense } from 'react';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from './i18n';

// antd's Result carries its 403/404 illustrations: loaded only when such a page is shown, not with every section
const Result = lazy(() => import('antd/es/result'));

function BackHome() {
  const { t } = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/')}>
      {t('status.backHome')}
    </Button>
  );
}

/** 403: the caller lacks the ability this page needs. */
export function ForbiddenPage() {
  const { t } = useT();
  return (
    <Suspense fallback={<h1 className="xz-status-title">403</h1>}>
      <Result
        status="403"
        title={<h1 className="xz-status-title">403</h1>}
        subTitle={t('status.forbidden')}
        extra={<BackHome />}
      />
    </Suspense>
  );
}

/** 404: no such page. */
export function NotFoundPage() {
  const { t } = useT();
  return (
    <Suspense fallback={<h1 className="xz-status-title">404</h1>}>
      <Result
        status="404"
        title={<h1 className="xz-status-title">404</h1>}
        subTitle={t('status.notFound')}
        extra={<BackHome />}
      />
    </Suspense>
  );
}
