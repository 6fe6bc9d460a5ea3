import { Alert, App, Button, Drawer, Form, Grid, Input, InputNumber, Space } from 'antd';
import { Select } from '../../../components/select';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import {
  BENEFIT_LINK_OPTIONS,
  FUND_SOURCE_OPTIONS,
  OUTPUT_UNIT_OPTIONS,
  PROJECT_CATEGORY_OPTIONS,
  PROJECT_LEVEL_OPTIONS,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { RegionCascader } from '../../ledger/components/region.cascader';
import { fenToYuanInput, yuanToFen } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { useEditProject, useProposeProject } from '../api/use-funds.mutations';
import { optionsOf } from '../utils/labels';
import { fundYears } from './year.select';

type Values = {
  name: string;
  countyCode: string;
  regionCode?: string | null;
  year: number;
  category: string;
  level: string;
  fundSource: string;
  planned: string;
  households?: number;
  persons?: number;
  poorHouseholds?: number;
  poorPersons?: number;
  outputs?: { name: string; unit: string; planned: number }[];
  benefitLinks?: { kind: string; households: number }[];
  description?: string;
};

/** The form's values of a project being edited (amounts in 元 as typed). */
function valuesOf(p: Project): Values {
  return {
    name: p.name,
    countyCode: p.countyCode,
    regionCode: p.regionCode,
    year: p.year,
    category: p.category,
    level: p.level,
    fundSource: p.fundSource,
    planned: fenToYuanInput(p.plannedFen),
    households: p.households,
    persons: p.persons,
    poorHouseholds: p.poorHouseholds,
    poorPersons: p.poorPersons,
    outputs: p.outputs.map((o) => ({ name: o.name, unit: o.unit, planned: o.planned })),
    benefitLinks: p.benefitLinks.map((b) => ({ kind: b.kind, households: b.households })),
    description: p.description ?? undefined,
  };
}

/**
 * 项目申报: a county officer proposes for its county (fixed), the office for any county. With `project` it is 修改申报:
 * the proposer changes a proposed or returned project (county and year stay; the version is checked).
 */
export function ProposeProjectDrawer({
  open,
  onClose,
  counties,
  project,
}: {
  open: boolean;
  onClose: () => void;
  counties: string[];
  project?: Project;
}) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const org = useOrgOverview(null, open);
  const propose = useProposeProject();
  const edit = useEditProject(project?.id ?? '');
  const [form] = Form.useForm<Values>();
  const county = Form.useWatch('countyCode', form) ?? null;
  const required = [{ required: true, message: t('fund.form.required') }];
  const countyOptions = (org.data?.counties ?? [])
    .filter((c) => !counties.length || counties.includes(c.code))
    .map((c) => ({ value: c.code, label: c.name }));
  const bodyOf = (v: Values) => ({
    ...v,
    regionCode: v.regionCode ?? null,
    plannedFen: yuanToFen(v.planned) ?? -1,
    households: v.households ?? 0,
    persons: v.persons ?? 0,
    poorHouseholds: v.poorHouseholds ?? 0,
    poorPersons: v.poorPersons ?? 0,
    description: v.description?.trim() || null,
    outputs: (v.outputs ?? []).map((o) => ({ ...o, actual: null })),
    benefitLinks: (v.benefitLinks ?? []).map((b) => ({ ...b, note: null })),
  });
  const submit = (v: Values) => {
    if (project) {
      const { year: _year, countyCode: _county, planned: _planned, ...body } = bodyOf(v);
      edit.mutate(
        { ...body, version: project.version },
        {
          onSuccess: () => {
            void message.success(t('fund.edit.saved'));
            onClose();
          },
        },
      );
      return;
    }
    propose.mutate(bodyOf(v), {
      onSuccess: (p) => {
        void message.success(t('fund.form.proposed'));
        onClose();
        void navigate(`/funds/projects/${p.id}`);
      },
    });
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={project ? t('fund.edit.title') : t('fund.projects.propose')}
      size={phone ? '100%' : 640}
      destroyOnHidden
      extra={
        <Button type="primary" loading={propose.isPending || edit.isPending} onClick={() => form.submit()}>
          {project ? t('fund.edit.title') : t('fund.form.submit')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="fund-propose"
        onFinish={submit}
        initialValues={
          project
            ? valuesOf(project)
            : { year: 2019, countyCode: counties.length === 1 ? counties[0] : undefined, fundSource: 'fiscal' }
        }
      >
        <Form.Item name="name" label={t('fund.form.name')} rules={[...required, { min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="countyCode" label={t('fund.form.county')} rules={required}>
            <Select options={countyOptions} disabled={counties.length === 1} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('fund.form.region')} className="xz-funds-region">
            <RegionCascader county={county} />
          </Form.Item>
          <Form.Item name="year" label={t('fund.col.year')} rules={required}>
            <Select
              options={fundYears().map((y) => ({ value: y, label: String(y) }))}
              disabled={Boolean(project)}
              style={{ width: 100 }}
            />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="category" label={t('fund.col.category')} rules={required}>
            <Select options={optionsOf(PROJECT_CATEGORY_OPTIONS, lang)} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="level" label={t('fund.col.level')} rules={required}>
            <Select options={optionsOf(PROJECT_LEVEL_OPTIONS, lang)} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="fundSource" label={t('fund.col.source')} rules={required}>
            <Select options={optionsOf(FUND_SOURCE_OPTIONS, lang)} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name="planned"
          label={t('fund.form.planned')}
          rules={[
            ...required,
            {
              validator: (_, v) => (yuanToFen(v as string) ? Promise.resolve() : Promise.reject()),
              message: t('fund.form.amount'),
            },
          ]}
        >
          <Input inputMode="decimal" style={{ maxWidth: 240 }} />
        </Form.Item>
        <Space wrap align="start">
          {(['households', 'persons', 'poorHouseholds', 'poorPersons'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`fund.form.${k}`)}>
              <InputNumber min={0} precision={0} style={{ width: 120 }} />
            </Form.Item>
          ))}
        </Space>
        <Form.List name="outputs">
          {(fields, { add, remove }) => (
            <Form.Item label={t('fund.form.output')}>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={required} noStyle>
                    <Input placeholder={t('fund.form.output')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unit']} rules={required} noStyle>
                    <Select options={optionsOf(OUTPUT_UNIT_OPTIONS, lang)} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'planned']} rules={required} noStyle>
                    <InputNumber min={0} placeholder={t('fund.form.outputPlanned')} style={{ width: 110 }} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="remove" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: 'seat' })}>
                {t('fund.form.output')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="benefitLinks">
          {(fields, { add, remove }) => (
            <Form.Item label={t('fund.form.benefit')}>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'kind']} rules={required} noStyle>
                    <Select options={optionsOf(BENEFIT_LINK_OPTIONS, lang)} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'households']} rules={required} noStyle>
                    <InputNumber min={0} precision={0} placeholder={t('fund.form.benefitHouseholds')} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="remove" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'dividend' })}>
                {t('fund.form.benefit')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="description" label={t('fund.form.description')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {edit.error ? <Alert type="error" showIcon role="alert" title={edit.error.message} /> : null}
    </Drawer>
  );
}
