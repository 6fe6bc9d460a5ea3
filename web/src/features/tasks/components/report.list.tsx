import { App, Button, Card, List, Space, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { reportDueOn, type TaskDetailDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../components/empty-state';
import { useAttachReportFile } from '../api/use-task-mutations';
import { EVIDENCE_ACCEPT } from './report.form';

/** Every report on the task, latest first: month, unit, share, text and evidence; its unit may add evidence. */
export function ReportList({ task }: { task: TaskDetailDto }) {
  const { t } = useT();
  const { message } = App.useApp();
  const attach = useAttachReportFile(task.id);
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('tasks.detail.reports')}
        </Typography.Title>
      }
    >
      <List
        dataSource={task.reports}
        locale={{ emptyText: <EmptyState description={t('tasks.detail.noReports')} /> }}
        renderItem={(r) => (
          <List.Item
            actions={
              r.abilities.attach
                ? [
                    <Upload
                      key="attach"
                      accept={EVIDENCE_ACCEPT}
                      showUploadList={false}
                      customRequest={({ file, onSuccess, onError }) =>
                        attach.mutate(
                          { reportId: r.id, file: file as File },
                          {
                            onSuccess: () => {
                              onSuccess?.({});
                              message.success(t('tasks.report.attached'));
                            },
                            onError: (e) => onError?.(e as Error),
                          },
                        )
                      }
                    >
                      <Button size="small" icon={<UploadOutlined />}>
                        {t('tasks.report.attach')}
                      </Button>
                    </Upload>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <span className="xz-num">{r.period}</span>
                  <span>{r.unit.name}</span>
                  <Tag>{r.isLead ? t('tasks.detail.lead') : t('tasks.detail.co')}</Tag>
                  <span className="xz-num">{r.percent}%</span>
                  {r.reportedOn > reportDueOn(r.period) ? (
                    <Tag color="orange">{t('tasks.detail.lateReport')}</Tag>
                  ) : null}
                  <Typography.Text type="secondary">
                    {r.reportedOn}
                    {r.by ? ` · ${r.by}` : ''}
                  </Typography.Text>
                </Space>
              }
              description={
                <>
                  <p className="xz-task-report">{r.text}</p>
                  {r.files.map((f) => (
                    <div key={f.id}>
                      <a href={`/api/tasks/${task.id}/reports/${r.id}/files/${f.id}`} download={f.filename}>
                        {f.filename}
                      </a>
                    </div>
                  ))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
