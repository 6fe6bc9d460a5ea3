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
  const note = error ? <Typography.Text type="danger">{error}</Typography.Text> : lookupNote(lookup, t);
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

/**
 * What the server said of the person: within the caller's scope who is registered (and whether the typed name is
 * the registered one); outside it only whether a person with this ID number and the typed name is registered.
 */
function lookupNote(lookup: LookupState | undefined, t: ReturnType<typeof useT>['t']) {
  switch (lookup?.status) {
    case undefined:
      return null;
    case 'pending':
      return (
        <Typography.Text type="secondary">
          <LoadingOutlined />
        </Typography.Text>
      );
    case 'known': {
      const p = lookup.person;
      return (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('ledger.roster.known', { name: p.name, id: p.idMasked })}
          {lookup.nameMatch === false ? (
            <Typography.Text type="warning">{` · ${t('ledger.roster.knownName', { name: p.name })}`}</Typography.Text>
          ) : null}
        </Typography.Text>
      );
    }
    case 'verified':
      return lookup.nameMatch ? (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('ledger.roster.verified')}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">
          {t(lookup.nameMatch === null ? 'ledger.roster.typeName' : 'ledger.roster.notVerified')}
        </Typography.Text>
      );
    case 'limited':
      return <Typography.Text type="secondary">{t('ledger.roster.lookupLimited')}</Typography.Text>;
    case 'failed':
      return null;
    default: {
      const never: never = lookup;
      return never;
    }
  }
}
