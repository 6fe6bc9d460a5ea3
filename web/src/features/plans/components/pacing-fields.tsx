import { Col, Form, InputNumber, Radio, Row } from 'antd';
import { useT } from '../../../app/i18n';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/** Linear pacing (the default: half the year, half the target) or twelve cumulative monthly percentages. */
export function PacingFields() {
  const { t } = useT();
  const kind = Form.useWatch<'linear' | 'monthly' | undefined>(['pacing', 'kind']);
  return (
    <>
      <Form.Item name={['pacing', 'kind']} label={t('plans.pacing.kind')}>
        <Radio.Group
          options={[
            { value: 'linear', label: t('plans.pacing.linear') },
            { value: 'monthly', label: t('plans.pacing.monthly') },
          ]}
        />
      </Form.Item>
      {kind === 'monthly' ? (
        <fieldset className="xz-plan-months">
          <legend>{t('plans.pacing.hint')}</legend>
          <Row gutter={8}>
            {MONTHS.map((m) => (
              <Col xs={8} sm={4} key={m}>
                <Form.Item
                  name={['pacing', 'milestones', m]}
                  label={t('plans.pacing.month', { m: m + 1 })}
                  rules={[
                    {
                      required: true,
                      message: t('plans.field.required', { label: t('plans.pacing.month', { m: m + 1 }) }),
                    },
                  ]}
                >
                  <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </fieldset>
      ) : null}
    </>
  );
}
