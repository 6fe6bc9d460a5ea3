import { useState } from 'react';
import { Alert, Checkbox, Col, Form, Input, Modal, Row } from 'antd';
import { Select } from '../../../components/select';
import { UNIT_TYPES, type UnitDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError, type ServerFormError } from '../../../components/server-form-errors';
import { useSaveUnit } from '../api/use-save-unit.mutation';
import { toUnitBody, toUnitFormValues, toUnitPatch, unitFieldFor, type UnitFormValues } from '../utils/unit-form';

/** `unit` null: not shown; 'new': create; a unit: edit it (with its version). */
type Props = { unit: UnitDto | 'new' | null; onClose: () => void };

const CODE = /^[a-z0-9][a-z0-9_-]{1,39}$/;
const INITIAL: Partial<UnitFormValues> = { side: 'east', type: 'enterprise', isMember: false };

/** 新建 / 编辑单位: the server checks the unified social credit code; its refusal lands on that field; 409 reloads. */
export function UnitFormDialog({ unit, onClose }: Props) {
  const { t, lang } = useT();
  const [form] = Form.useForm<UnitFormValues>();
  const save = useSaveUnit();
  const [problem, setProblem] = useState<ServerFormError | null>(null);
  const editing = unit !== null && unit !== 'new' ? unit : null;

  const close = () => {
    setProblem(null);
    onClose();
  };

  const onFinish = (v: UnitFormValues) => {
    const input = editing
      ? { kind: 'update' as const, id: editing.id, patch: toUnitPatch(editing, v) }
      : { kind: 'create' as const, body: toUnitBody(v) };
    save.mutate(input, {
      onSuccess: () => {
        notify('success', t('orgAdmin.units.saved'));
        close();
      },
      onError: (error) => {
        const view = serverFormError(error, {
          fieldFor: unitFieldFor,
          messageFor: (path, m) => (path === 'creditCode' ? t('orgAdmin.form.creditCodeInvalid') : m),
          summaries: { DUPLICATE: t('orgAdmin.form.codeTaken') },
          separator: lang === 'en' ? '; ' : '；',
        });
        if (view?.code === 'CONFLICT') {
          close();
          return;
        }
        setProblem(view);
        if (view?.code === 'DUPLICATE') form.setFields([{ name: ['code'], errors: [t('orgAdmin.form.codeTaken')] }]);
        if (view) applyFieldErrors(form, view.fields);
      },
    });
  };

  return (
    <Modal
      open={unit !== null}
      title={editing ? t('orgAdmin.units.editTitle', { name: editing.name }) : t('orgAdmin.units.create')}
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
      <Form<UnitFormValues>
        key={editing?.id ?? 'new'}
        form={form}
        layout="vertical"
        name="unit-form"
        onFinish={onFinish}
        initialValues={editing ? toUnitFormValues(editing) : INITIAL}
        requiredMark={false}
      >
        <Form.Item
          name="name"
          label={t('orgAdmin.form.name')}
          rules={[{ required: true, whitespace: true, message: t('orgAdmin.form.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('orgAdmin.form.code')}
          extra={t('orgAdmin.form.codeHint')}
          rules={editing ? [] : [{ required: true, pattern: CODE, message: t('orgAdmin.form.codeInvalid') }]}
        >
          <Input disabled={!!editing} autoComplete="off" spellCheck={false} maxLength={40} className="xz-mono" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label={t('orgAdmin.form.type')} rules={[{ required: true }]}>
              <Select options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="side" label={t('orgAdmin.form.side')} rules={[{ required: true }]}>
              <Select
                options={[
                  { value: 'east', label: t('org.side.east') },
                  { value: 'west', label: t('org.side.west') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="regionCode"
          label={t('orgAdmin.form.region')}
          rules={[{ pattern: /^\d{6,12}$/, message: t('orgAdmin.form.regionInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={12} className="xz-mono" />
        </Form.Item>
        <Form.Item name="creditCode" label={t('orgAdmin.form.creditCode')}>
          <Input maxLength={18} autoComplete="off" spellCheck={false} className="xz-mono" />
        </Form.Item>
        <Form.Item name="isMember" valuePropName="checked">
          <Checkbox>{t('orgAdmin.form.isMember')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
