import { Alert } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import type { RecordDetail } from '../api/ledger.types';

/** Where a produced record came from, with a link to its module's page; such a record is not changed in the ledger. */
export function RecordSourceAlert({ source }: { source: NonNullable<RecordDetail['source']> }) {
  const { t, lang } = useT();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('ledger.detail.sourceHint', { source: source.label[lang] })}
      description={
        source.link ? (
          <Link to={source.link.path} data-testid="record-source-link">
            {t('ledger.detail.openSource', { title: source.link.title })}
          </Link>
        ) : null
      }
    />
  );
}
