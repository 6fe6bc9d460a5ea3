import { Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import type { WorkbenchItemDto } from '@xiezuo/domain';
import { useNavigate } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';
import { ordered, toneOf } from '../utils/workbench-view';

const TONE_CLASS = { danger: 'is-danger', warning: 'is-warning', normal: 'is-normal', quiet: 'is-quiet' } as const;

function Tile({ item }: { item: WorkbenchItemDto }) {
  const { t } = useT();
  const navigate = useNavigate();
  const label = t(`workbench.kind.${item.kind}` as MessageKey);
  const value =
    item.kind === 'admin.audit_chain'
      ? t(item.state === 'broken' ? 'workbench.chainBroken' : 'workbench.chainOk')
      : String(item.count);
  return (
    <button
      type="button"
      className={`xz-tile ${TONE_CLASS[toneOf(item)]}`}
      onClick={() => void navigate(item.href)}
      aria-label={`${label} ${value}`}
      data-kind={item.kind}
    >
      <span className="xz-tile__value">{value}</span>
      <span className="xz-tile__label">{label}</span>
      <Flex wrap gap={4} className="xz-tile__tags">
        {item.overdue ? <Tag color="error">{t('workbench.overdue', { n: item.overdue })}</Tag> : null}
        {item.dueSoon ? <Tag color="warning">{t('workbench.dueSoon', { n: item.dueSoon })}</Tag> : null}
      </Flex>
    </button>
  );
}

/** 待我处理: one tile per kind with its count (overdue and due soon first), each opening its filtered list. */
export function AwaitingCard({ items, loading }: { items: readonly WorkbenchItemDto[]; loading: boolean }) {
  const { t } = useT();
  const nothing = items.every((i) => i.count === 0);
  return (
    <Card
      loading={loading}
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('workbench.awaiting')}
        </Typography.Title>
      }
    >
      {items.length === 0 ? (
        <Empty description={t('workbench.nothing')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <>
          {nothing ? <Typography.Paragraph type="secondary">{t('workbench.nothing')}</Typography.Paragraph> : null}
          <Row gutter={[12, 12]}>
            {ordered(items).map((i) => (
              <Col key={i.kind} xs={12} sm={8} xl={6}>
                <Tile item={i} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  );
}
