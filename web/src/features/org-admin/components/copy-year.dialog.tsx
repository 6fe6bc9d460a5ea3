import { useState } from 'react';
import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useCopyYear } from '../api/use-copy-year.mutation';

/** 复制年度结构: the groups (with members) of `fromYear` into `year`, which must have none. */
export function CopyYearDialog({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const { t } = useT();
  const [fromYear, setFromYear] = useState<number | null>(year - 1);
  const copy = useCopyYear();
  const error = copy.error;
  let problem: string | null = null;
  if (isApiError(error))
    problem =
      error.code === 'DUPLICATE'
        ? t('orgAdmin.copy.exists', { year })
        : error.code === 'NOT_FOUND'
          ? t('orgAdmin.copy.noSource')
          : error.message;

  const close = () => {
    copy.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('orgAdmin.copy.title', { year })}
      okText={t('orgAdmin.copy.submit')}
      okButtonProps={{ disabled: !fromYear || fromYear === year }}
      confirmLoading={copy.isPending}
      onCancel={close}
      onOk={() =>
        fromYear &&
        copy.mutate(
          { year, fromYear },
          {
            onSuccess: (r) => {
              notify('success', t('orgAdmin.copy.done', { n: r.groups, year: r.year }));
              close();
            },
          },
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{t('orgAdmin.copy.hint')}</Typography.Paragraph>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical">
        <Form.Item label={t('orgAdmin.copy.from')} htmlFor="copy-from-year">
          <InputNumber
            id="copy-from-year"
            min={2000}
            max={2100}
            precision={0}
            value={fromYear}
            onChange={setFromYear}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
