import { Modal } from 'antd';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { ChangePasswordForm } from './change-password.form';

/** The 修改密码 dialog opened from the user menu. */
export function ChangePasswordDialog({
  username,
  open,
  onClose,
}: {
  username: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useT();
  return (
    <Modal open={open} title={t('auth.pw.title')} footer={null} onCancel={onClose} destroyOnHidden>
      <ChangePasswordForm
        username={username}
        onCancel={onClose}
        onDone={() => {
          notify('success', t('auth.pw.changed'));
          onClose();
        }}
      />
    </Modal>
  );
}
