import { Alert, Form, Input, Modal } from 'antd';
import { isApiError } from '../../../api/api-error';
import { useT, type MessageKey } from '../../../app/i18n';
import { yuanToFen } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { useProjectStep } from '../api/use-funds.mutations';
import { AssetFields, CompletionFields, EvaluationFields, OverrideField, type Step } from './step-fields';
import { useBreaks, WhatIfShares } from './what-if.shares';

export const STEP_LABELS: Record<Step, MessageKey> = {
  approved: 'fund.act.approve',
  returned: 'fund.act.return',
  proposed: 'fund.act.propose',
  cancelled: 'fund.act.cancel',
  under_way: 'fund.act.start',
  completed: 'fund.act.complete',
  assets_transferred: 'fund.act.handOver',
  evaluated: 'fund.act.evaluate',
};
const NEEDS_REASON: readonly Step[] = ['returned', 'cancelled'];

type Values = Record<string, unknown> & { reason?: string; override?: boolean };

/** The body of a step from the dialog's fields (dates are ISO strings already, amounts typed in 元). */
function bodyOf(step: Step, v: Values, project: Project) {
  const reason = typeof v.reason === 'string' && v.reason.trim() ? v.reason.trim() : undefined;
  const base = { to: step, reason, override: Boolean(v.override), version: project.version };
  const n = (k: string) => Number(v[k] ?? 0);
  if (step === 'completed') {
    const actual = (v.actual as number[] | undefined) ?? [];
    return {
      ...base,
      completion: {
        completedOn: String(v.completedOn),
        outputs: project.outputs.map((_, index) => ({ index, actual: Number(actual[index] ?? 0) })),
        households: n('households'),
        persons: n('persons'),
        poorHouseholds: n('poorHouseholds'),
        poorPersons: n('poorPersons'),
        note: reason ?? null,
      },
    };
  }
  if (step === 'assets_transferred')
    return {
      ...base,
      assets: {
        owner: String(v.owner),
        valueFen: yuanToFen(v.value as string) ?? -1,
        handedOverOn: String(v.handedOverOn),
        note: reason ?? null,
      },
    };
  if (step === 'evaluated')
    return {
      ...base,
      evaluation: {
        score: n('score'),
        householdsBenefiting: n('householdsBenefiting'),
        outputsMet: Boolean(v.outputsMet),
        note: reason ?? '',
      },
    };
  return base;
}

/**
 * One stage step. Approving shows the what-if shares first; breaking a rule needs the override and a reason.
 * A refusal (rule, evidence, maker and checker, a skip) is shown here, and nothing changed.
 */
export function TransitionDialog({ project, step, onClose }: { project: Project; step: Step; onClose: () => void }) {
  const { t } = useT();
  const move = useProjectStep(project.id);
  const [form] = Form.useForm<Values>();
  const override = Form.useWatch('override', form) === true;
  const approving = step === 'approved';
  const breaks = useBreaks(project.year, { whatIfProject: project.id }, approving);
  const reasonRequired = NEEDS_REASON.includes(step) || override || step === 'evaluated';
  const error = isApiError(move.error) ? move.error.message : null;
  return (
    <Modal
      open
      title={`${t(STEP_LABELS[step])} · ${project.name}`}
      okText={t(STEP_LABELS[step])}
      okButtonProps={{
        danger: step === 'returned' || step === 'cancelled',
        disabled: approving && breaks && !override,
      }}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {approving ? (
        <WhatIfShares year={project.year} whatIf={{ whatIfProject: project.id }} county={project.countyCode} />
      ) : null}
      {step === 'completed' && !project.files.length ? (
        <Alert type="info" showIcon title={t('fund.step.evidenceFirst')} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="fund-step"
        onFinish={(v) => move.mutate(bodyOf(step, v, project), { onSuccess: onClose })}
      >
        {step === 'completed' ? <CompletionFields project={project} /> : null}
        {step === 'assets_transferred' ? <AssetFields /> : null}
        {step === 'evaluated' ? <EvaluationFields /> : null}
        {approving && breaks ? <OverrideField /> : null}
        <Form.Item
          name="reason"
          label={step === 'completed' || step === 'evaluated' ? t('fund.step.note') : t('fund.step.reason')}
          rules={reasonRequired ? [{ required: true, whitespace: true, min: 2, message: t('fund.form.required') }] : []}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}
