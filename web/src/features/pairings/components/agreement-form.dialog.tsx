import { useState } from 'react';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useToday } from '../../settings/api/use-today';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { applyFieldErrors, serverFormError, type ServerFormError } from '../../../components/server-form-errors';
import { useCreateAgreement } from '../api/use-create-agreement.mutation';
import { agreementFieldFor, toAgreementBody, type AgreementFormValues } from '../utils/pairing-form';
import './pairings.css';

type Props = { pairingId: string; open: boolean; onClose: () => void };

/** 新增协议: title, signing date, years covered (to ≥ from), commitments and yearly targets. */
export function AgreementFormDialog({ pairingId, open, onClose }: Props) {
  const { t, lang } = useT();
  const [form] = Form.useForm<AgreementFormValues>();
  const create = useCreateAgreement();
  const [problem, setProblem] = useState<ServerFormError | null>(null);
  const year = Number((useToday() ?? dayjs().format('YYYY')).slice(0, 4));

  const close = () => {
    setProblem(null);
    onClose();
  };

  const onFinish = (v: AgreementFormValues) => {
    create.mutate(toAgreementBody(pairingId, v), {
      onSuccess: () => {
        form.resetFields();
        close();
        notify('success', t('agreement.created'));
      },
      onError: (error) => {
        const view = serverFormError(error, { fieldFor: agreementFieldFor, separator: lang === 'en' ? '; ' : '；' });
        setProblem(view);
        if (view) applyFieldErrors(form, view.fields);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('pairing.addAgreement')}
      okText={t('agreement.create')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={close}
      destroyOnHidden
      width={720}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon title={problem.summary} style={{ marginBottom: 16 }} role="alert" />
      ) : null}
      <Form<AgreementFormValues>
        form={form}
        layout="vertical"
        name="create-agreement"
        onFinish={onFinish}
        initialValues={{ yearFrom: year, yearTo: year, targets: [] }}
        requiredMark={false}
      >
        <Form.Item
          name="title"
          label={t('agreement.title')}
          rules={[{ required: true, whitespace: true, message: t('agreement.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="signedOn"
              label={t('agreement.signedOn')}
              rules={[{ required: true, message: t('agreement.signedOnRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item
              name="yearFrom"
              label={t('agreement.yearFrom')}
              rules={[{ required: true, message: t('agreement.yearRequired') }]}
            >
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item
              name="yearTo"
              label={t('agreement.yearTo')}
              dependencies={['yearFrom']}
              rules={[
                { required: true, message: t('agreement.yearRequired') },
                ({ getFieldValue }) => ({
                  validator: (_r, to: number | null) =>
                    to === null || to === undefined || to >= (getFieldValue('yearFrom') as number)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('agreement.yearToBeforeFrom'))),
                }),
              ]}
            >
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="commitments" label={t('agreement.commitments')}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        <fieldset className="xz-fieldset">
          <legend>{t('agreement.targets')}</legend>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <>
                {fields.map(({ key, name }) => (
                  <Row key={key} gutter={8} align="top" className="xz-target-row">
                    <Col xs={8} sm={4}>
                      <Form.Item
                        name={[name, 'year']}
                        rules={[{ required: true, message: t('agreement.yearRequired') }]}
                      >
                        <InputNumber
                          aria-label={t('agreement.target.year')}
                          placeholder={t('agreement.target.year')}
                          min={2000}
                          max={2100}
                          precision={0}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={16} sm={10}>
                      <Form.Item
                        name={[name, 'description']}
                        rules={[
                          { required: true, whitespace: true, message: t('agreement.target.descriptionRequired') },
                        ]}
                      >
                        <Input
                          aria-label={t('agreement.target.description')}
                          placeholder={t('agreement.target.description')}
                          maxLength={500}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={8} sm={4}>
                      <Form.Item name={[name, 'quantity']}>
                        <InputNumber
                          aria-label={t('agreement.target.quantity')}
                          placeholder={t('agreement.target.quantity')}
                          precision={0}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={4}>
                      <Form.Item name={[name, 'unit']}>
                        <Input
                          aria-label={t('agreement.target.unit')}
                          placeholder={t('agreement.target.unit')}
                          maxLength={20}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={2}>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('agreement.target.remove')}
                        onClick={() => remove(name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Form.Item>
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ year: (form.getFieldValue('yearFrom') as number | undefined) ?? year })}
                  >
                    {t('agreement.target.add')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </fieldset>
      </Form>
    </Modal>
  );
}
