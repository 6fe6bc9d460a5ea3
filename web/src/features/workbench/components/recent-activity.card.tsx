import { Card, Flex, List, Typography } from 'antd';
import type { WorkbenchDto } from '@xiezuo/domain';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { actionLabel } from '../../audit/utils/action-label';
import { sentAt } from '../../messages/utils/sent-at';

const LINKS: Record<string, (id: string) => string> = {
  record: (id) => `/ledger/${id}`,
  supervision_order: (id) => `/supervision/${id}`,
};

/** What I did last (from the audit log), each linked to its record or order where there is one. */
export function RecentActivityCard({ recent }: { recent: WorkbenchDto['recent'] }) {
  const { t } = useT();
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} className="xz-card-title">
          {t('workbench.recent')}
        </Typography.Title>
      }
    >
      <List
        size="small"
        dataSource={recent}
        locale={{ emptyText: t('workbench.noRecent') }}
        renderItem={(r) => {
          const to = r.objectType && r.objectId ? LINKS[r.objectType]?.(r.objectId) : undefined;
          const label = actionLabel(r.action, t);
          return (
            <List.Item>
              <Flex justify="space-between" gap={8} style={{ width: '100%' }}>
                {to ? <Link to={to}>{label}</Link> : <span>{label}</span>}
                <Typography.Text type="secondary">{sentAt(r.at)}</Typography.Text>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
