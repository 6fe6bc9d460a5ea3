import { Col, Form, InputNumber, Row } from 'antd';
import { Select } from '../../../components/select';
import { TARGET_KINDS, type TargetKind, type ValueFormat } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';

type Props = { format: ValueFormat; unit: string; counties: readonly { code: string; name: string }[] };

/** Target kind, then the overall, per-county and county figures in the units a person reads (万元, %). */
export function TargetFields({ format, unit, counties }: Props) {
  const { t } = useT();
  const kind = Form.useWatch<TargetKind | undefined>(['target', 'kind']);
  const suffix =
    format === 'money' ? t('plans.target.unitMoney') : format === 'percent' || kind === 'ratio_min' ? '%' : unit;
  const number = (
    <InputNumber
      min={0}
      max={kind === 'ratio_min' ? 100 : undefined}
      suffix={suffix || undefined}
      style={{ width: '100%' }}
    />
  );
  return (
    <>
      <Form.Item name={['target', 'kind']} label={t('plans.target.kind')} rules={[{ required: true }]}>
        <Select options={TARGET_KINDS.map((k) => ({ value: k, label: t(`plans.target.kind.${k}`) }))} />
      </Form.Item>
      {kind === 'none' ? null : kind === 'qualitative' ? (
        <Form.Item name={['target', 'perCounty']} label={t('plans.target.perCountyItems')}>
          <InputNumber min={1} precision={0} style={{ width: 160 }} />
        </Form.Item>
      ) : (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name={['target', 'overall']} label={t('plans.target.overall')}>
                {number}
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name={['target', 'perCounty']} label={t('plans.target.perCounty')}>
                {number}
              </Form.Item>
            </Col>
          </Row>
          {counties.length ? (
            <fieldset className="xz-plan-counties">
              <legend>{t('plans.target.counties')}</legend>
              <Row gutter={12}>
                {counties.map((c) => (
                  <Col xs={24} sm={8} key={c.code}>
                    <Form.Item name={['target', 'counties', c.code]} label={c.name}>
                      {number}
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </fieldset>
          ) : null}
        </>
      )}
    </>
  );
}
