import { Button, Card, Descriptions, Layout, Space, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { EXTERNAL_ROLE_LABELS, type AccountSessionDto } from '@xiezuo/domain';
import { useNavigate } from 'react-router';
import { useT, type MessageKey } from '../../../app/i18n';
import { LangSwitch } from '../../../app/lang-switch';
import { MessagesPage } from '../../messages/pages/messages.page';
import { useAccountLogout } from '../api/account.api';
import { AccountGate } from '../components/account-gate';
import { SupplierPortalSection } from '../../consumption/components/supplier-portal.section';

function AccountHome({ s }: { s: AccountSessionDto }) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const logout = useAccountLogout();
  const a = s.account;
  return (
    <Layout className="xz-shell">
      <Layout.Header className="xz-header">
        <Typography.Text strong className="xz-header__tenant" ellipsis>
          {a.tenant.name}
        </Typography.Text>
        <div className="xz-header__tools">
          <LangSwitch />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => void navigate('/login/phone', { replace: true }) })
            }
          >
            {t('account.signOut')}
          </Button>
        </div>
      </Layout.Header>
      <Layout.Content id="main-content" className="xz-content">
        <Card title={t('account.home.title')} className="xz-ledger-card">
          {a.isNew ? <Typography.Paragraph type="success">{t('account.home.welcome')}</Typography.Paragraph> : null}
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('account.home.phone')}>{a.phoneMasked}</Descriptions.Item>
            {a.displayName ? (
              <Descriptions.Item label={t('account.home.name')}>{a.displayName}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('account.home.roles')}>
              {a.roles.length ? (
                <Space wrap>
                  {a.roles.map((r) => (
                    <Tag key={r} color="blue">
                      {EXTERNAL_ROLE_LABELS[r][lang]}
                    </Tag>
                  ))}
                </Space>
              ) : (
                t('account.home.noRoles')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('account.home.subject')}>
              {a.subject ? t(`account.subject.${a.subject.kind}` as MessageKey) : t('account.home.unbound')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {a.roles.includes('supplier') && a.subject?.kind === 'supplier' ? <SupplierPortalSection /> : null}
        <MessagesPage staff={false} />
      </Layout.Content>
    </Layout>
  );
}

/** The page an external account lands on: who they are, what they are bound to, and their messages. */
export function AccountHomePage() {
  return <AccountGate>{(s) => <AccountHome s={s} />}</AccountGate>;
}
