import { Col, Row } from 'antd';
import { useT } from '../../../app/i18n';
import { PageHeader } from '../../../components/page-header';
import { useCurrentSession, useHasAbility } from '../../auth/session-context';
import { AccountCard } from '../components/account.card';
import { OrgSummaryCard } from '../components/org-summary.card';
import { ShortcutsCard } from '../components/shortcuts.card';

/** Home: who is signed in, their roles and scopes, and (with org.read) the organisation in figures. */
export function HomePage() {
  const { t } = useT();
  const session = useCurrentSession();
  const canReadOrg = useHasAbility('org.read');
  return (
    <>
      <PageHeader title={t('home.greeting', { name: session.user.displayName })} subtitle={session.user.tenant.name} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <AccountCard />
        </Col>
        <Col xs={24} lg={14}>
          <ShortcutsCard />
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
