import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import type { InitialPassword } from '../api/initial-password';

/** Shows a freshly issued initial password once, with a copy button; it is not kept anywhere after closing. */
export function InitialPasswordModal({ result, onClose }: { result: InitialPassword | null; onClose: () => void }) {
  const { t } = useT();
  const copy = async () => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.initialPassword);
      notify('success', t('common.copied'));
    } catch {
      notify('warning', t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open={result !== null}
      title={t('users.pw.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.pw.done')}
        </Button>
      }
    >
      {result ? (
        <>
          <Typography.Paragraph>
            {t('users.pw.for', { username: result.user.username, name: result.user.displayName })}
          </Typography.Paragraph>
          <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
            <output className="xz-mono xz-initial-password" aria-label={t('users.pw.title')}>
              {result.initialPassword}
            </output>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t('common.copy')}
            </Button>
          </Flex>
          <Alert type="warning" showIcon title={t('users.pw.once')} />
        </>
      ) : null}
    </Modal>
  );
}
