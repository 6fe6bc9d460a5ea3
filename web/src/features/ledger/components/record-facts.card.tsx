import { Card, Descriptions, Typography } from 'antd';
import { recordType } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import type { RecordDetail } from '../api/ledger.types';
import { useUnits } from '../api/use-units.query';
import { formatFieldValue } from '../utils/field-controls';
import { measureItems } from '../utils/measures';
import { placeOf } from './record-columns';

/** Basics, the values by their declared labels, and the measures the record carries. */
export function RecordFactsCard({ record: r }: { record: RecordDetail }) {
  const { t, lang } = useT();
  const decl = recordType(r.type);
  const hasUnitField = decl?.fields.some((f) => f.kind === 'unit') ?? false;
  const units = useUnits('east', hasUnitField);
  const names = (id: string) => units.data?.find((u) => u.id === id)?.name;
  const measures = measureItems(r.measures, lang);
  return (
    <Card size="small" className="xz-ledger-card">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} title={t('ledger.form.common')}>
        <Descriptions.Item label={t('ledger.form.occurredOn')}>{r.occurredOn}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.form.eastUnit')}>{r.eastUnit.name}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.col.place')}>{placeOf(r, t)}</Descriptions.Item>
        {r.note ? <Descriptions.Item label={t('ledger.form.note')}>{r.note}</Descriptions.Item> : null}
        {r.disputeReason ? (
          <Descriptions.Item label={t('ledger.detail.disputeReason')}>
            <Typography.Text type="danger">{r.disputeReason}</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        title={t('ledger.detail.values')}
        style={{ marginTop: 12 }}
      >
        {(decl?.fields ?? []).map((f) => (
          <Descriptions.Item key={f.key} label={f.label[lang]}>
            {formatFieldValue(f, r.values[f.key], lang, names)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Descriptions
        size="small"
        column={{ xs: 2, sm: 3, lg: 4 }}
        title={t('ledger.detail.measures')}
        style={{ marginTop: 12 }}
      >
        {measures.length ? (
          measures.map((m) => (
            <Descriptions.Item key={m.key} label={m.label}>
              <strong>{m.text}</strong>
            </Descriptions.Item>
          ))
        ) : (
          <Descriptions.Item>{t('ledger.detail.noMeasures')}</Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
