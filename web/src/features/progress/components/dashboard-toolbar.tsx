import { Button } from 'antd';
import { DesktopOutlined, LinkOutlined, PrinterOutlined, ReloadOutlined, WalletOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { printWhenReady } from '../../../components/when-visible';

type Props = { shareSearch: string; carry: string; isFetching: boolean; onRefresh: () => void; hideFunds?: boolean };

/** Refresh, copy a link that reproduces the view, big screen, funds, print. */
export function DashboardToolbar({ shareSearch, carry, isFetching, onRefresh, hideFunds = false }: Props) {
  const { t } = useT();
  const navigate = useNavigate();
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${shareSearch}`;
    try {
      await navigator.clipboard.writeText(url);
      notify('success', t('common.copied'));
    } catch {
      notify('warning', `${t('common.copyFailed')}: ${url}`);
    }
  };
  return (
    <div className="xz-toolbar xz-no-print">
      <Button icon={<ReloadOutlined />} loading={isFetching} onClick={onRefresh}>
        {t('dash.refresh')}
      </Button>
      <Button icon={<LinkOutlined />} onClick={() => void copy()} title={t('dash.shareHint')}>
        {t('dash.share')}
      </Button>
      {hideFunds ? null : (
        <Button icon={<WalletOutlined />} onClick={() => void navigate(`/dashboard/funds${carry}`)}>
          {t('dash.funds')}
        </Button>
      )}
      <Button icon={<DesktopOutlined />} onClick={() => void navigate(`/dashboard/screen${shareSearch}`)}>
        {t('dash.bigScreen')}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => void printWhenReady()}>
        {t('dash.print')}
      </Button>
    </div>
  );
}
