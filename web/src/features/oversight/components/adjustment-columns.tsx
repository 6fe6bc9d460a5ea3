import { Button, Flex, Tag, Typography, Upload, type TableProps } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { AdjustmentDto, AssessmentItem, Lang } from '@xiezuo/domain';
import type { Translate } from '../../../app/i18n';
import { signedPoints } from '../utils/adjustment-form';

type Input = {
  t: Translate;
  lang: Lang;
  items: readonly AssessmentItem[];
  attachingId: string | null;
  onAttach: (a: AdjustmentDto, file: File) => void;
};

const sizeText = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Declarative columns of the adjustments table; the upload button follows each entry's `abilities.attach`. */
export function adjustmentColumns({
  t,
  lang,
  items,
  attachingId,
  onAttach,
}: Input): NonNullable<TableProps<AdjustmentDto>['columns']> {
  const itemName = (code: string) => items.find((i) => i.code === code)?.name[lang] ?? code;
  return [
    { title: t('asmt.adj.col.unit'), key: 'unit', render: (_v, a) => a.unit.name },
    { title: t('asmt.adj.col.item'), key: 'item', render: (_v, a) => itemName(a.itemCode) },
    {
      title: t('asmt.adj.col.points'),
      key: 'points',
      align: 'right',
      render: (_v, a) => (
        <Tag color={a.kind === 'deduction' ? 'red' : 'green'} className="xz-num">
          {signedPoints(a)}
        </Tag>
      ),
    },
    {
      title: t('asmt.adj.col.reason'),
      dataIndex: 'reason',
      key: 'reason',
      render: (r: string) => <div style={{ minWidth: 160, maxWidth: 360 }}>{r}</div>,
    },
    {
      title: t('asmt.adj.col.evidence'),
      key: 'evidence',
      render: (_v, a) => (
        <Flex vertical gap={4} style={{ minWidth: 160 }}>
          <span>{a.evidence}</span>
          {a.files.map((f) => (
            <a
              key={f.id}
              href={`/api/assessment/adjustments/${encodeURIComponent(a.id)}/files/${encodeURIComponent(f.id)}`}
              download={f.filename}
            >
              <PaperClipOutlined aria-hidden /> {f.filename}{' '}
              <Typography.Text type="secondary">({sizeText(f.size)})</Typography.Text>
            </a>
          ))}
          {a.abilities.attach ? (
            <Upload
              accept=".pdf,.png,.jpg,.jpeg,.xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                onAttach(a, file);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button
                size="small"
                icon={<UploadOutlined />}
                loading={attachingId === a.id}
                aria-label={t('asmt.adj.attachLabel', { unit: a.unit.name, item: itemName(a.itemCode) })}
              >
                {t('asmt.adj.attach')}
              </Button>
            </Upload>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('asmt.adj.col.created'),
      key: 'created',
      responsive: ['md'],
      render: (_v, a) => (
        <Flex vertical>
          <span className="xz-num">{dayjs(a.createdAt).format('YYYY-MM-DD')}</span>
          <Typography.Text type="secondary">{a.createdBy ?? '—'}</Typography.Text>
        </Flex>
      ),
    },
  ];
}
