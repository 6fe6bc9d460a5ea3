import { Alert, Form, Input, Modal, Radio } from 'antd';
import { isApiError } from '../../../api/api-error';
import { useT } from '../../../app/i18n';
import { fenToYuanInput, yuanToFen } from '../../ledger/utils/money';
import type { Project } from '../api/funds.types';
import { useAdjustProject, useDecideAdjustment } from '../api/use-funds.mutations';
import { OverrideField } from './step-fields';
import { useBreaks, WhatIfShares } from './what-if.shares';

type Kind = 'amount' | 'scope' | 'cancel';
type AskValues = { kind: Kind; newAmount?: string; name?: string; description?: string; reason: string };
type Adjustment = Project['adjustments'][number];

function askBody(v: AskValues) {
  const reason = v.reason.trim();
  if (v.kind === 'amount') return { kind: v.kind, reason, newAmountFen: yuanToFen(v.newAmount ?? '') ?? -1 };
  if (v.kind === 'scope')
    return {
      kind: v.kind,
      reason,
      scope: { name: v.name?.trim() || undefined, description: v.description?.trim() || null },
    };
  return { kind: v.kind, reason };
}

/** 项目调整: the proposing county asks to change the amount or the scope, or to cancel; the funds group decides. */
export function AskAdjustmentDialog({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useT();
  const ask = useAdjustProject(project.id);
  const [form] = Form.useForm<AskValues>();
  const kind = Form.useWatch('kind', form) ?? 'amount';
  const req = [{ required: true, whitespace: true, message: t('fund.form.required') }];
  return (
    <Modal
      open
      title={`${t('fund.adj.ask')} · ${project.name}`}
      okText={t('fund.adj.ask')}
      okButtonProps={{ danger: kind === 'cancel' }}
      confirmLoading={ask.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AskValues>
        form={form}
        layout="vertical"
        name="fund-adjust"
        initialValues={{
          kind: 'amount',
          newAmount: fenToYuanInput(project.approvedFen ?? project.plannedFen),
          name: project.name,
          description: project.description ?? '',
        }}
        onFinish={(v) => ask.mutate(askBody(v), { onSuccess: onClose })}
      >
        <Form.Item name="kind" label={t('fund.adj.kind')}>
          <Radio.Group
            optionType="button"
            options={(['amount', 'scope', 'cancel'] as const).map((k) => ({ value: k, label: t(`fund.adj.${k}`) }))}
          />
        </Form.Item>
        {kind === 'amount' ? (
          <Form.Item
            name="newAmount"
            label={t('fund.adj.newAmount')}
            rules={[
              ...req,
              {
                validator: (_, v) => (yuanToFen(v as string) ? Promise.resolve() : Promise.reject()),
                message: t('fund.form.amount'),
              },
            ]}
          >
            <Input inputMode="decimal" style={{ maxWidth: 240 }} />
          </Form.Item>
        ) : null}
        {kind === 'scope' ? (
          <>
            <Form.Item name="name" label={t('fund.adj.newName')} rules={[...req, { min: 2 }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="description" label={t('fund.adj.newDescription')}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="reason" label={t('fund.adj.reason')} rules={[...req, { min: 2 }]}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {isApiError(ask.error) ? <Alert type="error" showIcon role="alert" title={ask.error.message} /> : null}
    </Modal>
  );
}

type DecideValues = { note?: string; override?: boolean };

/**
 * The funds group decides an adjustment as it approves a project: an amount or a cancellation shows the what-if
 * shares first, and approving one that breaks a rule needs the override and a reason. The proposer cannot decide.
 */
export function DecideAdjustmentDialog({
  project,
  adjustment: a,
  approve,
  onClose,
}: {
  project: Project;
  adjustment: Adjustment;
  approve: boolean;
  onClose: () => void;
}) {
  const { t } = useT();
  const decide = useDecideAdjustment();
  const [form] = Form.useForm<DecideValues>();
  const override = Form.useWatch('override', form) === true;
  const moneyMoves = approve && a.kind !== 'scope';
  const breaks = useBreaks(project.year, { whatIfAdjustment: a.id }, moneyMoves);
  const label = approve ? t('fund.adj.approve') : t('fund.adj.reject');
  return (
    <Modal
      open
      title={`${label} · ${t(`fund.adj.${a.kind}`)} · ${project.name}`}
      okText={label}
      okButtonProps={{ danger: !approve, disabled: moneyMoves && breaks && !override }}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={moneyMoves ? 720 : undefined}
      destroyOnHidden
    >
      {moneyMoves ? (
        <WhatIfShares year={project.year} whatIf={{ whatIfAdjustment: a.id }} county={project.countyCode} />
      ) : null}
      <Form<DecideValues>
        form={form}
        layout="vertical"
        name="fund-adjust-decide"
        onFinish={(v) => {
          const note = v.note?.trim() || undefined;
          decide.mutate(
            { id: a.id, approve, override: Boolean(v.override), reason: v.override ? note : undefined, note },
            { onSuccess: onClose },
          );
        }}
      >
        {moneyMoves && breaks ? <OverrideField /> : null}
        <Form.Item
          name="note"
          label={t('fund.adj.note')}
          rules={
            !approve || override ? [{ required: true, whitespace: true, min: 2, message: t('fund.form.required') }] : []
          }
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {isApiError(decide.error) ? <Alert type="error" showIcon role="alert" title={decide.error.message} /> : null}
    </Modal>
  );
}
