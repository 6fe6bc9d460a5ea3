import { Checkbox, DatePicker, Form, Input, InputNumber, Space, Switch } from 'antd';
import { useT } from '../../../app/i18n';
import { isoDateItem } from '../../ledger/components/date-item';
import type { Project } from '../api/funds.types';
import { unitText } from '../utils/labels';

/** The hand stages a dialog can take a project to. */
export type Step =
  'approved' | 'returned' | 'proposed' | 'cancelled' | 'under_way' | 'completed' | 'assets_transferred' | 'evaluated';

const required = (msg: string) => [{ required: true, message: msg }];

/** 竣工验收: the date, each output as measured, the people reached. */
export function CompletionFields({ project }: { project: Project }) {
  const { t, lang } = useT();
  const req = required(t('fund.form.required'));
  return (
    <>
      <Form.Item {...isoDateItem} name="completedOn" label={t('fund.step.completedOn')} rules={req}>
        <DatePicker />
      </Form.Item>
      {project.outputs.map((o, i) => (
        <Form.Item
          key={`${o.name}-${i}`}
          name={['actual', i]}
          label={t('fund.step.actual', { name: o.name, unit: unitText(o.unit, lang) })}
          rules={req}
          initialValue={o.planned}
        >
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
      ))}
      <Space wrap>
        {(['households', 'persons', 'poorHouseholds', 'poorPersons'] as const).map((k) => (
          <Form.Item key={k} name={k} label={t(`fund.form.${k}`)} initialValue={project[k]}>
            <InputNumber min={0} precision={0} style={{ width: 110 }} />
          </Form.Item>
        ))}
      </Space>
    </>
  );
}

/** 资产确权: who owns it now, what it is worth, when handed over. */
export function AssetFields() {
  const { t } = useT();
  const req = required(t('fund.form.required'));
  return (
    <>
      <Form.Item name="owner" label={t('fund.step.owner')} rules={[...req, { min: 2 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="value" label={t('fund.step.value')} rules={req}>
        <Input inputMode="decimal" style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item {...isoDateItem} name="handedOverOn" label={t('fund.step.handedOverOn')} rules={req}>
        <DatePicker />
      </Form.Item>
    </>
  );
}

/** 绩效评价: score, households benefiting, whether the outputs were met. */
export function EvaluationFields() {
  const { t } = useT();
  const req = required(t('fund.form.required'));
  return (
    <>
      <Form.Item name="score" label={t('fund.step.score')} rules={req}>
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item name="householdsBenefiting" label={t('fund.step.benefiting')} rules={req}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="outputsMet" label={t('fund.step.outputsMet')} valuePropName="checked" initialValue>
        <Switch />
      </Form.Item>
    </>
  );
}

/** The override an approver ticks to approve what breaks a rule; the reason field is then required. */
export function OverrideField() {
  const { t } = useT();
  return (
    <Form.Item name="override" valuePropName="checked">
      <Checkbox>{t('fund.step.override')}</Checkbox>
    </Form.Item>
  );
}
