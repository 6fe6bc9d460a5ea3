import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { Select } from '../../../components/select';
import type { GroupDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError, type ServerFormError } from '../../../components/server-form-errors';
import { useSaveGroup } from '../api/use-save-group.mutation';
import { useUnitOptions } from '../api/use-units.query';
import { toGroupBody, toGroupFormValues, toGroupPatch, type GroupFormValues } from '../utils/group-form';

/** `group` null: hidden; 'new': a new working group of `year`; a group: edit it. */
type Props = { group: GroupDto | 'new' | null; year: number; onClose: () => void };

const FIELDS = ['code', 'name', 'leaderTitle', 'leadUnitId', 'memberUnitIds'];

/** 新建 / 编辑工作组: name, lead unit (working groups), leader title (leadership group), member units. */
export function GroupFormDialog({ group, year, onClose }: Props) {
  const { t, lang } = useT();
  const [form] = Form.useForm<GroupFormValues>();
  const save = useSaveGroup();
  const units = useUnitOptions('east');
  const [problem, setProblem] = useState<ServerFormError | null>(null);
  const editing = group !== null && group !== 'new' ? group : null;
  const isLeadership = editing?.kind === 'leadership';
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));

  const close = () => {
    setProblem(null);
    onClose();
  };

  const onFinish = (v: GroupFormValues) => {
    const input = editing
      ? { kind: 'update' as const, id: editing.id, patch: toGroupPatch(editing, v) }
      : { kind: 'create' as const, body: toGroupBody(year, v) };
    save.mutate(input, {
      onSuccess: () => {
        notify('success', t('orgAdmin.groups.saved'));
        close();
      },
      onError: (error) => {
        const view = serverFormError(error, {
          fieldFor: (p) => (FIELDS.includes(p) ? [p] : null),
          summaries: { DUPLICATE: t('orgAdmin.form.codeTaken') },
          separator: lang === 'en' ? '; ' : '；',
        });
        if (view?.code === 'CONFLICT') return close();
        setProblem(view);
        if (view) applyFieldErrors(form, view.fields);
      },
    });
  };

  return (
    <Modal
      open={group !== null}
      title={editing ? t('orgAdmin.groups.editTitle', { name: editing.name }) : t('orgAdmin.groups.create')}
      okText={t('common.save')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={close}
      destroyOnHidden
      width={640}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<GroupFormValues>
        key={editing?.id ?? 'new'}
        form={form}
        layout="vertical"
        name="group-form"
        onFinish={onFinish}
        initialValues={editing ? toGroupFormValues(editing) : { memberUnitIds: [] }}
        requiredMark={false}
      >
        {editing ? null : (
          <Form.Item
            name="code"
            label={t('orgAdmin.groupForm.code')}
            extra={t('orgAdmin.groupForm.codeHint')}
            rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t('orgAdmin.form.codeInvalid') }]}
          >
            <Input autoComplete="off" spellCheck={false} maxLength={40} className="xz-mono" />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('orgAdmin.groupForm.name')}
          rules={[{ required: true, whitespace: true, message: t('orgAdmin.form.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {isLeadership ? (
          <Form.Item name="leaderTitle" label={t('orgAdmin.groupForm.leaderTitle')}>
            <Input maxLength={100} />
          </Form.Item>
        ) : (
          <Form.Item
            name="leadUnitId"
            label={t('orgAdmin.groupForm.lead')}
            rules={[{ required: true, message: t('orgAdmin.groupForm.leadRequired') }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} loading={units.isPending} options={unitOptions} />
          </Form.Item>
        )}
        <Form.Item name="memberUnitIds" label={t('orgAdmin.groupForm.members')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={unitOptions}
            maxTagCount="responsive"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
