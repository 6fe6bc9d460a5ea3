import type { ClipboardEvent } from 'react';
import { Input, Typography } from 'antd';
import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import type { LookupState } from '../api/use-person-lookups.query';
import type { RosterRow } from '../utils/roster';

type Props = {
  row: RosterRow;
  index: number;
  error?: string;
  lookup?: LookupState;
  onChange: (v: string) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>) => void;
};

/** The ID number input of a roster row, with its problem or what the server knows of the person (masked). */
export function IdCell({ row, index, error, lookup, onChange, onPaste }: Props) {
  const { t } = useT();
  let note = null;
  if (error) note = <Typography.Text type="danger">{error}</Typography.Text>;
  else if (lookup?.status === 'pending')
    note = <Typography.Text type="secondary">{<LoadingOutlined />}</Typography.Text>;
  else if (lookup?.status === 'known') {
    const p = lookup.person;
    const other = row.name.trim() && row.name.trim() !== p.name;
    note = (
      <Typography.Text type="success">
        <CheckCircleOutlined /> {t('ledger.roster.known', { name: p.name, id: p.idMasked })}
        {other ? (
          <Typography.Text type="warning">{` · ${t('ledger.roster.knownName', { name: p.name })}`}</Typography.Text>
        ) : null}
      </Typography.Text>
    );
  } else if (lookup?.status === 'new')
    note = <Typography.Text type="secondary">{t('ledger.roster.newPerson')}</Typography.Text>;
  return (
    <>
      <Input
        value={row.idNumber}
        maxLength={24}
        className="xz-mono"
        autoComplete="off"
        spellCheck={false}
        status={error ? 'error' : undefined}
        aria-label={`${t('ledger.roster.idNumber')} ${index + 1}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onPaste={onPaste}
      />
      {note ? <div className="xz-roster__note">{note}</div> : null}
    </>
  );
}
