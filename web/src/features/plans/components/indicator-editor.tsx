import { useMemo, useState } from 'react';
import { Alert, Button, Col, Flex, Form, Input, Row, Switch, Typography } from 'antd';
import { Select } from '../../../components/select';
import {
  declProblems,
  describeRule,
  INDICATOR_CATEGORIES,
  ruleProblems,
  type DeclProblem,
  type IndicatorCategory,
  type OrgOverviewDto,
  type PlanDto,
  type PlanIndicatorDto,
  type ValueFormat,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { isApiError } from '../../../api/api-error';
import { validationIssues } from '../../../components/server-form-errors';
import type { RecordTypesDto } from '../api/plans.types';
import { useSaveIndicator } from '../api/use-plan-mutations';
import { formFromIndicator, inputFromForm, type IndicatorForm } from '../utils/indicator-form';
import { emptyRule, ruleFromState, stateFromRule, type RuleState } from '../utils/rule-builder';
import { PacingFields } from './pacing-fields';
import { RuleBuilder } from './rule-builder';
import { TargetFields } from './target-fields';

const FORMATS: ValueFormat[] = ['count', 'money', 'percent', 'area'];
const CODE = /^[a-z_]+\.[a-z0-9_]+$/;

/** The form field a declaration path belongs to (rule paths stay with the builder). */
function formNameOf(path: string): (string | number)[] | null {
  const direct: Record<string, (string | number)[]> = {
    code: ['code'],
    'name.zh': ['nameZh'],
    'name.en': ['nameEn'],
    'unit.zh': ['unitZh'],
    'unit.en': ['unitEn'],
    group: ['group'],
    responsibleUnits: ['responsibleUnits'],
    reason: ['reason'],
    category: ['category'],
    format: ['format'],
  };
  if (direct[path]) return direct[path]!;
  const county = /^target\.counties\.(\d{6})$/.exec(path);
  if (county) return ['target', 'counties', county[1]!];
  if (path === 'target.overall' || path === 'target.perCounty' || path === 'target.kind')
    return ['target', path.slice(7)];
  if (path.startsWith('pacing')) return ['pacing', 'kind'];
  return null;
}

/** Server refusals as problems in both languages (our routes send zh and en; others only a message). */
function problemsOf(error: unknown): DeclProblem[] {
  if (!isApiError(error)) return [];
  if (error.code === 'DUPLICATE')
    return [{ path: 'code', zh: '方案中已有该指标代码', en: 'This code is already in the plan' }];
  return validationIssues(error.details).map((f) => ({ path: f.path, zh: f.zh ?? f.message, en: f.en ?? f.message }));
}

const unique = (ps: DeclProblem[]) =>
  ps.filter((p, i) => ps.findIndex((q) => q.path === p.path && q.zh === p.zh) === i);

type Props = {
  plan: PlanDto;
  indicator: PlanIndicatorDto | null;
  recordTypes: RecordTypesDto;
  org: OrgOverviewDto;
  onDone: (code: string) => void;
  onConflict: (version: number | null) => void;
  onCancel: () => void;
};

/** The editor's body: basics, the rule builder with a live sentence, target, pacing, the reason once published, save. */
export function IndicatorEditor({ plan, indicator, recordTypes, org, onDone, onConflict, onCancel }: Props) {
  const { t, lang } = useT();
  const [form] = Form.useForm<IndicatorForm>();
  const counties = org.counties.map((c) => ({ code: c.code, name: c.name }));
  // the editor is mounted afresh for each indicator version, so its first values are enough
  const [initial] = useState(() =>
    formFromIndicator(
      indicator,
      counties.map((c) => c.code),
    ),
  );
  const [rule, setRule] = useState<RuleState>(() => (indicator ? stateFromRule(indicator.rule) : emptyRule()));
  const [tried, setTried] = useState(false);
  const [problems, setProblems] = useState<DeclProblem[]>([]);
  const save = useSaveIndicator(plan.year);
  const built = useMemo(() => ruleFromState(rule), [rule]);
  const live = built.rule ? ruleProblems(built.rule) : [];
  const ruleShown = unique([
    ...(tried ? built.problems : []),
    ...live,
    ...problems.filter((p) => p.path.startsWith('rule')),
  ]);
  const format = Form.useWatch('format', form) ?? initial.format;
  const unit = Form.useWatch('unitZh', form) ?? '';
  const isPublished = plan.status === 'published';
  const required = (label: string) => [
    { required: true, whitespace: true, message: t('plans.field.required', { label }) },
  ];

  const show = (found: DeclProblem[]) => {
    setProblems(found);
    form.setFields(
      found.flatMap((p) => (formNameOf(p.path) ? [{ name: formNameOf(p.path) as never, errors: [p[lang]] }] : [])),
    );
  };

  const submit = async () => {
    setTried(true);
    setProblems([]);
    let values: IndicatorForm;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (!built.rule) return show(built.problems);
    const body = inputFromForm(values, built.rule);
    const found = declProblems(
      body,
      counties.map((c) => c.code),
    );
    if (found.length) return show(found);
    save.mutate(
      {
        isNew: indicator === null,
        body,
        version: indicator?.version ?? null,
        reason: values.reason?.trim() || undefined,
      },
      {
        onSuccess: () => onDone(body.code),
        onError: (error) => {
          if (isApiError(error) && error.code === 'CONFLICT')
            return onConflict((error.details as { currentVersion?: number } | undefined)?.currentVersion ?? null);
          show(problemsOf(error));
        },
      },
    );
  };

  const summary = unique(problems);
  return (
    <Form<IndicatorForm>
      form={form}
      layout="vertical"
      name="plan-indicator"
      initialValues={initial}
      onFinish={submit}
      requiredMark
    >
      <Typography.Title level={3} className="xz-plan-editor__section">
        {t('plans.editor.basics')}
      </Typography.Title>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="code"
            label={t('plans.field.code')}
            extra={t('plans.field.code.hint')}
            rules={[...required(t('plans.field.code')), { pattern: CODE, message: t('plans.field.code.invalid') }]}
          >
            <Input disabled={indicator !== null} className="xz-mono" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="category"
            label={t('plans.field.category')}
            rules={[{ required: true, message: t('plans.field.required', { label: t('plans.field.category') }) }]}
          >
            <Select<IndicatorCategory>
              options={(Object.keys(INDICATOR_CATEGORIES) as IndicatorCategory[]).map((c) => ({
                value: c,
                label: INDICATOR_CATEGORIES[c][lang],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="nameZh" label={t('plans.field.nameZh')} rules={required(t('plans.field.nameZh'))}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="nameEn" label={t('plans.field.nameEn')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="unitZh" label={t('plans.field.unitZh')} rules={required(t('plans.field.unitZh'))}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="unitEn" label={t('plans.field.unitEn')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="format" label={t('plans.field.format')} rules={[{ required: true }]}>
            <Select<ValueFormat> options={FORMATS.map((f) => ({ value: f, label: t(`plans.format.${f}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="group"
            label={t('plans.field.group')}
            rules={[{ required: true, message: t('plans.field.required', { label: t('plans.field.group') }) }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={[...(org.leadership ? [org.leadership] : []), ...org.workingGroups].map((g) => ({
                value: g.code,
                label: g.name,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="responsibleUnits" label={t('plans.field.units')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={org.units.filter((u) => u.side === 'east').map((u) => ({ value: u.code, label: u.name }))}
            />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={3} className="xz-plan-editor__section">
        {t('plans.editor.rule')}
      </Typography.Title>
      <RuleBuilder value={rule} onChange={setRule} recordTypes={recordTypes} problems={ruleShown} />
      <section className="xz-plan-preview" aria-live="polite" aria-label={t('plans.editor.preview')}>
        <Typography.Text type="secondary">{t('plans.editor.preview')}</Typography.Text>
        <Typography.Paragraph className="xz-plan-preview__text">
          {built.rule ? describeRule(built.rule, lang) : t('plans.editor.previewIncomplete')}
        </Typography.Paragraph>
      </section>

      <Typography.Title level={3} className="xz-plan-editor__section">
        {t('plans.editor.target')}
      </Typography.Title>
      <TargetFields format={format} unit={unit} counties={counties} />
      <Form.Item name="evidenceRequired" label={t('plans.field.evidence')} valuePropName="checked">
        <Switch />
      </Form.Item>

      <Typography.Title level={3} className="xz-plan-editor__section">
        {t('plans.editor.pacing')}
      </Typography.Title>
      <PacingFields />

      {isPublished ? (
        <Form.Item
          name="reason"
          label={t('plans.reason')}
          extra={t('plans.reason.hint')}
          rules={[{ required: true, whitespace: true, message: t('plans.reason.required') }]}
        >
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      ) : null}

      {summary.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('plans.editor.invalid')}
          description={
            <ul className="xz-plan-problems">
              {summary.map((p, i) => (
                <li key={i}>{p[lang]}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Flex gap={8} justify="end" className="xz-plan-editor__actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
