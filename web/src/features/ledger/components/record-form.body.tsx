import { Card, DatePicker, Form, Input } from 'antd';
import { Select } from '../../../components/select';
import type { RecordTypeDecl } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import type { FormValue } from '../utils/field-controls';
import { isoDateItem } from './date-item';
import { PairingSelect } from './pairing.select';
import { RegionCascader } from './region.cascader';
import { TypeFieldItem } from './type-field.item';
import { UnitSelect } from './unit.select';

/** The form's state: common fields plus the type's values (money as 元 text). */
export type RecordFormShape = {
  occurredOn?: string | null;
  eastUnitId?: string | null;
  countyCode?: string | null;
  regionCode?: string | null;
  pairingId?: string | null;
  note?: string | null;
  values: Record<string, FormValue>;
};

/** `new`: everything open; `edit` / `unlock`: the east unit and county are fixed (PATCH cannot move a record). */
export type FormMode = 'new' | 'edit' | 'unlock';
export type Locks = { unit: boolean; county: boolean };

/** Common fields and the fields declared for the type; used by the entry page and the unlock-request dialog. */
export function RecordFormBody({
  decl,
  mode,
  locks,
  knownUnits = [],
}: {
  decl: RecordTypeDecl;
  mode: FormMode;
  locks: Locks;
  knownUnits?: readonly { id: string; name: string }[];
}) {
  const { t, lang } = useT();
  const form = Form.useFormInstance<RecordFormShape>();
  const county = Form.useWatch('countyCode', form) ?? null;
  const org = useOrgOverview();
  const fixed = mode !== 'new';
  const required = (label: string) => [{ required: true, message: t('ledger.form.required', { label }) }];

  return (
    <>
      <Card size="small" title={t('ledger.form.common')} className="xz-ledger-card">
        <div className="xz-ledger-grid">
          <Form.Item
            name="occurredOn"
            label={t('ledger.form.occurredOn')}
            rules={required(t('ledger.form.occurredOn'))}
            {...isoDateItem}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="eastUnitId"
            label={t('ledger.form.eastUnit')}
            rules={required(t('ledger.form.eastUnit'))}
            extra={locks.unit && mode === 'new' ? t('ledger.form.fixedUnit') : undefined}
          >
            <UnitSelect side="east" known={knownUnits} disabled={fixed || locks.unit} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="countyCode"
            label={t('ledger.form.county')}
            rules={decl.countyOptional ? [] : required(t('ledger.form.county'))}
            extra={decl.countyOptional ? t('ledger.form.countyOptional') : undefined}
          >
            <Select
              allowClear={decl.countyOptional}
              disabled={fixed || locks.county}
              loading={org.isPending}
              options={(org.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
              onChange={() => form.setFieldsValue({ regionCode: null, pairingId: null })}
            />
          </Form.Item>
          <Form.Item name="regionCode" label={t('ledger.form.region')} extra={t('ledger.form.regionHint')}>
            <RegionCascader county={county} />
          </Form.Item>
          <Form.Item name="pairingId" label={t('ledger.form.pairing')} extra={t('ledger.form.pairingHint')}>
            <PairingSelect county={county} />
          </Form.Item>
        </div>
      </Card>
      <Card size="small" title={t('ledger.form.details', { type: decl.label[lang] })} className="xz-ledger-card">
        <div className="xz-ledger-grid">
          {decl.fields.map((f) => (
            <TypeFieldItem key={f.key} field={f} county={county} />
          ))}
        </div>
        <Form.Item name="note" label={t('ledger.form.note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Card>
    </>
  );
}
