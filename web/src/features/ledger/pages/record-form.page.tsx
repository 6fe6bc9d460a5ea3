import { useState } from 'react';
import { Alert, Card, Form, Spin } from 'antd';
import { Select } from '../../../components/select';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { RECORD_CATEGORIES, recordType, type RecordCategory } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession } from '../../auth/session-context';
import { useRecord } from '../api/use-record.query';
import type { RecordDetail } from '../api/ledger.types';
import { RecordForm } from '../components/record-form';
import { toFormValues } from '../utils/field-controls';
import { creatableTypes, presets } from '../utils/session-roles';
import '../ledger.css';

/** New record: pick a type (kept in the URL), then the form that type declares. */
export function NewRecordPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const types = creatableTypes(session.roles);
  const decl = types.find((x) => x.code === params.get('type')) ?? null;
  const groups = (Object.keys(RECORD_CATEGORIES) as RecordCategory[])
    .map((c) => ({
      label: RECORD_CATEGORIES[c][lang],
      options: types.filter((x) => x.category === c).map((x) => ({ value: x.code, label: x.label[lang] })),
    }))
    .filter((g) => g.options.length);
  const p = decl ? presets(session.roles, decl) : null;
  const saved = (r: RecordDetail) => {
    notify('success', t('ledger.form.saved'));
    void navigate(`/ledger/${r.id}`);
  };

  return (
    <>
      <PageHeader title={t('ledger.form.titleNew')} subtitle={t('ledger.form.subtitle')} />
      {types.length === 0 ? (
        <EmptyState description={t('ledger.form.noTypes')} />
      ) : (
        <Card size="small" className="xz-ledger-card">
          <Form.Item label={t('ledger.form.type')} required style={{ marginBottom: 0 }} htmlFor="ledger-type">
            <Select
              id="ledger-type"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('ledger.form.typePick')}
              value={decl?.code}
              onChange={(v: string) => setParams((prev) => (prev.set('type', v), prev), { replace: true })}
              options={groups}
              style={{ maxWidth: 360 }}
            />
          </Form.Item>
        </Card>
      )}
      {decl && p ? (
        <RecordForm
          key={decl.code}
          decl={decl}
          record={null}
          initial={{ eastUnitId: p.eastUnitId, countyCode: p.countyCode }}
          locks={{ unit: p.lockUnit, county: p.lockCounty }}
          onSaved={saved}
          onCancel={() => void navigate('/ledger')}
          onConflict={() => undefined}
        />
      ) : null}
    </>
  );
}

/** Edit a draft or disputed record; a 409 reloads it and says someone else changed it. */
export function EditRecordPage() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const record = useRecord(id);
  const [conflict, setConflict] = useState(false);
  // the form is rebuilt from the record only after a conflict (a save's own answer must not remount it mid-callback)
  const [reloads, setReloads] = useState(0);
  const r = record.data;
  const decl = r ? recordType(r.type) : undefined;
  const back = () => void navigate(`/ledger/${id}`);

  if (record.isPending)
    return (
      <div className="xz-content__loading" role="status">
        <Spin description={t('common.loading')} />
      </div>
    );
  if (!r || !decl) return <EmptyState description={t('ledger.detail.notFound')} />;
  return (
    <>
      <PageHeader title={t('ledger.form.titleEdit')} subtitle={`${decl.label[lang]} · ${r.occurredOn}`} />
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('ledger.form.conflict')}
          closable
          onClose={() => setConflict(false)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {r.abilities.edit ? (
        <RecordForm
          key={reloads}
          decl={decl}
          record={r}
          initial={{
            occurredOn: r.occurredOn,
            eastUnitId: r.eastUnit.id,
            countyCode: r.countyCode || null,
            regionCode: r.regionCode,
            pairingId: r.pairingId,
            note: r.note,
            values: toFormValues(decl, r.values),
          }}
          locks={{ unit: true, county: true }}
          onSaved={(saved) => {
            notify('success', t('ledger.form.saved'));
            void navigate(`/ledger/${saved.id}`);
          }}
          onCancel={back}
          onConflict={() => {
            setConflict(true);
            void record.refetch().then(() => setReloads((n) => n + 1));
          }}
        />
      ) : (
        <Alert type="info" showIcon title={t('ledger.form.notEditable')} />
      )}
    </>
  );
}
