import { Button, Flex, Form, Space, Tag, Typography } from 'antd';
import { Select } from '../../../components/select';
import { CopyOutlined, DownloadOutlined, PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { screenDate, type PlanDto, type PlanListDto } from '@xiezuo/domain';
import { useT } from '../../../app/i18n';

type Props = {
  plans: PlanListDto['items'];
  year: number;
  plan: PlanDto | undefined;
  onYear: (year: number) => void;
  onAdd: () => void;
  onImport: () => void;
  onCopy: () => void;
  onPublish: () => void;
  /** Opens the copy of the latest plan into the year after it (offered in the picker to whoever may copy). */
  onCreateNext: () => void;
};

// the picker's entry that is not a year: "create the next year"
const CREATE_NEXT = -1;

/** Year picker, the plan's status, and the actions the caller's abilities allow. */
export function PlansToolbar({ plans, year, plan, onYear, onAdd, onImport, onCopy, onPublish, onCreateNext }: Props) {
  const { t } = useT();
  const abilities = plan?.abilities;
  const active = plan?.indicators.filter((i) => i.isActive).length ?? 0;
  const publishedAt = plan?.publishedAt ? screenDate(plan.publishedAt) : null;
  const nextYear = plans.length ? Math.max(...plans.map((p) => p.year)) + 1 : null;
  const years = [...plans]
    .sort((a, b) => b.year - a.year)
    .map((p) => ({ value: p.year, label: `${p.year} · ${t(`plans.status.${p.status}`)}` }));
  return (
    <Flex wrap gap={12} align="center" justify="space-between" className="xz-plans-toolbar">
      <Flex wrap gap={12} align="center">
        <Form.Item label={t('plans.year')} htmlFor="plans-year" style={{ margin: 0 }}>
          <Select<number>
            id="plans-year"
            style={{ width: 180 }}
            value={year}
            onChange={(v) => (v === CREATE_NEXT ? onCreateNext() : onYear(v))}
            options={
              abilities?.copy && nextYear
                ? [{ value: CREATE_NEXT, label: t('plans.createNext', { year: nextYear }) }, ...years]
                : years
            }
          />
        </Form.Item>
        {plan ? (
          <>
            <Tag color={plan.status === 'published' ? 'green' : 'gold'}>{t(`plans.status.${plan.status}`)}</Tag>
            <Typography.Text type="secondary">
              {publishedAt ? `${t('plans.publishedAt', { date: publishedAt })} · ` : ''}
              {t('plans.counts', { active, inactive: plan.indicators.length - active })}
            </Typography.Text>
          </>
        ) : null}
      </Flex>
      <Space wrap>
        {abilities?.edit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
            {t('plans.add')}
          </Button>
        ) : null}
        <Button icon={<DownloadOutlined />} href={`/api/plans/${year}/export.xlsx`} download>
          {t('plans.export')}
        </Button>
        {abilities?.import ? (
          <Button icon={<UploadOutlined />} onClick={onImport}>
            {t('plans.import')}
          </Button>
        ) : null}
        {abilities?.copy ? (
          <Button icon={<CopyOutlined />} onClick={onCopy}>
            {t('plans.copy')}
          </Button>
        ) : null}
        {abilities?.publish ? (
          <Button icon={<SendOutlined />} onClick={onPublish}>
            {t('plans.publish')}
          </Button>
        ) : null}
      </Space>
    </Flex>
  );
}
