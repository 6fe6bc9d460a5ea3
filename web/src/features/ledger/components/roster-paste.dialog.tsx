import { useState } from 'react';
import { Alert, Input, Modal, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { parseRosterPaste, type RosterDraft } from '../utils/roster';

/** A box to paste rows copied from Excel into; shows how many rows were read before adding them. */
export function RosterPasteDialog({
  open,
  onClose,
  onAdd,
}: {
  open: boolean;
  onClose: () => void;
  onAdd: (rows: RosterDraft[]) => void;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const parsed = parseRosterPaste(text);
  const close = () => {
    setText('');
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('ledger.roster.pasteTitle')}
      okText={t('ledger.roster.pasteAdd', { n: parsed.rows.length })}
      okButtonProps={{ disabled: parsed.rows.length === 0 }}
      onOk={() => {
        onAdd(parsed.rows);
        close();
      }}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      <Alert type="info" showIcon title={t('ledger.roster.pasteHint')} style={{ marginBottom: 12 }} />
      <Input.TextArea
        aria-label={t('ledger.roster.pasteTitle')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 6, maxRows: 14 }}
        className="xz-mono"
        spellCheck={false}
        autoFocus
      />
      <Typography.Text type="secondary" role="status" style={{ display: 'block', marginTop: 8 }}>
        {t('ledger.roster.pastePreview', { n: parsed.rows.length, skipped: parsed.skipped })}
      </Typography.Text>
    </Modal>
  );
}
