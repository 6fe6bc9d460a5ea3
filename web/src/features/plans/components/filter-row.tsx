import { Button, DatePicker, Form, Input, InputNumber, Switch } from 'antd';
import { Select } from '../../../components/select';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { OP_LABELS, type RecordTypeDecl, type RuleFilter } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import {
  fieldOptions,
  opOptions,
  valueControl,
  withField,
  withOp,
  type FilterState,
  type FilterValue,
} from '../utils/rule-builder';

type Props = {
  value: FilterState;
  onChange: (f: FilterState) => void;
  onRemove: () => void;
  types: string[];
  decls: readonly RecordTypeDecl[];
  index: number;
  idPrefix: string;
  errorAt: (suffix: string) => string | undefined;
};

const asNumbers = (vs: (string | number)[]) => vs.map(Number).filter((n) => Number.isFinite(n));

/** One condition: a field of the chosen types (or a measure), a comparison that fits it, and a value input of its kind. */
export function FilterRow({ value, onChange, onRemove, types, decls, index, idPrefix, errorAt }: Props) {
  const { t, lang } = useT();
  const fields = fieldOptions(types, decls, lang);
  const field = fields.find((f) => f.value === value.field);
  // a stored filter on a field the builder does not offer (a unit or region) still shows by its name
  const options = [
    ...fields.map((f) => ({ value: f.value, label: f.label })),
    ...(value.field && !field ? [{ value: value.field, label: value.field }] : []),
  ];
  const control = valueControl(field, lang);
  const isList = value.op === 'in';
  const id = `${idPrefix}-filter-${index}`;
  const set = (v: FilterValue) => onChange({ ...value, value: v });
  const setList = (vs: (string | number)[]) =>
    onChange({ ...value, values: control.control === 'number' ? asNumbers(vs) : vs });

  const valueInput = () => {
    if (control.control === 'select') {
      return isList ? (
        <Select
          id={`${id}-value`}
          mode="multiple"
          options={control.options}
          value={value.values as string[]}
          onChange={setList}
          style={{ minWidth: 200 }}
        />
      ) : (
        <Select
          id={`${id}-value`}
          options={control.options}
          value={value.value as string | null}
          onChange={set}
          style={{ minWidth: 160 }}
        />
      );
    }
    if (control.control === 'switch')
      return (
        <Switch
          id={`${id}-value`}
          checked={value.value === true}
          onChange={set}
          checkedChildren={t('common.yes')}
          unCheckedChildren={t('common.no')}
        />
      );
    if (isList)
      return (
        <Select
          id={`${id}-value`}
          mode="tags"
          open={false}
          suffixIcon={null}
          value={value.values.map(String)}
          onChange={setList}
          style={{ minWidth: 200 }}
        />
      );
    if (control.control === 'number')
      return (
        <InputNumber
          id={`${id}-value`}
          value={typeof value.value === 'number' ? value.value : null}
          onChange={(v) => set(v)}
          style={{ width: 140 }}
        />
      );
    if (control.control === 'date') {
      return (
        <DatePicker
          id={`${id}-value`}
          value={typeof value.value === 'string' && value.value ? dayjs(value.value) : null}
          onChange={(d) => set(d ? d.format('YYYY-MM-DD') : null)}
        />
      );
    }
    return (
      <Input
        id={`${id}-value`}
        value={typeof value.value === 'string' ? value.value : ''}
        onChange={(e) => set(e.target.value)}
        maxLength={100}
        style={{ width: 180 }}
      />
    );
  };

  return (
    <div className="xz-plan-filter" role="group" aria-label={`${t('plans.rule.filters')} ${index + 1}`}>
      <Form.Item
        label={t('plans.rule.field')}
        htmlFor={`${id}-field`}
        validateStatus={errorAt('field') ? 'error' : undefined}
        help={errorAt('field')}
      >
        <Select
          id={`${id}-field`}
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          value={value.field}
          onChange={(v: string) =>
            onChange(
              withField(
                value,
                fields.find((f) => f.value === v),
              ),
            )
          }
          style={{ minWidth: 180 }}
        />
      </Form.Item>
      <Form.Item
        label={t('plans.rule.op')}
        htmlFor={`${id}-op`}
        validateStatus={errorAt('op') ? 'error' : undefined}
        help={errorAt('op')}
      >
        <Select<RuleFilter['op']>
          id={`${id}-op`}
          options={opOptions(field).map((op) => ({ value: op, label: OP_LABELS[op][lang] }))}
          value={value.op}
          onChange={(op) => onChange(withOp(value, op))}
          style={{ width: 110 }}
        />
      </Form.Item>
      <Form.Item
        label={t('plans.rule.value')}
        htmlFor={`${id}-value`}
        validateStatus={errorAt('value') ? 'error' : undefined}
        help={errorAt('value')}
      >
        {valueInput()}
      </Form.Item>
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('plans.rule.removeFilter', { n: index + 1 })}
        onClick={onRemove}
        className="xz-plan-filter__remove"
      />
    </div>
  );
}
