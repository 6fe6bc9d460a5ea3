import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Modal, Typography, Upload } from 'antd';
import { CheckOutlined, RollbackOutlined, UploadOutlined } from '@ant-design/icons';
import type { SupervisionOrderDetailDto } from '@xiezuo/domain';
import { notify } from '../../../app/error-notifier';
import { useT } from '../../../app/i18n';
import { useAttachOrderFile, useOrderAction } from '../api/use-supervision-mutations';

type Decision = 'accept' | 'return';

/** What the caller may do with the order, exactly as its `abilities` say: answer (unit), accept or return (office), attach. */
export function OrderActionsPanel({ order }: { order: SupervisionOrderDetailDto }) {
  const { t } = useT();
  const act = useOrderAction(order.id);
  const attach = useAttachOrderFile(order.id);
  const [text, setText] = useState('');
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const a = order.abilities;
  if (!a.respond && !a.accept && !a.return && !a.attach) return null;

  const respond = () =>
    act.mutate(
      { action: 'respond', text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          notify('success', t('sup.action.done.respond'));
        },
      },
    );
  const decide = () => {
    if (!deciding) return;
    const body =
      deciding === 'return'
        ? { action: 'return' as const, note: note.trim() }
        : { action: 'accept' as const, note: note.trim() || undefined };
    act.mutate(body, {
      onSuccess: () => {
        notify('success', t(deciding === 'return' ? 'sup.action.done.return' : 'sup.action.done.accept'));
        setDeciding(null);
        setNote('');
      },
    });
  };

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('sup.col.status')}
        </Typography.Title>
      }
    >
      <Flex vertical gap={12}>
        {a.respond ? (
          <Form layout="vertical" onFinish={respond}>
            <Form.Item
              label={t('sup.action.respondLabel')}
              extra={t('sup.action.respondHint')}
              htmlFor="order-response"
            >
              <Input.TextArea
                id="order-response"
                rows={4}
                maxLength={5000}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={act.isPending} disabled={text.trim().length < 2}>
              {t('sup.action.respond')}
            </Button>
          </Form>
        ) : null}
        <Flex wrap gap={8}>
          {a.accept ? (
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setDeciding('accept')}>
              {t('sup.action.accept')}
            </Button>
          ) : null}
          {a.return ? (
            <Button danger icon={<RollbackOutlined />} onClick={() => setDeciding('return')}>
              {t('sup.action.return')}
            </Button>
          ) : null}
          {a.attach ? (
            <Upload
              showUploadList={false}
              accept=".pdf,.png,.jpg,.jpeg,.xlsx"
              customRequest={({ file, onSuccess, onError }) =>
                attach.mutate(file as Blob, {
                  onSuccess: (o) => onSuccess?.(o),
                  onError: (e) => onError?.(e instanceof Error ? e : new Error(String(e))),
                })
              }
            >
              <Button icon={<UploadOutlined />} loading={attach.isPending}>
                {t('sup.action.attach')}
              </Button>
            </Upload>
          ) : null}
        </Flex>
      </Flex>
      <Modal
        open={deciding !== null}
        title={deciding === 'return' ? t('sup.action.return') : t('sup.action.accept')}
        okText={deciding === 'return' ? t('sup.action.return') : t('sup.action.accept')}
        okButtonProps={{ danger: deciding === 'return', disabled: deciding === 'return' && note.trim().length < 2 }}
        confirmLoading={act.isPending}
        onOk={decide}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item
            label={deciding === 'return' ? t('sup.action.returnNote') : t('sup.action.acceptNote')}
            htmlFor="order-note"
          >
            <Input.TextArea
              id="order-note"
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
