import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import { Select } from '../../../components/select';
import { useState } from 'react';
import {
  BENEFICIARY_KINDS,
  BENEFICIARY_KIND_LABELS,
  NEED_KINDS,
  NEED_KIND_LABELS,
  PERSON_BENEFICIARIES,
  type BeneficiaryKind,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useCreateNeed } from '../api/charity.api';

type Values = {
  regionCode?: string;
  kind: string;
  beneficiaryKind: BeneficiaryKind;
  title: string;
  description: string;
  amountYuan: number;
  goods?: string;
  deadline: { format: (f: string) => string };
  evidenceNote?: string;
  name?: string;
  idNumber?: string;
  phone?: string;
};

/** Raises a need for the caller's county as a draft; the beneficiary's identity goes encrypted to the server. */
export function NeedFormButton({ countyCode }: { countyCode: string }) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useCreateNeed();
  const who = Form.useWatch('beneficiaryKind', form);
  const submit = (v: Values) =>
    create.mutate(
      {
        countyCode,
        regionCode: v.regionCode || null,
        kind: v.kind,
        beneficiaryKind: v.beneficiaryKind,
        title: v.title,
        description: v.description,
        amountFen: Math.round(v.amountYuan * 100),
        goods: v.goods || null,
        deadline: v.deadline.format('YYYY-MM-DD'),
        evidenceNote: v.evidenceNote || null,
        beneficiary: PERSON_BENEFICIARIES.includes(v.beneficiaryKind)
          ? { name: v.name, idNumber: v.idNumber, phone: v.phone || null }
          : null,
      },
      { onSuccess: () => (setOpen(false), form.resetFields()) },
    );
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('charity.newNeed')}
      </Button>
      <Modal
        open={open}
        title={t('charity.newNeed')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        {create.error ? <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 8 }} /> : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ kind: 'schooling', beneficiaryKind: 'student' }}
        >
          <Form.Item name="kind" label={t('charity.field.kind')}>
            <Select options={NEED_KINDS.map((k) => ({ value: k, label: NEED_KIND_LABELS[k][lang] }))} />
          </Form.Item>
          <Form.Item name="beneficiaryKind" label={t('charity.field.beneficiaryKind')}>
            <Select options={BENEFICIARY_KINDS.map((k) => ({ value: k, label: BENEFICIARY_KIND_LABELS[k][lang] }))} />
          </Form.Item>
          <Form.Item name="title" label={t('charity.field.title')} rules={[{ required: true, min: 2, max: 60 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('charity.field.description')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="amountYuan" label={t('charity.field.amount')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="goods" label={t('charity.field.goods')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="deadline" label={t('charity.field.deadline')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('charity.field.region')}>
            <Input maxLength={12} />
          </Form.Item>
          <Form.Item name="evidenceNote" label={t('charity.field.evidence')}>
            <Input maxLength={500} />
          </Form.Item>
          {PERSON_BENEFICIARIES.includes(who) ? (
            <>
              <Form.Item name="name" label={t('charity.field.name')} rules={[{ required: true }]}>
                <Input maxLength={40} autoComplete="off" />
              </Form.Item>
              <Form.Item name="idNumber" label={t('charity.field.idNumber')} rules={[{ required: true, len: 18 }]}>
                <Input maxLength={18} autoComplete="off" />
              </Form.Item>
              <Form.Item name="phone" label={t('charity.field.phone')}>
                <Input maxLength={20} autoComplete="off" />
              </Form.Item>
            </>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
