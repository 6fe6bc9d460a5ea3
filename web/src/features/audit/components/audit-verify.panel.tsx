import { Alert, Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { useAuditVerify } from '../api/use-audit-verify.mutation';

/** 校验哈希链: asks the server to recompute the chain and shows whether it is intact or where it breaks. */
export function useAuditVerifyPanel() {
  const { t } = useT();
  const verify = useAuditVerify();
  const button = (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
  const r = verify.data;
  const result = r ? (
    <Alert
      role="status"
      showIcon
      closable={{ onClose: () => verify.reset() }}
      type={r.ok ? 'success' : 'error'}
      title={
        r.ok
          ? t('audit.verifyOk', { rows: r.rows })
          : t('audit.verifyBroken', { id: r.brokenId ?? '?', rows: r.rows, count: r.breaks.length + r.more })
      }
      description={
        r.ok
          ? undefined
          : t('audit.verifyReason', {
              list: r.breaks
                .slice(0, 10)
                .map((b) => `${b.id}（${t(`audit.reason.${b.reason}`)}）`)
                .join('、'),
            })
      }
      style={{ marginBottom: 12 }}
    />
  ) : null;
  return { button, result };
}
