import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, Descriptions, Drawer, Grid, Space, Spin, Tag, Timeline, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { FINDING_ACTIONS, FINDING_STATUSES, type FindingAction, type FindingStatus } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { fenToYuan } from '../../ledger/utils/money';
import { useAttachFindingFile } from '../api/use-funds.mutations';
import { useFinding } from '../api/use-funds.queries';
import { findingKindText, findingStatusText } from '../utils/labels';
import { FINDING_ACTION_LABELS, FindingActionDialog } from './finding.dialogs';

export const FINDING_COLORS: Record<FindingStatus, string> = {
  open: 'gold',
  responded: 'blue',
  returned: 'red',
  closed: 'green',
};
const isStatus = (s: string | null): s is FindingStatus => FINDING_STATUSES.includes(s as FindingStatus);

/** One finding: what, on what, by when; its rectification history and evidence; the steps the caller may take. */
export function FindingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, lang } = useT();
  const phone = Grid.useBreakpoint().md === false;
  const finding = useFinding(id);
  const attach = useAttachFindingFile(id);
  const [acting, setActing] = useState<FindingAction | null>(null);
  const f = finding.data;
  return (
    <Drawer
      open
      onClose={onClose}
      size={phone ? '100%' : 560}
      title={f ? `${f.serial} · ${findingKindText(f.kind, lang)}` : ''}
    >
      {!f ? (
        <Spin description={t('common.loading')} />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag color={FINDING_COLORS[f.status]}>{findingStatusText(f.status, lang)}</Tag>
            {f.overdue ? <Tag color="red">{t('fund.find.overdue')}</Tag> : null}
            {FINDING_ACTIONS.filter((a) => f.abilities[a]).map((a) => (
              <Button
                key={a}
                type={a === 'return' ? 'default' : 'primary'}
                danger={a === 'return'}
                onClick={() => setActing(a)}
              >
                {t(FINDING_ACTION_LABELS[a])}
              </Button>
            ))}
            {f.abilities.attach ? (
              <Upload
                accept=".pdf,.png,.jpg,.jpeg"
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) =>
                  attach.mutate(file as File, { onSuccess: () => onSuccess?.({}), onError: (e) => onError?.(e) })
                }
              >
                <Button icon={<UploadOutlined />} loading={attach.isPending}>
                  {t('fund.detail.attach')}
                </Button>
              </Upload>
            ) : null}
          </Space>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('fund.find.subject')}>
              {f.project ? (
                <Link to={`/funds/projects/${f.project.id}`}>{`${f.project.code} ${f.project.name}`}</Link>
              ) : (
                `${t('fund.pay.voucher')} ${f.payment?.voucher ?? ''}`
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('fund.col.county')}>{f.countyName}</Descriptions.Item>
            <Descriptions.Item label={t('fund.find.description')}>{f.description}</Descriptions.Item>
            <Descriptions.Item label={t('fund.find.basis')}>{f.basis}</Descriptions.Item>
            <Descriptions.Item label={t('fund.find.amount')}>{fenToYuan(f.amountFen)}</Descriptions.Item>
            <Descriptions.Item label={t('fund.find.deadline')}>{f.deadline}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3} style={{ fontSize: 14 }}>
            {t('fund.detail.files')}
          </Typography.Title>
          {f.files.length ? (
            <ul className="xz-funds-files">
              {f.files.map((x) => (
                <li key={x.id}>
                  <PaperClipOutlined /> <a href={`/api/audit-findings/${f.id}/files/${x.id}`}>{x.filename}</a>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Paragraph type="secondary">{t('fund.detail.noFiles')}</Typography.Paragraph>
          )}
          <Timeline
            items={f.history.map((h, i) => ({
              key: `${h.at}-${i}`,
              color: h.toStatus === 'returned' ? 'red' : h.toStatus === 'closed' ? 'green' : 'blue',
              content: (
                <>
                  <Typography.Text strong>
                    {isStatus(h.toStatus) ? findingStatusText(h.toStatus, lang) : h.action}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    <time dateTime={h.at}>{dayjs(h.at).format('YYYY-MM-DD HH:mm')}</time> · {h.user ?? '—'}
                  </Typography.Text>
                  {h.text ? <div>{h.text}</div> : null}
                </>
              ),
            }))}
          />
        </>
      )}
      {acting && f ? (
        <FindingActionDialog findingId={f.id} action={acting} version={f.version} onClose={() => setActing(null)} />
      ) : null}
    </Drawer>
  );
}
