import { DatePicker, Form, Input, InputNumber, Switch, type FormRule } from 'antd';
import { Select } from '../../../components/select';
import type { FieldDecl } from '@xiezuo/domain';
import { useT, type Translate } from '../../../app/i18n';
import { controlFor, type ControlSpec } from '../utils/field-controls';
import { yuanToFen } from '../utils/money';
import { isoDateItem } from './date-item';
import { RegionCascader } from './region.cascader';
import { UnitSelect } from './unit.select';

function rulesFor(f: FieldDecl, spec: ControlSpec, label: string, t: Translate): FormRule[] {
  const rules: FormRule[] = [];
  // without a type the validator assumes a string, and a number would fail with the "required" message
  if (f.required)
    rules.push({
      required: true,
      message: t('ledger.form.required', { label }),
      ...(spec.control === 'number'
        ? { type: 'number' as const }
        : spec.control === 'switch'
          ? {}
          : { whitespace: true }),
    });
  if (spec.control === 'number') {
    if (spec.min !== undefined)
      rules.push({ type: 'number', min: spec.min, message: t('ledger.form.min', { n: spec.min }) });
    if (spec.max !== undefined)
      rules.push({ type: 'number', max: spec.max, message: t('ledger.form.max', { n: spec.max }) });
    if (spec.integer)
      rules.push({
        validator: (_r, v: unknown) =>
          v === null || v === undefined || Number.isInteger(v)
            ? Promise.resolve()
            : Promise.reject(new Error(t('ledger.form.integer'))),
      });
  }
  if (spec.control === 'money')
    rules.push({
      validator: (_r, v: unknown) =>
        v === null || v === undefined || v === '' || yuanToFen(v as string) !== null
          ? Promise.resolve()
          : Promise.reject(new Error(t('ledger.form.money'))),
    });
  return rules;
}

// A plain function, not a component: Form.Item must clone the input itself to bind its value, onChange and id.
function control(spec: ControlSpec, county: string | null, disabled: boolean, t: Translate) {
  switch (spec.control) {
    case 'text':
      return spec.multiline ? (
        <Input.TextArea maxLength={spec.maxLength} autoSize={{ minRows: 2, maxRows: 6 }} disabled={disabled} />
      ) : (
        <Input maxLength={spec.maxLength} disabled={disabled} />
      );
    case 'number':
      return (
        <InputNumber
          min={spec.min}
          max={spec.max}
          precision={spec.integer ? 0 : undefined}
          disabled={disabled}
          style={{ width: '100%', maxWidth: 240 }}
        />
      );
    case 'money':
      return (
        <InputNumber<string>
          stringMode
          min="0"
          precision={2}
          suffix={t('ledger.form.yuan')}
          disabled={disabled}
          style={{ width: '100%', maxWidth: 280 }}
        />
      );
    case 'date':
      return <DatePicker disabled={disabled} />;
    case 'switch':
      return <Switch disabled={disabled} />;
    case 'select':
      return <Select options={spec.options} allowClear disabled={disabled} />;
    case 'unit':
      return <UnitSelect side={spec.side} disabled={disabled} />;
    case 'region':
      return <RegionCascader county={county} disabled={disabled} />;
    default: {
      const never: never = spec;
      return never;
    }
  }
}

/** One declared field: its control, label, required mark, rules and the declaration's note as help text. */
export function TypeFieldItem({
  field,
  county,
  disabled = false,
}: {
  field: FieldDecl;
  county: string | null;
  disabled?: boolean;
}) {
  const { t, lang } = useT();
  const spec = controlFor(field, lang);
  const label = field.label[lang];
  return (
    <Form.Item
      name={['values', field.key]}
      label={label}
      extra={field.note?.[lang]}
      rules={rulesFor(field, spec, label, t)}
      {...(spec.control === 'switch' ? { valuePropName: 'checked' } : {})}
      {...(spec.control === 'date' ? isoDateItem : {})}
    >
      {control(spec, county, disabled, t)}
    </Form.Item>
  );
}
