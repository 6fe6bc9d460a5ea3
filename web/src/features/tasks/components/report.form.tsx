import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Typography, Upload } from 'antd';
import { Select } from '../../../components/select';
import { PaperClipOutlined } from '@ant-design/icons';
import { actingGrants, periodOf, type TaskDetailDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useCurrentSession } from '../../auth/session-context';
import { useReportTask } from '../api/use-task-mutations';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.xlsx,.docx';
type Values = { unitId: string; period: string; percent: number; text: string };

/** Months of the task's year a report may be for: up to the as-of month, latest first. */
export function reportMonths(year: number, asOf: string): string[] {
  const last = asOf.slice(0, 4) === String(year) ? Number(asOf.slice(5, 7)) : asOf < `${year}` ? 0 : 12;
  return Array.from({ length: last }, (_, i) => `${year}-${String(last - i).padStart(2, '0')}`);
}

/** A monthly report by a unit the caller acts for (lead or co-unit), with an optional evidence file. */
export function ReportForm({ task }: { task: TaskDetailDto }) {
  const { t } = useT();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const run = useReportTask(task.id);
  const parties = [task.leadUnit, ...task.coUnits];
  const mine = actingGrants(session, 'unit')
    .map((g) => parties.find((p) => p.id === g.scopeId))
    .filter((p) => p !== undefined);
  const months = reportMonths(task.year, task.asOf);
  const submit = (v: Values) =>
    run.mutate(
      { body: { period: v.period, percent: v.percent, text: v.text, unitId: v.unitId }, file },
      {
        onSuccess: () => {
          message.success(t('tasks.report.saved'));
          form.resetFields(['text']);
          setFile(null);
        },
      },
    );
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('tasks.report.title')}
        </Typography.Title>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="task-report"
        initialValues={{ unitId: mine[0]?.id, period: periodOf(task.asOf), percent: task.percent }}
        onFinish={submit}
      >
        {mine.length > 1 ? (
          <Form.Item name="unitId" label={t('tasks.report.unit')} rules={[{ required: true }]}>
            <Select options={mine.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
        ) : (
          <Form.Item name="unitId" hidden>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="period" label={t('tasks.report.period')} rules={[{ required: true }]}>
          <Select options={months.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        <Form.Item name="percent" label={t('tasks.report.percent')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="text" label={t('tasks.report.text')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label={t('tasks.report.file')} extra={t('tasks.report.fileHint')}>
          <Upload
            accept={EVIDENCE_ACCEPT}
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<PaperClipOutlined />}>{t('tasks.report.pickFile')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={run.isPending}>
          {t('tasks.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}
