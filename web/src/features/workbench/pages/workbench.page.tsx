import { Alert, Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import { AccountCard } from '../../home/components/account.card';
import { OrgSummaryCard } from '../../home/components/org-summary.card';
import { ShortcutsCard } from '../../home/components/shortcuts.card';
import { useMessages } from '../../messages/api/use-messages.query';
import { MessageList } from '../../messages/components/message-list';
import { useWorkbench } from '../api/use-workbench.query';
import { AwaitingCard } from '../components/awaiting.card';
import { RecentActivityCard } from '../components/recent-activity.card';
import '../workbench.css';

/** 工作台, the landing page: what awaits me (counted by the server), my latest messages, my recent activity, shortcuts. */
export function WorkbenchPage() {
  const { t } = useT();
  const session = useCurrentSession();
  const canReadOrg = useHasAbility('org.read');
  const wb = useWorkbench();
  const latest = useMessages({ pageSize: 5 });
  return (
    <>
      <PageHeader
        title={t('workbench.greeting', { name: session.user.displayName })}
        subtitle={
          wb.data
            ? `${session.user.tenant.name} · ${t('workbench.asOf', { date: wb.data.workingDate })}`
            : session.user.tenant.name
        }
      />
      {wb.error ? <Alert type="error" showIcon title={wb.error.message} style={{ marginBottom: 12 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <AwaitingCard items={wb.data?.items ?? []} loading={wb.isPending} />
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={
              <Typography.Title level={2} className="xz-card-title">
                {t('workbench.messages')}
              </Typography.Title>
            }
            extra={<Link to="/messages">{t('messages.all')}</Link>}
          >
            <MessageList items={latest.data?.items ?? []} loading={latest.isPending} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <RecentActivityCard recent={wb.data?.recent ?? []} />
        </Col>
        <Col xs={24} lg={14}>
          <ShortcutsCard />
        </Col>
        <Col xs={24} lg={10}>
          <AccountCard />
        </Col>
        {canReadOrg ? (
          <Col span={24}>
            <OrgSummaryCard />
          </Col>
        ) : null}
      </Row>
    </>
  );
}
